import { describe, expect, it } from 'vitest';
import { caseCardSchema } from '../../../src-shared/domain/caseCard';
import type { CaseCardInput } from '../../../src-shared/domain/caseCard';
import {
  CARD_FIELDS,
  CaseCardKind,
  cardKindOf,
  caseTypeDetailsSchema,
  environmentSchema,
  foodDrugSchema,
  housingSchema,
  socialInsuranceSchema,
  telecomFraudSchema,
  vulnerablePersonSchema,
  wageArrearsSchema,
} from '../../../src-shared/domain/caseTypeDetails';
import { checkChangeContent } from '../../../src-shared/sync/contentCheck';
import { SEALED_PATHS, takeSealedValues } from '../../../src-shared/security/sealedFields';

function messages(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  return (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);
}

function card(focalPoint: string, typeDetails?: unknown): CaseCardInput {
  return {
    title: '张某等12名农民工追索劳动报酬案',
    caseType: 'supportProsecution',
    source: 'application',
    focalPoint,
    parties: [{ id: 'p1', role: 'applicant', name: '张某' }],
    handlerId: 'user-1',
    department: 'civil',
    receivedAt: '2024-03-01',
    ...(typeDetails === undefined ? {} : { typeDetails }),
  } as CaseCardInput;
}

describe('wage arrears card', () => {
  it('takes workers, amounts to the fen, employer, contractor and project', () => {
    const parsed = wageArrearsSchema.parse({
      kind: 'wageArrears',
      workerCount: 12,
      amountOwed: 86400.5,
      amountRecovered: 40000.05,
      employer: ' 合肥某建筑劳务有限公司 ',
      contractor: '李某（包工头）',
      projectName: '瑶海区某安置房项目',
    });
    expect(parsed).toMatchObject({
      workerCount: 12,
      amountOwed: 86400.5,
      employer: '合肥某建筑劳务有限公司',
    });
  });

  it('refuses a fraction of a worker, a negative or sub-fen amount, and text for a number', () => {
    const result = wageArrearsSchema.safeParse({
      kind: 'wageArrears',
      workerCount: 2.5,
      amountOwed: 100.123,
      amountRecovered: -1,
    });
    expect(messages(result)).toEqual([
      'workerCount: validation.typeDetails.wholeNumber',
      'amountOwed: validation.typeDetails.fen',
      'amountRecovered: validation.typeDetails.negative',
    ]);
    expect(
      messages(wageArrearsSchema.safeParse({ kind: 'wageArrears', workerCount: Number('十二') })),
    ).toEqual(['workerCount: validation.typeDetails.number']);
  });

  it('refuses more recovered than owed, compared in fen', () => {
    expect(
      messages(
        wageArrearsSchema.safeParse({
          kind: 'wageArrears',
          amountOwed: 0.3,
          amountRecovered: 0.1 + 0.2,
        }),
      ),
    ).toEqual([]);
    expect(
      messages(
        wageArrearsSchema.safeParse({
          kind: 'wageArrears',
          amountOwed: 100,
          amountRecovered: 100.01,
        }),
      ),
    ).toEqual(['amountRecovered: validation.typeDetails.recoveredAboveOwed']);
  });

  it('accepts an empty card (filled in later) and refuses an unknown field', () => {
    expect(wageArrearsSchema.safeParse({ kind: 'wageArrears' }).success).toBe(true);
    expect(wageArrearsSchema.safeParse({ kind: 'wageArrears', idNumber: 'x' }).success).toBe(false);
  });
});

describe('vulnerable person card', () => {
  it('takes group, guardianship and situation; refuses an unknown group', () => {
    expect(
      vulnerablePersonSchema.parse({
        kind: 'vulnerablePerson',
        group: 'minor',
        guardianship: 'noGuardian',
        situation: '父母外出务工，随祖母生活',
      }).group,
    ).toBe('minor');
    expect(
      messages(vulnerablePersonSchema.safeParse({ kind: 'vulnerablePerson', group: 'child' })),
    ).toEqual(['group: validation.choose']);
  });

  it('refuses a situation longer than 2000 characters', () => {
    expect(
      messages(
        vulnerablePersonSchema.safeParse({
          kind: 'vulnerablePerson',
          situation: '困'.repeat(2001),
        }),
      ),
    ).toEqual(['situation: validation.tooLong']);
  });

  it('keeps the group, situation and guardian sealed at rest', () => {
    const row = {
      id: 'c1',
      typeDetails: {
        kind: 'vulnerablePerson',
        group: 'disabled',
        situation: '二级肢体残疾',
        guardianName: '王某',
      },
    };
    const { clear } = takeSealedValues(row, SEALED_PATHS.cases ?? []);
    expect(clear).toEqual({ id: 'c1', typeDetails: { kind: 'vulnerablePerson' } });
  });
});

describe('the other cards', () => {
  it.each([
    [
      socialInsuranceSchema,
      {
        kind: 'socialInsurance',
        insuranceKind: 'workInjury',
        insuredCount: 30,
        amountInvolved: 120000,
      },
    ],
    [
      foodDrugSchema,
      {
        kind: 'foodDrug',
        productKind: 'healthSupplement',
        salesChannel: 'liveStream',
        affectedCount: 300,
      },
    ],
    [
      housingSchema,
      { kind: 'housing', disputeKind: 'certificate', householdCount: 246, developer: '某置业公司' },
    ],
    [
      telecomFraudSchema,
      { kind: 'telecomFraud', victimCount: 8, amountLost: 56000, amountRecovered: 1200.5 },
    ],
    [
      environmentSchema,
      { kind: 'environment', resourceKind: 'farmland', areaMu: 12.5, restorationCost: 30000 },
    ],
  ] as const)('%#: a full card validates and a bad choice or count does not', (schema, value) => {
    expect(schema.safeParse(value).success).toBe(true);
    const firstChoice = CARD_FIELDS[value.kind].find((f) => f.type === 'choice');
    const firstCount = CARD_FIELDS[value.kind].find((f) => f.type === 'count');
    const broken = {
      ...value,
      ...(firstChoice ? { [firstChoice.key]: 'nonsense' } : {}),
      ...(firstCount ? { [firstCount.key]: -3 } : {}),
    };
    expect(schema.safeParse(broken).success).toBe(false);
  });

  it('every field the form shows is a field of its schema, and the other way round', () => {
    for (const kind of Object.values(CaseCardKind)) {
      const keys = CARD_FIELDS[kind].map((f) => f.key).sort();
      const parsed = caseTypeDetailsSchema.safeParse({
        kind,
        ...Object.fromEntries(keys.map((k) => [k, undefined])),
      });
      expect(parsed.success).toBe(true);
      const option = caseTypeDetailsSchema.options.find((o) => o.shape.kind.value === kind);
      expect(
        Object.keys(option?.shape ?? {})
          .filter((k) => k !== 'kind')
          .sort(),
      ).toEqual(keys);
    }
  });
});

describe('the card within the case card', () => {
  it('a case without a card still validates (records of earlier versions)', () => {
    expect(caseCardSchema.safeParse(card('workers')).success).toBe(true);
  });

  it('takes the card of the chosen focal point and refuses another', () => {
    expect(
      caseCardSchema.safeParse(card('workers', { kind: 'wageArrears', workerCount: 3 })).success,
    ).toBe(true);
    expect(
      messages(caseCardSchema.safeParse(card('environment', { kind: 'wageArrears' }))),
    ).toEqual(['typeDetails.kind: validation.typeDetails.kindMismatch']);
    expect(messages(caseCardSchema.safeParse(card('other', { kind: 'wageArrears' })))).toEqual([
      'typeDetails.kind: validation.typeDetails.kindMismatch',
    ]);
    expect(messages(caseCardSchema.safeParse(card('workers', { kind: 'bonus' })))).toEqual([
      'typeDetails.kind: validation.typeDetails.kind',
    ]);
  });

  it('maps focal points to cards, and unknown or card-less ones to none', () => {
    expect(cardKindOf('workers')).toBe('wageArrears');
    expect(cardKindOf('specificGroups')).toBe('vulnerablePerson');
    expect(cardKindOf('ruralAffairs')).toBeUndefined();
    expect(cardKindOf('__proto__')).toBeUndefined();
  });

  it("the server's content check stores a case with its card and refuses a field the card lacks", () => {
    const system = {
      provisionalNo: '340102-2024-00001',
      createdAt: '2024-03-01T08:00:00.000Z',
      createdBy: 'user-1',
      updatedBy: 'user-1',
    };
    const good = {
      ...card('workers', { kind: 'wageArrears', workerCount: 12, amountOwed: 86400 }),
      ...system,
    };
    expect(checkChangeContent({ entity: 'case', op: 'create', patch: good }, null)).toBeNull();
    const patch = { typeDetails: { kind: 'wageArrears', workerCount: 12, bankAccount: '6222' } };
    expect(checkChangeContent({ entity: 'case', op: 'update', patch }, good)).toMatchObject({
      code: 'invalid-content',
    });
  });
});

describe('the audit of a vulnerable person card', () => {
  it('masks the group, situation and guardian, and keeps the wage figures', async () => {
    const { redactCaseForAudit } = await import('../../../src-shared/domain/mask');
    const diff = redactCaseForAudit({
      before: {
        typeDetails: {
          kind: 'vulnerablePerson',
          group: 'minor',
          situation: '孤儿',
          guardianName: '王某',
        },
      },
      after: { typeDetails: { kind: 'wageArrears', workerCount: 12 } },
    });
    expect(diff).toEqual({
      before: {
        typeDetails: {
          kind: 'vulnerablePerson',
          group: '***',
          situation: '***',
          guardianName: '***',
        },
      },
      after: { typeDetails: { kind: 'wageArrears', workerCount: 12 } },
    });
  });
});
