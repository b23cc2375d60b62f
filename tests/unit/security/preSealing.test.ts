/**
 * Rows sealed ahead with WebCrypto (preSealing.ts): sealRow stores the pre-sealed envelope only
 * for exactly the plaintext and row it was made for, once; anything else is sealed as before, and
 * every stored envelope opens to the row's values.
 */
import { describe, expect, it } from 'vitest';
import { createKeyring, deriveKeys } from '../../../src-renderer/src/security/keyring';
import { preSealRows } from '../../../src-renderer/src/security/preSealing';
import {
  LOOKUP_FIELD,
  lookupHash,
  openRow,
  sealRow,
  SEALED_FIELD,
} from '../../../src-renderer/src/security/rowSealing';
import { lookupTermsOf } from '../../../src-shared/security/lookupTerms';

const dataKey = Uint8Array.from({ length: 32 }, (_, i) => i * 7);

function caseRow(id: string, phone: string): Record<string, unknown> {
  return {
    id,
    title: '欠薪',
    parties: [{ name: '赵某', idNumber: '340102199003071234', phone }],
    agent: { name: '钱某', phone: '13900000000' },
  };
}

const envelopeOf = (row: Record<string, unknown>) => row[SEALED_FIELD] as { ct: Uint8Array };

describe('pre-sealed rows', () => {
  it('stores the pre-sealed envelope for the same row, once, and it opens as a sealed row', async () => {
    const keys = deriveKeys(dataKey);
    const row = caseRow('c1', '13987654321');
    await preSealRows(keys, 'cases', [{ row, primaryKey: 'c1' }]);
    const ahead = keys.preSealed.get('jianhu/row/v1/cases/"c1"')?.envelope;
    expect(ahead).toBeDefined();

    const stored = sealRow(keys, 'cases', { ...row }, 'c1');
    expect(envelopeOf(stored)).toBe(ahead);
    expect(openRow(keys, 'cases', stored, 'c1')).toEqual(row);
    // The lookup hashes are still made where the row is sealed: the reference values.
    const terms = lookupTermsOf('cases', row);
    expect(terms.length).toBeGreaterThan(0);
    expect(stored[LOOKUP_FIELD]).toEqual(terms.map((term) => lookupHash(keys.lookup, term)));
    expect(keys.preSealed.size).toBe(0);
    // Used once: the same row again is sealed afresh.
    expect(envelopeOf(sealRow(keys, 'cases', { ...row }, 'c1'))).not.toBe(ahead);
  });

  it('seals itself when the values or the key differ, and the envelope opens only where it was sealed', async () => {
    const keys = deriveKeys(dataKey);
    const row = caseRow('c2', '13987654321');
    await preSealRows(keys, 'cases', [
      { row, primaryKey: 'c2' },
      { row: caseRow('c3', '1'), primaryKey: 'c3' },
    ]);
    const ahead = keys.preSealed.get('jianhu/row/v1/cases/"c2"')?.envelope;
    const changed = caseRow('c2', '13511112222');
    const stored = sealRow(keys, 'cases', changed, 'c2');
    expect(envelopeOf(stored)).not.toBe(ahead);
    expect(openRow(keys, 'cases', stored, 'c2')).toEqual(changed);
    // The row c3 was sealed for, stored under another key: sealed afresh for its own key.
    const moved = sealRow(keys, 'cases', caseRow('c4', '1'), 'c4');
    expect(openRow(keys, 'cases', moved, 'c4')).toEqual(caseRow('c4', '1'));
    expect(() => openRow(keys, 'cases', moved, 'c3')).toThrow();
  });

  it('pre-seals nothing for a row without sensitive values, and the lock drops what was sealed', async () => {
    const keyring = createKeyring();
    keyring.unlock(dataKey);
    const keys = keyring.keys();
    await preSealRows(keys, 'cases', [{ row: { id: 'c5', title: '无' }, primaryKey: 'c5' }]);
    expect(keys.preSealed.size).toBe(0);
    await preSealRows(keys, 'cases', [{ row: caseRow('c6', '1'), primaryKey: 'c6' }]);
    expect(keys.preSealed.size).toBe(1);
    keyring.lock();
    expect(keys.preSealed.size).toBe(0);
  });
});
