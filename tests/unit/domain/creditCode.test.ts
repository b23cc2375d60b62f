import { describe, expect, it } from 'vitest';
import { creditCodeCheckChar, isValidCreditCode } from '../../../src-shared/domain/creditCode';

describe('unified social credit code (GB 32100)', () => {
  it('computes the check character of a published example', () => {
    // The example code in GB 32100-2015 Appendix: 91350100M000100Y43.
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3');
    expect(isValidCreditCode('91350100M000100Y43')).toBe(true);
  });

  it('rejects a wrong check character, letters outside the alphabet and wrong lengths', () => {
    expect(isValidCreditCode('91350100M000100Y44')).toBe(false);
    expect(isValidCreditCode('91350100I000100Y43')).toBe(false);
    expect(isValidCreditCode('91350100M000100Y4')).toBe(false);
    expect(creditCodeCheckChar('9135010OM000100Y4')).toBeNull();
  });

  it('accepts lower case and spaces around the code', () => {
    expect(isValidCreditCode(' 91350100m000100y43 ')).toBe(true);
  });
});
