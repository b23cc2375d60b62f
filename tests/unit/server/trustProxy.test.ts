import { describe, expect, it } from 'vitest';
import { readTrustProxy } from '../../../src-server/http/trustProxy';

describe('JIANHU_TRUST_PROXY', () => {
  it('reads unset, 0 and empty as no proxy, and 1 as loopback', () => {
    expect(readTrustProxy(undefined)).toBe(false);
    expect(readTrustProxy('')).toBe(false);
    expect(readTrustProxy('0')).toBe(false);
    expect(readTrustProxy('1')).toEqual(['loopback']);
  });

  it('reads addresses and CIDRs separated by commas', () => {
    expect(readTrustProxy('10.0.0.5, 10.0.1.0/24,::1,fd00::/8')).toEqual([
      '10.0.0.5',
      '10.0.1.0/24',
      '::1',
      'fd00::/8',
    ]);
  });

  it('refuses anything else, naming the wrong entries', () => {
    expect(() => readTrustProxy('true')).toThrow(/not: true/);
    expect(() => readTrustProxy('10.0.0.0/33')).toThrow(/10\.0\.0\.0\/33/);
    expect(() => readTrustProxy('10.0.0.1,nginx')).toThrow(/not: nginx$/);
  });
});
