/**
 * What the generic form needs to know beyond an event's schema: ids the app makes, choices taken
 * from the workflow so far (which ground to answer, which officer spoke), values the app computes
 * rather than asks (is the notice in time? is there a duplicate request?) and sensible prefills.
 * Pure apart from making new ids; the screen shows the result with SchemaForm.
 */
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { isIsoDate, isNoticeInTime, TIME_LIMITS } from '../../../../src-shared/calendar';
import type { CaseRecord } from '../../../../src-shared/domain/caseCard';
import { uuidv7 } from '../../../../src-shared/domain/ids';
import {
  agendaOrder,
  APPROVAL_FIELDS,
  APPROVER_FIELDS,
  chooseWageBase,
  type OfficerPoolEntry,
  defaultWageBaseTable,
  wageBaseYearFor,
  listLabelKey,
  type WageBaseEntry,
  type WageBaseTable,
  type WorkflowKind,
} from '../../../../src-shared/workflows';
import type { AssistanceRequest } from '../../db/duplicateAssistance';
import { valueAtPath } from '../../db/workflowDue';
import type { WorkflowDue } from '../../db/workflowRows';
import { nowLocal, type FormValues } from './form/formValues';
import type { Option } from './form/ScalarField';
import { objectFields, schemaDefaults, type FieldSpec } from './form/schemaFields';
import { items, str, type EventRule } from './eventRule';
import { answerGroundRule, selectOfficersRule, signerOptions } from './hearingEventRules';
import { assistanceRules } from './assistanceEventRules';
import {
  amendAgreementRule,
  confirmLegalityRule,
  draftAgreementRule,
} from './reconciliationEventRules';

export type FormEnv = {
  kind: WorkflowKind;
  context: Record<string, unknown>;
  caseRecord: CaseRecord;
  due: WorkflowDue | null;
  duplicates: readonly AssistanceRequest[];
  today: string;
  now: Date;
  t: TFunction;
  /** The wage-base table from the server's reference data, when one arrived (else the shipped one). */
  wageBases?: WageBaseTable | undefined;
  /** The unit's hearing-officer pool (听证员库), for choosing a hearing's officers. */
  officerPool?: readonly OfficerPoolEntry[] | undefined;
};

export type EventFormPlan = {
  fields: FieldSpec[];
  initial: FormValues;
  options: Record<string, Option[]>;
  /** Adds what the app computes or makes (ids, checks) to the cleaned form data. */
  finalize: (data: FormValues) => FormValues;
};

const officerOptions = (env: FormEnv) => ({
  officerId: items(env, 'officers').map((o) => ({
    value: str(o['officerId']),
    label: str(o['name']),
  })),
});
const instalmentOptions = (env: FormEnv) => ({
  instalmentNo: items(env, 'agreement.schedule').map((i) => ({
    value: String(i['instalmentNo']),
    label: env.t('workflowsUi.form.instalment', {
      n: i['instalmentNo'],
      dueOn: str(i['dueOn']),
      amount: i['amount'],
    }),
  })),
});
const instalmentNumber = (data: FormValues) => ({
  ...data,
  instalmentNo: Number(data['instalmentNo']),
});
const people = (env: FormEnv) =>
  env.caseRecord.parties.filter((p) => ['applicant', 'victim', 'closeRelative'].includes(p.role));

/** Only the hearing-notice rule's amount: the minimum the legal check uses. */
const NOTICE_DAYS = TIME_LIMITS['hearing.notice'].amount;

export function noticeInTime(noticeDate: unknown, hearingDate: unknown): boolean {
  return (
    typeof noticeDate === 'string' &&
    typeof hearingDate === 'string' &&
    isIsoDate(noticeDate) &&
    isIsoDate(hearingDate) &&
    isNoticeInTime(noticeDate, hearingDate, NOTICE_DAYS)
  );
}

/** The province whose average wage is the base (Anhui; the server is provincial). */
const PROVINCE_CODE = '340000';

/**
 * The wage base to propose (the person may still change every field): the table's default series
 * for the province, of the year before the decision (today's), else the nearest year it has.
 */
export function proposedWageBase(
  table: WageBaseTable,
  provinceCode: string,
  today: string,
): WageBaseEntry | undefined {
  return chooseWageBase(table, provinceCode, today)?.entry;
}

/** The proposed base as step data, and whether its year needs the person's confirmation. */
function wageBaseInitial(env: FormEnv): FormValues {
  const entry = proposedWageBase(env.wageBases ?? defaultWageBaseTable, PROVINCE_CODE, env.today);
  return entry
    ? {
        wageBase: {
          provinceCode: entry.provinceCode,
          dataYear: entry.dataYear,
          series: entry.series,
          annualWage: entry.annualWage,
        },
      }
    : {};
}

/** The confirmation is asked only when the base is not of the year before the decision. */
function calculationNeedsNoConfirmation(env: FormEnv): string[] {
  const entry = proposedWageBase(env.wageBases ?? defaultWageBaseTable, PROVINCE_CODE, env.today);
  return entry?.dataYear === wageBaseYearFor(env.today) ? ['staleBaseConfirmed'] : [];
}

/** At the decision, also not when the amount step confirmed the same stale year. */
function decisionNeedsNoConfirmation(env: FormEnv): string[] {
  const baseYear = valueAtPath(env.context, 'amount.wageBase.dataYear');
  const calculatedOn = valueAtPath(env.context, 'amount.calculatedOn');
  const expected = wageBaseYearFor(env.today);
  const confirmedSameYear =
    valueAtPath(env.context, 'amount.staleBaseConfirmed') === true &&
    typeof calculatedOn === 'string' &&
    wageBaseYearFor(calculatedOn) === expected;
  return baseYear === expected || confirmedSameYear ? ['staleBaseConfirmed'] : [];
}

/** The repeat check over local requests (same person, same source case), computed by the app. */
const duplicateRule: EventRule = {
  hidden: (env) =>
    env.duplicates.length > 0 ? ['duplicateCheck'] : ['duplicateCheck', 'duplicateOverrideReason'],
  finalize: (data, env) => ({
    ...data,
    duplicateCheck: env.duplicates.length > 0 ? 'overridden-with-reason' : 'clear',
  }),
};

const rules: Readonly<Record<string, EventRule>> = {
  ...assistanceRules,
  answerGround: answerGroundRule,
  selectOfficers: selectOfficersRule,
  // An officer entered by name is one the procuratorate invited.
  addOfficer: {
    hidden: () => ['selection'],
    finalize: (data) => ({ ...data, selection: { method: 'invited' } }),
  },
  completeRecords: {
    options: (env) => ({
      'transcript.signedBy': signerOptions(env),
      'transcript.signatureRefusals': signerOptions(env),
    }),
  },
  recordOpinion: {
    options: officerOptions,
    // The next officer who has not spoken yet.
    initial: (env) => {
      const spoken = items(env, 'opinions').map((o) => str(o['officerId']));
      const next = items(env, 'officers').find((o) => !spoken.includes(str(o['officerId'])));
      return next ? { officerId: str(next['officerId']) } : {};
    },
  },
  // The agenda is taken in order: propose the next step.
  logAgendaStep: {
    initial: (env) => {
      const next = agendaOrder[items(env, 'agenda').length];
      return next ? { step: next } : {};
    },
  },
  removeOfficer: { options: officerOptions },
  recordReferralOutcome: {
    options: (env) => ({
      referralId: items(env, 'referrals').map((r) => ({
        value: str(r['referralId']),
        label: `${env.t(listLabelKey('referralAgency', str(r['agency'])))} ${str(r['referredOn'])}`,
      })),
    }),
  },
  recordWillingness: {
    hidden: () => ['partyName'],
    options: (env) => ({
      partyId: env.caseRecord.parties.map((p) => ({ value: p.id, label: p.name })),
    }),
    finalize: (data, env) => {
      const party = env.caseRecord.parties.find((p) => p.id === data['partyId']);
      return party ? { ...data, partyName: party.name } : data;
    },
  },
  confirmLegality: confirmLegalityRule,
  draftAgreement: draftAgreementRule,
  amendAgreement: amendAgreementRule,
  recordPayment: { options: instalmentOptions, finalize: instalmentNumber },
  recordReminder: { options: instalmentOptions, finalize: instalmentNumber },
  sendNotice: {
    hidden: () => ['noticeInTime'],
    initial: (env) => {
      const planned = valueAtPath(env.context, 'approval.plannedHearingDate');
      return typeof planned === 'string' ? { hearingDate: planned } : {};
    },
    finalize: (data) => ({
      ...data,
      noticeInTime: noticeInTime(data['noticeDate'], data['hearingDate']),
    }),
  },
  // The engine decides from the recorded dates; old clients' flags are no longer sent.
  lapseSupplement: { hidden: () => ['windowExpired'] },
  recordNoReply: { hidden: () => ['replyOverdue'] },
  assessEligibility: duplicateRule,
  requestAdvance: duplicateRule,
  approveAdvance: { initial: wageBaseInitial },
  calculateAmount: { initial: wageBaseInitial, hidden: calculationNeedsNoConfirmation },
  decide: {
    hidden: (env) =>
      env.kind === 'judicialAssistance' ? decisionNeedsNoConfirmation(env) : ['staleBaseConfirmed'],
    initial: (env) => {
      const amount = valueAtPath(env.context, 'amount.result.amount');
      return env.kind === 'judicialAssistance' && typeof amount === 'number' ? { amount } : {};
    },
  },
  pay: {
    initial: (env) => {
      const amount = valueAtPath(env.context, 'decision.amount');
      const payee = people(env)[0]?.name;
      return {
        ...(typeof amount === 'number' ? { amount } : {}),
        ...(payee ? { payeeName: payee } : {}),
      };
    },
  },
};

/** Dates a person rarely records on the day itself: left blank. */
const NO_DATE_PREFILL = new Set(['hearingDate', 'plannedHearingDate', 'from', 'to', 'birthDate']);

/** Today for required dates, now for required instants, inside required objects too. */
export function prefillDates(fields: readonly FieldSpec[], env: Pick<FormEnv, 'today' | 'now'>) {
  const out: FormValues = {};
  for (const field of fields) {
    if (!field.isRequired) continue;
    if (field.kind === 'date' && !NO_DATE_PREFILL.has(field.name)) out[field.name] = env.today;
    if (field.kind === 'datetime') out[field.name] = nowLocal(env.now);
    if (field.kind === 'object') {
      const nested = prefillDates(field.fields, env);
      if (Object.keys(nested).length > 0) out[field.name] = nested;
    }
  }
  return out;
}

/** Shallow-per-key deep merge of plain objects (later wins). */
export function mergeValues(...layers: FormValues[]): FormValues {
  const out: FormValues = {};
  for (const layer of layers) {
    for (const [key, value] of Object.entries(layer)) {
      const existing = out[key];
      const isPlain = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
      out[key] =
        isPlain(existing) && isPlain(value)
          ? mergeValues(existing as FormValues, value as FormValues)
          : value;
    }
  }
  return out;
}

function newEntityId(now: Date): string {
  return uuidv7(now.getTime(), crypto.getRandomValues(new Uint8Array(16)));
}

/** Ids shown to the user because no list of them exists yet (the hearing-officer pool). */
const TYPED_IDS = new Set(['poolEntryId']);

/**
 * The approver's role, name and date are filled by the system from whoever confirmed the approval
 * (src-shared/workflows/approvals.ts): the form never asks for them, only for the reason.
 */
function withoutApproverFields(type: string, fields: FieldSpec[]): FieldSpec[] {
  const approvalField = APPROVAL_FIELDS[type];
  if (approvalField === undefined) return fields;
  const isApprover = (name: string) => (APPROVER_FIELDS as readonly string[]).includes(name);
  if (approvalField === '') return fields.filter((f) => !isApprover(f.name));
  return fields.map((f) =>
    f.name === approvalField && f.kind === 'object'
      ? { ...f, fields: f.fields.filter((inner) => !isApprover(inner.name)) }
      : f,
  );
}

export function planEventForm(type: string, schema: z.ZodType, env: FormEnv): EventFormPlan {
  const rule = rules[type] ?? {};
  const options = rule.options?.(env) ?? {};
  const all = objectFields(schema);
  const ids = all.filter(
    (f) => f.kind === 'text' && f.name.endsWith('Id') && !TYPED_IDS.has(f.name) && !options[f.name],
  );
  const hidden = new Set([...(rule.hidden?.(env) ?? []), ...ids.map((f) => f.name)]);
  const fields = withoutApproverFields(
    type,
    all.filter((f) => !hidden.has(f.name)),
  );
  const initial = mergeValues(
    schemaDefaults(schema),
    prefillDates(fields, env),
    rule.initial?.(env) ?? {},
  );
  return {
    fields,
    initial,
    options,
    finalize: (data) => {
      const made = Object.fromEntries(
        ids.filter((f) => f.isRequired).map((f) => [f.name, newEntityId(env.now)]),
      );
      const withIds = { ...made, ...data };
      return rule.finalize ? rule.finalize(withIds, env) : withIds;
    },
  };
}
