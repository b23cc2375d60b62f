import { describe, expect, it } from 'vitest';
import {
  birthDateFromResidentId,
  checkResidentId,
  residentIdCheckChar,
} from '../../../src-shared/domain/residentId';

/** An ID with the right check character for its first 17 digits. */
function withCheck(first17: string): string {
  return first17 + residentIdCheckChar(first17);
}

describe('resident ID (GB 11643)', () => {
  it('accepts the example number published with the standard', () => {
    expect(checkResidentId('11010519491231002X')).toBeNull();
  });

  it("computes the check characters of the standard's examples", () => {
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
    expect(residentIdCheckChar('44052418800101001')).toBe('4');
    // Born in 1880: a correct number, but no living party, so the register refuses it.
    expect(checkResidentId('440524188001010014')).toBe('birthDate');
  });

  it('accepts numbers built with the checksum', () => {
    for (const first17 of ['34010219900307123', '34122620000229004', '34150219650101321']) {
      const id = withCheck(first17);
      expect(checkResidentId(id)).toBeNull();
      expect(birthDateFromResidentId(id)).toBe(
        `${first17.slice(6, 10)}-${first17.slice(10, 12)}-${first17.slice(12, 14)}`,
      );
    }
  });

  it('reports a wrong check character as checksum', () => {
    expect(checkResidentId('110105194912310021')).toBe('checksum');
    const good = withCheck('34010219900307123');
    const wrong = good.slice(0, 17) + (good.endsWith('0') ? '1' : '0');
    expect(checkResidentId(wrong)).toBe('checksum');
  });

  it('reports an impossible birth date such as 1990-02-30 even with a matching checksum', () => {
    expect(checkResidentId(withCheck('34010219900230123'))).toBe('birthDate');
    expect(checkResidentId(withCheck('34010219901301123'))).toBe('birthDate');
    expect(checkResidentId(withCheck('34010218991231123'))).toBe('birthDate');
  });

  it('accepts 29 February only in leap years', () => {
    expect(checkResidentId(withCheck('34010220000229123'))).toBeNull();
    expect(checkResidentId(withCheck('34010219000229123'))).toBe('birthDate');
  });

  it('accepts a lower-case x and surrounding spaces', () => {
    expect(checkResidentId('11010519491231002x')).toBeNull();
    expect(checkResidentId(' 11010519491231002X ')).toBeNull();
  });

  it('reports anything not 17 digits plus a digit or X as format', () => {
    for (const bad of [
      '',
      '1101051949123100',
      '1101051949123100211',
      '11010519491231002Y',
      '１１０１０５１９４９１２３１００２X',
    ]) {
      expect(checkResidentId(bad)).toBe('format');
    }
  });
});
