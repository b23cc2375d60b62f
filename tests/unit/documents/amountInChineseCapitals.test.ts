import { describe, expect, it } from 'vitest';
import { amountInChineseCapitals, amountPhrase, yuanDigits } from '../../../src-shared/documents';

describe('amountInChineseCapitals', () => {
  it.each([
    [0, '零元整'],
    [0.05, '伍分'],
    [0.5, '伍角整'],
    [10, '壹拾元整'],
    [15, '壹拾伍元整'],
    [100000, '壹拾万元整'],
    [1000000.5, '壹佰万元零伍角整'],
    [36000, '叁万陆仟元整'],
    [12345.6, '壹万贰仟叁佰肆拾伍元陆角整'],
    [12345.67, '壹万贰仟叁佰肆拾伍元陆角柒分'],
    [100010, '壹拾万零壹拾元整'],
    // The examples of 《支付结算办法》 (正确填写票据和结算凭证的基本规定).
    [1409.5, '壹仟肆佰零玖元伍角整'],
    [6007.14, '陆仟零柒元壹角肆分'],
    [1680.32, '壹仟陆佰捌拾元零叁角贰分'],
    [107000.53, '壹拾万柒仟元零伍角叁分'],
    [16409.02, '壹万陆仟肆佰零玖元零贰分'],
    [325.04, '叁佰贰拾伍元零肆分'],
    // Across 万 and 亿 groups.
    [100000000, '壹亿元整'],
    [100001000, '壹亿零壹仟元整'],
    [110000000, '壹亿壹仟万元整'],
    [10000010000, '壹佰亿零壹万元整'],
  ])('%d → %s', (amount, expected) => {
    expect(amountInChineseCapitals(amount)).toBe(expected);
  });

  it.each([
    [-1, /negative/],
    [-0.01, /negative/],
    [Number.NaN, /finite/],
    [Number.POSITIVE_INFINITY, /finite/],
    [0.001, /two decimals/],
    [12.345, /two decimals/],
    [1e12, /too large/],
  ])('rejects %d instead of rounding or clamping it', (amount, message) => {
    expect(() => amountInChineseCapitals(amount)).toThrow(message);
  });
});

describe('yuanDigits and amountPhrase', () => {
  it.each([
    [0, '0.00'],
    [0.05, '0.05'],
    [36000, '36,000.00'],
    [1000000.5, '1,000,000.50'],
    [12345.67, '12,345.67'],
  ])('%d is written %s', (amount, expected) => {
    expect(yuanDigits(amount)).toBe(expected);
  });

  it('writes capitals and figures together as the text does', () => {
    expect(amountPhrase(36000)).toBe('人民币叁万陆仟元整（36,000.00元）');
  });
});
