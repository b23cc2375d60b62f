/**
 * The audit hash the device computes and the server re-computes is one piece of code in
 * src-shared/audit, independent of TextEncoder and WebCrypto: it must give what Node's own
 * UTF-8 and SHA-256 give, on any text a diff may hold.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  GENESIS_HASH,
  auditEntryBody,
  auditHashText,
  hashAuditEntrySync,
} from '../../../src-shared/audit/auditHash';
import { canonicalJson } from '../../../src-shared/audit/canonicalJson';
import { sha256HexSync, utf8Bytes } from '../../../src-shared/audit/sha256';

const samples = [
  '',
  'abc',
  '检护案件张某某追索劳动报酬',
  'emoji 😀 and 𠮷',
  'lone high \ud800 end',
  'lone low \udc00 start',
  'reversed pair \udc00\ud800',
  'ends high \ud83d',
  'nul \u0000 and del \u007f and \u0080 \u07ff \u0800 \uffff',
];

describe('shared audit hashing', () => {
  it.each(samples)('encodes %j exactly as TextEncoder does', (text) => {
    expect([...utf8Bytes(text)]).toEqual([...new TextEncoder().encode(text)]);
  });

  it.each(samples)('hashes %j as Node’s SHA-256 does', (text) => {
    expect(sha256HexSync(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  });

  it('hashes an entry as SHA-256(prevHash + canonical body), whatever order its keys came in', () => {
    const entry = {
      seq: 3,
      id: '0190f000-0000-7000-8000-000000000003',
      at: '2026-06-01T02:00:00.000Z',
      userId: 'user-1',
      deviceId: '0190f000-0000-7000-8000-00000000000d',
      action: 'case.update',
      entity: 'case',
      entityId: 'case-1',
      success: true,
      diff: { z: 1, a: { y: [2, undefined], b: '旧' }, gone: undefined },
      prevHash: GENESIS_HASH,
    };
    const body = auditEntryBody(entry);
    expect(body).toBe(canonicalJson({ ...entry }));
    expect(body.indexOf('"a"')).toBeLessThan(body.indexOf('"z"'));
    expect(body).not.toContain('gone');
    expect(auditHashText(entry)).toBe(GENESIS_HASH + body);
    expect(hashAuditEntrySync(entry)).toBe(
      createHash('sha256')
        .update(GENESIS_HASH + body, 'utf8')
        .digest('hex'),
    );
    const reordered = Object.fromEntries(Object.entries(entry).reverse()) as typeof entry;
    expect(hashAuditEntrySync(reordered)).toBe(hashAuditEntrySync(entry));
  });
});
