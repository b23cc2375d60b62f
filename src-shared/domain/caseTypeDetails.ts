/**
 * The type-specific part of the case card (案卡): what procurators record and count for one kind
 * of livelihood case (DOMAIN.md §1.2, §1.3). The "type" here is the livelihood field of the case
 * (its focal point), not the procedural CaseType: a wage-arrears case may be a 支持起诉 or an
 * enforcement-supervision case, and counts as wage arrears either way.
 *
 * Every field is optional, so records written before this card existed, and cards filled in
 * step by step, stay valid. Objects are strict: the server refuses a field it does not know.
 * Messages are i18n keys (`validation.*`).
 *
 * [U] The field lists are our reading of DOMAIN.md §1.2/§1.3 and the reported statistics, not an
 * official 案卡 standard (none was seen); they should be checked against the unit's 台账 columns.
 */
import { z } from 'zod';
import { hasFenPrecision } from '../documents/amountInChineseCapitals';
import type { FocalPoint } from './codes';
import { missingOr, optionalText } from './textFields';

/** The kinds of type-specific card, one per focal point that has figures of its own. */
export const CaseCardKind = {
  /** 欠薪: unpaid wages of (migrant) workers (focal point 1). */
  wageArrears: 'wageArrears',
  /** 涉房地产: housing and real-estate disputes (focal point 2). */
  housing: 'housing',
  /** 食品药品 / 伪劣商品 (focal point 3). */
  foodDrug: 'foodDrug',
  /** 社会保险 (focal point 6). */
  socialInsurance: 'socialInsurance',
  /** 老年人、残疾人、未成年人、妇女 (focal point 7). */
  vulnerablePerson: 'vulnerablePerson',
  /** 反电信网络诈骗 (focal point 9). */
  telecomFraud: 'telecomFraud',
  /** 生态环境和资源保护 (focal point 10). */
  environment: 'environment',
} as const;
export type CaseCardKind = (typeof CaseCardKind)[keyof typeof CaseCardKind];

/**
 * Which card a focal point uses. [U] Focal points without one (finance, personal information,
 * judicial assistance — recorded by its workflow —, military, rural, other) keep the generic card.
 */
export const CARD_KIND_BY_FOCAL_POINT: Readonly<Partial<Record<FocalPoint, CaseCardKind>>> = {
  workers: 'wageArrears',
  financeRealEstate: 'housing',
  counterfeitFoodDrug: 'foodDrug',
  socialInsurance: 'socialInsurance',
  specificGroups: 'vulnerablePerson',
  telecomFraud: 'telecomFraud',
  environment: 'environment',
};

export function cardKindOf(focalPoint: string): CaseCardKind | undefined {
  return Object.hasOwn(CARD_KIND_BY_FOCAL_POINT, focalPoint)
    ? CARD_KIND_BY_FOCAL_POINT[focalPoint as FocalPoint]
    : undefined;
}

/** A head count (workers, households, victims): a whole number. */
const count = z
  .number({ error: missingOr('validation.typeDetails.number') })
  .int({ error: 'validation.typeDetails.wholeNumber' })
  .min(0, { error: 'validation.typeDetails.negative' })
  .max(10_000_000, { error: 'validation.typeDetails.tooLarge' })
  .optional();

/** Most yuan one figure may hold: above it is a typo. */
export const MAX_CARD_YUAN = 100_000_000_000;

/** Yuan to the fen (two decimals at most). */
const yuan = z
  .number({ error: missingOr('validation.typeDetails.number') })
  .min(0, { error: 'validation.typeDetails.negative' })
  .max(MAX_CARD_YUAN, { error: 'validation.typeDetails.tooLarge' })
  .refine(hasFenPrecision, { error: 'validation.typeDetails.fen' })
  .optional();

/** A decimal quantity that is not money (an area). */
const quantity = z
  .number({ error: missingOr('validation.typeDetails.number') })
  .min(0, { error: 'validation.typeDetails.negative' })
  .max(1e9, { error: 'validation.typeDetails.tooLarge' })
  .optional();

function choice<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: 'validation.choose' }).optional();
}

export const VULNERABLE_GROUPS = ['elderly', 'disabled', 'minor', 'woman'] as const;
/** [U] Guardianship situations as 未成年人保护法 / 民法典 Art. 27–32 describe them. */
export const GUARDIANSHIP = [
  'parents',
  'otherRelative',
  'institution',
  'noGuardian',
  'notApplicable',
] as const;
export const INSURANCE_KINDS = [
  'pension',
  'medical',
  'unemployment',
  'workInjury',
  'maternity',
] as const;
export const PRODUCT_KINDS = [
  'food',
  'drug',
  'healthSupplement',
  'medicalDevice',
  'other',
] as const;
export const SALES_CHANNELS = ['offline', 'online', 'liveStream'] as const;
export const HOUSING_DISPUTES = [
  'deliveryDelay',
  'certificate',
  'quality',
  'depositOrRent',
  'other',
] as const;
export const RESOURCE_KINDS = [
  'water',
  'air',
  'soil',
  'forest',
  'farmland',
  'grassland',
  'mineral',
  'wildlife',
  'other',
] as const;

/**
 * Fields of the vulnerable person's card that are health, family and minors' data (PIPL Art. 28):
 * sealed at rest (sealedFields.ts) and masked in the audit log (mask.ts).
 */
export const SENSITIVE_CARD_FIELDS = [
  'group',
  'situation',
  'guardianship',
  'guardianName',
] as const;

export const wageArrearsSchema = z
  .strictObject({
    kind: z.literal('wageArrears'),
    workerCount: count,
    amountOwed: yuan,
    amountRecovered: yuan,
    employer: optionalText(100),
    /** 分包单位 / 劳务承包人: who hired the workers under the employer, if anyone. */
    contractor: optionalText(100),
    projectName: optionalText(200),
  })
  .superRefine((d, ctx) => {
    // [U] Recovered is a part of what was owed; interest and damages go to the facts.
    if (d.amountOwed !== undefined && d.amountRecovered !== undefined) {
      if (Math.round(d.amountRecovered * 100) > Math.round(d.amountOwed * 100)) {
        ctx.addIssue({
          code: 'custom',
          path: ['amountRecovered'],
          message: 'validation.typeDetails.recoveredAboveOwed',
        });
      }
    }
  });

export const vulnerablePersonSchema = z.strictObject({
  kind: z.literal('vulnerablePerson'),
  group: choice(VULNERABLE_GROUPS),
  /** Living, health and income situation in a few sentences: sensitive (sealed at rest). */
  situation: optionalText(2000),
  guardianship: choice(GUARDIANSHIP),
  guardianName: optionalText(100),
});

export const socialInsuranceSchema = z.strictObject({
  kind: z.literal('socialInsurance'),
  insuranceKind: choice(INSURANCE_KINDS),
  insuredCount: count,
  amountInvolved: yuan,
  employer: optionalText(100),
});

export const foodDrugSchema = z.strictObject({
  kind: z.literal('foodDrug'),
  productKind: choice(PRODUCT_KINDS),
  productName: optionalText(200),
  salesChannel: choice(SALES_CHANNELS),
  affectedCount: count,
  amountInvolved: yuan,
});

export const housingSchema = z.strictObject({
  kind: z.literal('housing'),
  disputeKind: choice(HOUSING_DISPUTES),
  projectName: optionalText(200),
  developer: optionalText(100),
  householdCount: count,
  amountInvolved: yuan,
});

export const telecomFraudSchema = z.strictObject({
  kind: z.literal('telecomFraud'),
  victimCount: count,
  amountLost: yuan,
  amountRecovered: yuan,
});

export const environmentSchema = z.strictObject({
  kind: z.literal('environment'),
  resourceKind: choice(RESOURCE_KINDS),
  location: optionalText(200),
  /** 亩, the unit county ledgers use for land and forest. */
  areaMu: quantity,
  restorationCost: yuan,
});

export const caseTypeDetailsSchema = z.discriminatedUnion(
  'kind',
  [
    wageArrearsSchema,
    vulnerablePersonSchema,
    socialInsuranceSchema,
    foodDrugSchema,
    housingSchema,
    telecomFraudSchema,
    environmentSchema,
  ],
  { error: 'validation.typeDetails.kind' },
);
export type CaseTypeDetails = z.output<typeof caseTypeDetailsSchema>;
export type WageArrearsDetails = z.output<typeof wageArrearsSchema>;

/** How a field is entered and shown. */
export type CardFieldType = 'count' | 'yuan' | 'quantity' | 'text' | 'longText' | 'choice';

export type CardField = {
  key: string;
  type: CardFieldType;
  /** The values of a choice; labels are `caseCard.<kind>.<key>Options.<value>`. */
  options?: readonly string[];
};

type FieldsOf<K extends CaseCardKind> = {
  [P in Exclude<keyof Extract<CaseTypeDetails, { kind: K }>, 'kind'>]-?: Omit<CardField, 'key'>;
};

function fields<K extends CaseCardKind>(spec: FieldsOf<K>): readonly CardField[] {
  return Object.entries(spec).map(([key, f]) => ({ key, ...(f as Omit<CardField, 'key'>) }));
}

/**
 * The fields of each card in the order the form and the case page show them. Typed against the
 * schemas, so a field added to a schema without a place here does not compile.
 */
export const CARD_FIELDS: Readonly<Record<CaseCardKind, readonly CardField[]>> = {
  wageArrears: fields<'wageArrears'>({
    workerCount: { type: 'count' },
    amountOwed: { type: 'yuan' },
    amountRecovered: { type: 'yuan' },
    employer: { type: 'text' },
    contractor: { type: 'text' },
    projectName: { type: 'text' },
  }),
  vulnerablePerson: fields<'vulnerablePerson'>({
    group: { type: 'choice', options: VULNERABLE_GROUPS },
    guardianship: { type: 'choice', options: GUARDIANSHIP },
    guardianName: { type: 'text' },
    situation: { type: 'longText' },
  }),
  socialInsurance: fields<'socialInsurance'>({
    insuranceKind: { type: 'choice', options: INSURANCE_KINDS },
    insuredCount: { type: 'count' },
    amountInvolved: { type: 'yuan' },
    employer: { type: 'text' },
  }),
  foodDrug: fields<'foodDrug'>({
    productKind: { type: 'choice', options: PRODUCT_KINDS },
    productName: { type: 'text' },
    salesChannel: { type: 'choice', options: SALES_CHANNELS },
    affectedCount: { type: 'count' },
    amountInvolved: { type: 'yuan' },
  }),
  housing: fields<'housing'>({
    disputeKind: { type: 'choice', options: HOUSING_DISPUTES },
    projectName: { type: 'text' },
    developer: { type: 'text' },
    householdCount: { type: 'count' },
    amountInvolved: { type: 'yuan' },
  }),
  telecomFraud: fields<'telecomFraud'>({
    victimCount: { type: 'count' },
    amountLost: { type: 'yuan' },
    amountRecovered: { type: 'yuan' },
  }),
  environment: fields<'environment'>({
    resourceKind: { type: 'choice', options: RESOURCE_KINDS },
    location: { type: 'text' },
    areaMu: { type: 'quantity' },
    restorationCost: { type: 'yuan' },
  }),
};

/** The figure the case list shows for a card, e.g. "12 workers · ¥86,400.00 owed". */
export const KEY_FIGURES: Readonly<Record<CaseCardKind, readonly string[]>> = {
  wageArrears: ['workerCount', 'amountOwed'],
  housing: ['householdCount', 'amountInvolved'],
  foodDrug: ['affectedCount', 'amountInvolved'],
  socialInsurance: ['insuredCount', 'amountInvolved'],
  // Nothing: the group (disability, minor) is sensitive and the list is seen over a shoulder.
  vulnerablePerson: [],
  telecomFraud: ['victimCount', 'amountLost'],
  environment: ['areaMu', 'restorationCost'],
};
