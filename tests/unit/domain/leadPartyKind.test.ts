import { describe, expect, it } from 'vitest';
import { classifyLeadParty } from '../../../src-shared/domain/leadPartyKind';

describe('classifyLeadParty', () => {
  it('issue 15 item 6: "…有限公司（用人单位）" is the employer, an organisation with a credit code', () => {
    expect(classifyLeadParty({ name: '合肥宏达建筑劳务有限公司（用人单位）' })).toEqual({
      name: '合肥宏达建筑劳务有限公司',
      role: 'organisation',
      isOrganisation: true,
      idType: 'creditCode',
      sex: 'unknown',
    });
  });

  it('reads the role from ASCII brackets or the list’s role field', () => {
    expect(classifyLeadParty({ name: '某某商贸有限公司(被申请人)' })).toMatchObject({
      name: '某某商贸有限公司',
      role: 'respondent',
      idType: 'creditCode',
    });
    expect(classifyLeadParty({ name: '李某', role: '申请人' })).toMatchObject({
      role: 'applicant',
      isOrganisation: false,
      idType: 'residentId',
    });
    expect(classifyLeadParty({ name: '王某某', role: '被申请人' })).toMatchObject({
      role: 'respondent',
    });
  });

  it('keeps a bracket that is part of the name, and knows an organisation without a role', () => {
    expect(classifyLeadParty({ name: '华联（安徽）超市有限公司' })).toMatchObject({
      name: '华联（安徽）超市有限公司',
      role: 'organisation',
      isOrganisation: true,
    });
    expect(classifyLeadParty({ name: '某县人力资源和社会保障局' })).toMatchObject({
      role: 'adminOrgan',
      idType: 'creditCode',
    });
  });

  it('leaves a person with no role to the card’s order', () => {
    expect(classifyLeadParty({ name: '张三' })).toMatchObject({
      name: '张三',
      role: undefined,
      isOrganisation: false,
    });
  });
});
