import { describe, expect, it } from 'vitest';
import { createLookupHasher } from '../../../src-renderer/src/security/lookupHasher';
import { lookupHash } from '../../../src-renderer/src/security/rowSealing';

const key = Uint8Array.from({ length: 32 }, (_, i) => (i * 37 + 11) & 0xff);
const otherKey = Uint8Array.from({ length: 32 }, (_, i) => (i * 53 + 7) & 0xff);

describe('the lookup hasher of a session', () => {
  it('makes exactly the reference HMAC of every term, again and again', () => {
    const hasher = createLookupHasher(key);
    const terms = ['id:11010519491231002X', 'tel:13800138000', 'id:', 'tel:早', 'id:𠮷X'];
    for (let round = 0; round < 3; round++) {
      for (const term of terms) expect(hasher.hash(term)).toBe(lookupHash(key, term));
    }
  });

  it('stays exact past the number of terms it remembers (two generations of 40,000)', () => {
    const hasher = createLookupHasher(key);
    const terms = Array.from(
      { length: 80_050 },
      (_, i) => `tel:1390000${String(i).padStart(5, '0')}`,
    );
    const first = terms.map((term) => hasher.hash(term));
    // The earliest terms were forgotten and are computed again; the latest come from memory.
    for (const i of [0, 1, 49, 50, 40_000, 80_049]) {
      expect(hasher.hash(terms[i] as string)).toBe(first[i]);
      expect(first[i]).toBe(lookupHash(key, terms[i] as string));
    }
  });

  it('depends on the key', () => {
    expect(createLookupHasher(key).hash('tel:13800138000')).not.toBe(
      createLookupHasher(otherKey).hash('tel:13800138000'),
    );
  });

  it('cannot hash once it has forgotten its key (lock)', () => {
    const hasher = createLookupHasher(key);
    hasher.hash('tel:13800138000');
    hasher.forget();
    expect(() => hasher.hash('tel:13800138000')).toThrow();
  });
});
