/**
 * Limits that run on a case rather than on the step a workflow stands in (DOMAIN §9): they keep
 * running after the workflow that recorded their start has ended, or they start from the case
 * card itself. Paths read `{ case, workflow }`: the case card and, for a rule with `kind`, the
 * context of each workflow of that kind on the case (finished ones included).
 */
import type { DataCondition, TimeLimitRef } from './stepMeta';
import type { WorkflowKind } from './workflowKind';

export type CaseReminderRule = TimeLimitRef & {
  /** The workflow whose context holds the start date; absent: the case card alone. */
  kind?: WorkflowKind;
  /** The reminder stops once any of these holds (e.g. the case is concluded). */
  endsWhen?: readonly DataCondition[];
};

const concluded: readonly DataCondition[] = [
  { field: 'case.status', equals: 'concluded' },
  { field: 'case.status', equals: 'terminated' },
];

export const CASE_REMINDER_RULES: readonly CaseReminderRule[] = [
  {
    // 复查: the applicant may ask the upper procuratorate within 1 year of a 不支持监督申请
    // decision (民事规则 Art. 126, civil only): until then the decision may still be reviewed.
    kind: 'reasoning',
    limitId: 'reexamination.application',
    from: 'workflow.trigger.decidedOn',
    when: { field: 'workflow.trigger.kind', equals: 'notSupportSupervision' },
    endsWhen: [{ field: 'case.caseType', equals: 'administrative' }],
  },
  {
    // 群众信访件件有回复 [S]: a complaint or report (控告、举报) gets a procedural reply within
    // 7 working days. [U] The acceptance date stands for that reply: it is what the card records.
    limitId: 'petition.proceduralReply',
    from: 'case.receivedAt',
    when: { field: 'case.source', equals: 'complaint' },
    unlessRecorded: 'case.acceptedAt',
  },
  {
    // … and an answer on the outcome or its progress within 3 months, until the case ends.
    limitId: 'petition.substantiveReply',
    from: 'case.receivedAt',
    when: { field: 'case.source', equals: 'complaint' },
    endsWhen: concluded,
  },
];
