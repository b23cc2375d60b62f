/**
 * The metadata every workflow state carries in its XState `meta` (issue 3 §1): what the UI shows
 * for the step, what it needs, why (legal basis), by when (time-limit rule) and who may act.
 */
import type { z } from 'zod';
import type { Role } from '../domain/codes';
import type { WorkflowDocumentId } from './documentIds';
import type { WorkflowKind } from './workflowKind';

/** How sure we are of a citation (DOMAIN.md §0 tags): verified, secondary source, unverified. */
export type Confidence = 'V' | 'S' | 'U';

export type LegalBasis = {
  /** The instrument's Chinese title, e.g. 人民检察院民事诉讼监督规则. */
  instrument: string;
  /** e.g. 第73条; 条文号待核 where DOMAIN.md could not verify the article. */
  article: string;
  confidence: Confidence;
};

/** A data condition over the workflow context, e.g. the trigger kind of a reasoning record. */
export type DataCondition = { field: string; equals: string | boolean };

/**
 * A time-limit rule of the deadline engine (src-shared/calendar `timeLimits`), referenced by id.
 * The workflow never computes dates: the app reads `from` (a dotted path into the context) and
 * hands the date to `computeDeadline`.
 */
export type TimeLimitRef = {
  limitId: string;
  /** Dotted path into the workflow context of the date that starts the period. */
  from: string;
  /** Where the start date is when `from` is empty: records made before `from` existed. */
  fallbackFrom?: string;
  /** Context path of excluded periods (`{ from, to }[]`) to pass as `excluded`. */
  excludedFrom?: string;
  /** Context path of recorded extensions that lengthen the period. */
  extensionsFrom?: string;
  /** The rule applies only when this condition holds (e.g. a 不支持监督申请 trigger); a list: all. */
  when?: DataCondition | readonly DataCondition[];
  /** The rule no longer applies once this context path holds a value (the act was recorded). */
  unlessRecorded?: string;
};

export type StepMeta = {
  /** `workflow.<kind>.<state>.title`. */
  titleKey: string;
  /** The step data that must be present to leave the state by its main exit. */
  requiredFields: z.ZodType;
  /** i18n keys `workflow.<kind>.<state>.checklist.<item>`. */
  checklist: readonly string[];
  legalBasis: readonly LegalBasis[];
  /**
   * The limit the state waits on. A list when the state waits on different limits in different
   * cases (each with its `when`): the first that applies and has its start date counts.
   */
  timeLimit?: TimeLimitRef | readonly TimeLimitRef[];
  documents: readonly WorkflowDocumentId[];
  /** Documents produced only when a condition on the context holds. */
  conditionalDocuments?: readonly { documentId: WorkflowDocumentId; when: DataCondition }[];
  /** Roles that may act in this state unless an event names its own. */
  allowedRoles: readonly Role[];
  /** A workflow the UI should offer to start next (e.g. reasoning after a refusal). */
  suggestsFollowUp?: WorkflowKind;
  /** Final states end the workflow. */
  isFinal?: boolean;
};

/** One kind of event a workflow accepts, wherever it appears. */
export type EventDef = {
  /** `workflow.<kind>.event.<type>`: the button label. */
  titleKey: string;
  /** The data the event must carry; for a state's main exit it is that state's requiredFields. */
  schema: z.ZodType;
  /** Overrides the state's allowedRoles for this event (e.g. a decision by the chief). */
  allowedRoles?: readonly Role[];
  /** Data fields that are sensitive personal information (PIPL Art. 28): mask in logs and diffs. */
  sensitiveFields?: readonly string[];
};

/** Who usually records and who decides. The exact split is configuration in practice [U]. */
export const handlerRoles = ['procurator', 'assistant'] as const satisfies readonly Role[];
export const recorderRoles = [
  'procurator',
  'assistant',
  'clerk',
] as const satisfies readonly Role[];
export const deciderRoles = [
  'procurator',
  'departmentHead',
  'chiefProcurator',
] as const satisfies readonly Role[];
export const chiefOnly = ['chiefProcurator'] as const satisfies readonly Role[];

type StepSpec = Omit<StepMeta, 'titleKey' | 'checklist'> & { checklist?: readonly string[] };

/** Builds a state's meta with its conventional i18n keys. */
export function defineStep(kind: WorkflowKind, state: string, spec: StepSpec): StepMeta {
  return {
    ...spec,
    titleKey: `workflow.${kind}.${state}.title`,
    checklist: (spec.checklist ?? []).map((item) => `workflow.${kind}.${state}.checklist.${item}`),
  };
}

type EventSpec = Omit<EventDef, 'titleKey'>;

/** Builds the event table of a workflow with its conventional i18n keys. */
export function defineEvents<T extends string>(
  kind: WorkflowKind,
  specs: Readonly<Partial<Record<T, EventSpec>>>,
): Readonly<Partial<Record<T, EventDef>>> {
  const entries = Object.entries<EventSpec | undefined>(specs).flatMap(([type, spec]) =>
    spec ? [[type, { ...spec, titleKey: `workflow.${kind}.event.${type}` }] as const] : [],
  );
  // fromEntries loses the key type; the keys are exactly those of `specs`.
  return Object.fromEntries(entries) as Partial<Record<T, EventDef>>;
}
