import { describe, expect, it } from 'vitest';
import { departmentForCaseType } from '../../../src-shared/domain/caseDepartment';

describe('the department proposed for a case type', () => {
  it('sends civil supervision to 民事检察 and judicial assistance to 控告申诉检察', () => {
    expect(departmentForCaseType('civilJudgment')).toBe('civil');
    expect(departmentForCaseType('supportProsecution')).toBe('civil');
    expect(departmentForCaseType('administrative')).toBe('administrative');
    expect(departmentForCaseType('judicialAssistance')).toBe('complaints');
  });

  it('proposes nothing for an unknown type', () => {
    expect(departmentForCaseType('')).toBeUndefined();
    expect(departmentForCaseType('toString')).toBeUndefined();
  });
});
