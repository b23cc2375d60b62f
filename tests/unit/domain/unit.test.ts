import { describe, expect, it } from 'vitest';
import { UNIT_CODE_PATTERN, unitSchema } from '../../../src-shared/domain/unit';

function messagesOf(input: unknown): { path: PropertyKey[]; message: string }[] {
  const result = unitSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map(({ path, message }) => ({ path, message }));
}

describe('unitSchema (the procuratorate)', () => {
  it('accepts a name and a 6-digit code, trimmed', () => {
    expect(unitSchema.parse({ name: ' 合肥市瑶海区人民检察院 ', code: ' 340102 ' })).toEqual({
      name: '合肥市瑶海区人民检察院',
      code: '340102',
    });
  });

  it('requires exactly six ASCII digits', () => {
    for (const code of ['34010', '3401020', '34O102', '３４０１０２', '']) {
      expect(messagesOf({ name: '某院', code })).toEqual([
        { path: ['code'], message: 'validation.unitCode' },
      ]);
    }
    expect(UNIT_CODE_PATTERN.test('340102')).toBe(true);
  });

  it('reports missing fields as required and an overlong name as too long', () => {
    expect(messagesOf({})).toEqual([
      { path: ['name'], message: 'validation.required' },
      { path: ['code'], message: 'validation.required' },
    ]);
    expect(messagesOf({ name: '院'.repeat(61), code: '340102' })).toEqual([
      { path: ['name'], message: 'validation.tooLong' },
    ]);
  });
});
