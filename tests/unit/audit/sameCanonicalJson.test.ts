/**
 * sameCanonicalJson answers exactly what comparing the two canonical JSON texts answers, for any
 * value a card field can hold and for the odd ones it cannot (Dates, NaN, undefined in lists).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, sameCanonicalJson } from '../../../src-shared/audit/canonicalJson';

const byTexts = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

/** JSON values, with the members JSON drops or rewrites mixed in. */
const { value: anyValue } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string({ maxLength: 3 }),
    fc.constantFrom(0, -0, 1, 2.5, NaN, Infinity, -Infinity),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.constant(new Date('2026-12-07T00:00:00.000Z')),
    fc.constant('2026-12-07T00:00:00.000Z'),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('a', 'b', 'c'), tie('value'), { maxKeys: 3 }),
  ),
}));

/** The same value rebuilt: keys in reverse order and an undefined member added to each object. */
function reshuffled(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reshuffled);
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    const out: Record<string, unknown> = { zz: undefined };
    for (const key of Object.keys(value).reverse()) {
      out[key] = reshuffled((value as Record<string, unknown>)[key]);
    }
    return out;
  }
  return value;
}

describe('sameCanonicalJson', () => {
  it('agrees with the canonical texts on any two values', () => {
    fc.assert(
      fc.property(anyValue, anyValue, (a, b) => {
        expect(sameCanonicalJson(a, b)).toBe(byTexts(a, b));
      }),
      { numRuns: 5000 },
    );
  });

  it('finds a value equal to itself rebuilt with other key order and undefined members', () => {
    fc.assert(
      fc.property(anyValue, (a) => {
        const b = reshuffled(a);
        expect(byTexts(a, b)).toBe(true);
        expect(sameCanonicalJson(a, b)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with the texts on a value and that value with one member changed', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('a', 'b', 'c'), anyValue, { minKeys: 1, maxKeys: 3 }),
        anyValue,
        (a, replacement) => {
          const key = Object.keys(a)[0] ?? 'a';
          const b = { ...(reshuffled(a) as object), [key]: replacement };
          expect(sameCanonicalJson(a, b)).toBe(byTexts(a, b));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('answers the cases JSON rewrites as the texts do', () => {
    const at = new Date('2026-12-07T00:00:00.000Z');
    const cases: [unknown, unknown, boolean][] = [
      [at, at.toISOString(), true],
      [[undefined], [null], true],
      [NaN, null, true],
      [{ a: 1, b: undefined }, { a: 1 }, true],
      [{ a: 1 }, { a: '1' }, false],
      [[1, 2], [2, 1], false],
      [{ a: [{ x: 1, y: 2 }] }, { a: [{ y: 2, x: 1 }] }, true],
      [undefined, null, false],
    ];
    for (const [a, b, same] of cases) {
      expect(byTexts(a, b)).toBe(same);
      expect(sameCanonicalJson(a, b)).toBe(same);
    }
  });
});
