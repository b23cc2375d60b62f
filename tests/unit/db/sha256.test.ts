import { describe, expect, it } from 'vitest';
import { sha256HexSync } from '../../../src-renderer/src/db/sha256';
import { hashAuditEntrySync } from '../../../src-renderer/src/db/auditEntryHash';
import {
  AuditAction,
  GENESIS_HASH,
  hashAuditEntry,
  sha256Hex,
} from '../../../src-renderer/src/db/audit';
import type { DeviceId, UserId } from '../../../src-shared/domain/ids';

describe('sha256HexSync', () => {
  it('matches the FIPS 180-4 test vectors', () => {
    expect(sha256HexSync('')).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(sha256HexSync('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(sha256HexSync('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('gives WebCrypto’s digest for Chinese text of every length around the block boundaries', async () => {
    const text = '检护案件张某某追索劳动报酬abc123'.repeat(300);
    for (const length of [1, 18, 19, 20, 21, 22, 40, 41, 42, 43, 100, 1000, 4000]) {
      const sample = text.slice(0, length);
      expect(sha256HexSync(sample)).toBe(await sha256Hex(sample));
    }
  });
});

describe('hashAuditEntrySync', () => {
  it('gives the hash verifyAuditChain expects (hashAuditEntry)', async () => {
    const entry = {
      seq: 7,
      id: '0190f000-0000-7000-8000-000000000007',
      at: '2026-06-01T02:00:00.000Z',
      userId: 'user-1' as UserId,
      deviceId: '0190f000-0000-7000-8000-00000000000d' as DeviceId,
      action: AuditAction.caseUpdate,
      entity: 'case',
      entityId: 'case-1',
      success: true,
      diff: { before: { facts: '旧事实' }, after: { facts: '新事实', extra: undefined } },
      prevHash: GENESIS_HASH,
    };
    expect(hashAuditEntrySync(entry)).toBe(await hashAuditEntry(entry));
  });
});
