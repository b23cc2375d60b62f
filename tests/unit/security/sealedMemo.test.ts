/**
 * The sealed-row memo: an edit that leaves a row's sensitive values as they were stores the row's
 * envelope again instead of sealing anew, and an envelope opened or made lately opens from memory;
 * anything else (other values, another row, a changed byte, after the lock) is sealed or decrypted
 * as before.
 */
import { describe, expect, it } from 'vitest';
import { openBytes, type Envelope } from '../../../src-renderer/src/security/cipher';
import { SealedRowError } from '../../../src-renderer/src/security/errors';
import { createKeyring, deriveKeys } from '../../../src-renderer/src/security/keyring';
import { openRow, sealRow } from '../../../src-renderer/src/security/rowSealing';
import { residentId } from '../db/fixtures';

const dataKey = () => crypto.getRandomValues(new Uint8Array(32));

function caseRow(id: string, idNumber: string, facts = '事实') {
  return { id, facts, parties: [{ name: '赵某', idNumber, phone: '13987654321' }] };
}

function envelopeOf(row: Record<string, unknown>): Envelope {
  return row._sealed as Envelope;
}

describe('sealed-row memo', () => {
  it('stores the same envelope again when the sealed values are unchanged', () => {
    const keys = deriveKeys(dataKey());
    const first = sealRow(keys, 'cases', caseRow('c1', residentId(1)), 'c1');
    const again = sealRow(keys, 'cases', caseRow('c1', residentId(1), '事实，补充'), 'c1');
    expect(envelopeOf(again)).toEqual(envelopeOf(first));
    // Fresh bytes, not the memo's: a change to one stored row cannot reach another.
    expect(envelopeOf(again).ct).not.toBe(envelopeOf(first).ct);
    expect(again._lookup).toEqual(first._lookup);
    expect(again.facts).toBe('事实，补充');
    // The reused envelope is a real one: it opens (decrypted, with a fresh memo) to the values.
    const reopened = openRow(deriveKeys(keys.dataKey), 'cases', again, 'c1');
    expect(reopened).toEqual(caseRow('c1', residentId(1), '事实，补充'));
  });

  it('seals anew (a fresh IV) for other values or another row', () => {
    const keys = deriveKeys(dataKey());
    const first = envelopeOf(sealRow(keys, 'cases', caseRow('c1', residentId(1)), 'c1'));
    const changed = envelopeOf(sealRow(keys, 'cases', caseRow('c1', residentId(2)), 'c1'));
    const other = envelopeOf(sealRow(keys, 'cases', caseRow('c2', residentId(2)), 'c2'));
    expect(changed.iv).not.toEqual(first.iv);
    expect(other.iv).not.toEqual(changed.iv);
    const aad = 'jianhu/row/v1/cases/"c2"';
    expect(openBytes(keys.seal, other, aad)).not.toBeNull();
  });

  it('opens a remembered envelope from memory, and a changed byte still fails', () => {
    const keys = deriveKeys(dataKey());
    const stored = sealRow(keys, 'cases', caseRow('c1', residentId(1)), 'c1');
    expect(openRow(keys, 'cases', stored, 'c1')).toEqual(caseRow('c1', residentId(1)));
    const ct = Uint8Array.from(envelopeOf(stored).ct);
    ct[ct.length - 1] = (ct[ct.length - 1] ?? 0) ^ 1;
    const tampered = { ...stored, _sealed: { ...envelopeOf(stored), ct } };
    expect(() => openRow(keys, 'cases', tampered, 'c1')).toThrow(SealedRowError);
    // Moved to another row: other associated data, not the remembered row.
    expect(() => openRow(keys, 'cases', stored, 'c2')).toThrow(SealedRowError);
  });

  it('forgets everything when the keyring locks', () => {
    const keyring = createKeyring();
    const key = dataKey();
    keyring.unlock(key);
    const first = envelopeOf(sealRow(keyring.keys(), 'cases', caseRow('c1', residentId(1)), 'c1'));
    keyring.lock();
    keyring.unlock(key);
    const again = envelopeOf(sealRow(keyring.keys(), 'cases', caseRow('c1', residentId(1)), 'c1'));
    expect(again.iv).not.toEqual(first.iv);
  });

  it('gives back a lone surrogate exactly, remembered or decrypted (the JSON escapes it)', () => {
    const keys = deriveKeys(dataKey());
    const row = { id: 'c1', parties: [{ name: '赵某', address: 'x\uD800y' }] };
    const stored = sealRow(keys, 'cases', row, 'c1');
    expect(openRow(keys, 'cases', stored, 'c1')).toEqual(row);
    expect(openRow(deriveKeys(keys.dataKey), 'cases', stored, 'c1')).toEqual(row);
  });
});
