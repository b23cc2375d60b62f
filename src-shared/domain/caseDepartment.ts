/**
 * The department that usually handles a case type, proposed on the case card once the type is
 * chosen (the person may pick another). Judicial assistance and petitions go to 控告申诉检察,
 * which handles national judicial assistance (DOMAIN.md §4).
 */
import type { CaseType, Department } from './codes';

const DEPARTMENT_BY_CASE_TYPE: Readonly<Record<CaseType, Department>> = {
  civilJudgment: 'civil',
  civilTrialConduct: 'civil',
  civilEnforcement: 'civil',
  supportProsecution: 'civil',
  administrative: 'administrative',
  publicInterest: 'publicInterest',
  judicialAssistance: 'complaints',
  petition: 'complaints',
};

export function departmentForCaseType(caseType: string): Department | undefined {
  return Object.hasOwn(DEPARTMENT_BY_CASE_TYPE, caseType)
    ? DEPARTMENT_BY_CASE_TYPE[caseType as CaseType]
    : undefined;
}
