import { describe, expect, it } from 'vitest';
import type { Party } from '../../../src-shared/domain/caseCard';
import {
  decisionBasis,
  decisionReasoning,
  prefillApplication,
  prefillHarm,
  prefillInform,
  situationsOf,
} from '../../../src-shared/workflows';

const party = (role: Party['role'], name = '张小明') => ({ role, name }) as Party;

describe('assistance prefills from the case card', () => {
  it('proposes the case’s own department as the one that referred the lead', () => {
    expect(prefillInform({ department: 'civil' })).toEqual({ leadFrom: 'civil' });
  });

  it('proposes the victim himself as applicant unless a close relative is on the case', () => {
    expect(prefillApplication({ parties: [party('applicant')] })).toEqual({
      applicantRelation: 'victim',
    });
    expect(
      prefillApplication({ parties: [party('victim'), party('closeRelative', '张父')] }),
    ).toEqual({});
    expect(prefillApplication({ parties: [party('respondent', '某公司')] })).toEqual({});
  });

  it('takes the harm from the wage-arrears card: owed as the loss, recovered as compensation', () => {
    expect(
      prefillHarm({
        typeDetails: {
          kind: 'wageArrears',
          amountOwed: 32000,
          amountRecovered: 1500.5,
          employer: '某建筑劳务有限公司',
        },
      }),
    ).toEqual({
      kind: 'propertyLoss',
      propertyLoss: 32000,
      compensationReceived: 1500.5,
      facts: { amountOwed: 32000, employer: '某建筑劳务有限公司' },
    });
  });

  it('proposes no harm without a wage-arrears card', () => {
    expect(prefillHarm({})).toEqual({});
    expect(prefillHarm({ typeDetails: { kind: 'housing' } })).toEqual({});
  });
});

describe('the assistance decision’s grounds from the review', () => {
  it('cites 细则 Art. 7 with the item of each situation found, in the article’s order', () => {
    expect(decisionBasis(['otherNecessary', 'seriousInjury'])).toEqual([
      { law: '人民检察院开展国家司法救助工作细则', article: 7, item: 1 },
      { law: '人民检察院开展国家司法救助工作细则', article: 7, item: 7 },
    ]);
    expect(decisionBasis([])).toEqual([]);
  });

  it('writes the reasoning from the note and the situations found', () => {
    expect(
      decisionReasoning({
        applicantName: '张小明',
        situationLabels: ['人民检察院认为需要救助的其他情形'],
        situationNote: '追索劳动报酬执行不能，因案生活陷入困难。',
      }),
    ).toBe(
      '申请人张小明追索劳动报酬执行不能，因案生活陷入困难，属于“人民检察院认为需要救助的其他情形”，符合国家司法救助条件。',
    );
  });

  it('keeps only the situations it knows', () => {
    expect(situationsOf(['propertyLoss', 'made-up', 3])).toEqual(['propertyLoss']);
    expect(situationsOf(undefined)).toEqual([]);
  });
});
