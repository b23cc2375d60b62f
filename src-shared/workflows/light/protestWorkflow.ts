/**
 * Retrial recommendation, request for protest and protest (DOMAIN.md §6.2): a light record of
 * the chosen measure and its 15-day document window. A retrial recommendation needs a
 * procuratorial-committee decision (民事规则 Art. 87; 行政规则 Art. 92).
 */
import { assign, setup } from 'xstate';
import { z } from 'zod';
import { eventGuard, machineGuards } from '../guardCheck';
import { Instrument } from '../legal/instruments';
import type { EventsFromSchemas } from '../machineEvent';
import { fail, pass } from '../refusal';
import { closureSchema, entityId, isoDate, text } from '../schemas';
import {
  deciderRoles,
  defineEvents,
  defineStep,
  handlerRoles,
  type LegalBasis,
  type StepMeta,
} from '../stepMeta';
import { defineWorkflow } from '../workflowDefinition';

/** The supervision measure chosen. */
export const ProtestMeasure = {
  /** 再审检察建议 to the same-level court (committee decision). */
  retrialRecommendation: 'retrialRecommendation',
  /** 提请抗诉: ask the upper procuratorate to protest. */
  requestProtest: 'requestProtest',
  /** 抗诉 (by a procuratorate above the court that decided). */
  protest: 'protest',
} as const;

const schemas = {
  decideMeasure: z.object({
    decidedOn: isoDate,
    measure: z.enum(Object.values(ProtestMeasure)),
    committeeMeetingOn: isoDate.optional(),
  }),
  decideNoProtest: closureSchema,
  issueDocument: z.object({
    issuedOn: isoDate,
    partiesNotifiedOn: isoDate,
    /** Administrative retrial recommendations are filed upward within 5 days (行政规则 Art. 92). */
    filedUpwardOn: isoDate.optional(),
  }),
  /** The upward filing when it was not recorded with the document (行政规则 Art. 92). */
  recordUpwardFiling: z.object({ filedUpwardOn: isoDate }),
  recordCourtResponse: z.object({
    respondedOn: isoDate,
    response: z.enum(['retrialOrdered', 'recommendationAdopted', 'rejected', 'other']),
    note: text(2000).optional(),
  }),
} as const;

type Event = EventsFromSchemas<typeof schemas>;
type Data<K extends keyof typeof schemas> = z.infer<(typeof schemas)[K]>;
type Context = {
  caseId: string;
  procedure: 'civil' | 'administrative';
  decision?: Data<'decideMeasure'>;
  notProtested?: Data<'decideNoProtest'>;
  document?: Data<'issueDocument'>;
  courtResponse?: Data<'recordCourtResponse'>;
};

const guards = {
  committeeIfRetrial: eventGuard<Context, Event, 'decideMeasure'>('decideMeasure', (_c, event) =>
    event.data.measure === 'retrialRecommendation' && !event.data.committeeMeetingOn
      ? fail('workflow.refusal.committeeDecisionRequired')
      : pass,
  ),
};

const civil = (article: string): LegalBasis => ({
  instrument: Instrument.civilRules,
  article,
  confidence: 'V',
});
const admin = (article: string): LegalBasis => ({
  instrument: Instrument.adminRules,
  article,
  confidence: 'V',
});
type State = 'deciding' | 'drafting' | 'issued' | 'concluded' | 'notProtested';
const step = (state: State, spec: Parameters<typeof defineStep>[2]) =>
  defineStep('protest', state, spec);
const none = z.object({});
const byMeasure = (measure: keyof typeof ProtestMeasure) => ({
  field: 'decision.measure',
  equals: measure,
});
const steps = {
  deciding: step('deciding', {
    requiredFields: schemas.decideMeasure,
    checklist: ['grounds', 'sameLevelOrUpper', 'committee'],
    legalBasis: [
      civil('第81条'),
      civil('第82条'),
      civil('第83条'),
      civil('第87条'),
      admin('第89条'),
      admin('第90条'),
      admin('第92条'),
      { instrument: Instrument.cpl, article: '第219条', confidence: 'V' },
    ],
    documents: [],
    allowedRoles: deciderRoles,
  }),
  drafting: step('drafting', {
    requiredFields: schemas.issueDocument,
    checklist: ['withFile', 'notifyParties', 'fileUpwardAdmin'],
    legalBasis: [civil('第87条'), civil('第88条'), admin('第92条')],
    timeLimit: { limitId: 'decisionDocument', from: 'decision.decidedOn' },
    documents: [],
    conditionalDocuments: [
      { documentId: 'protest.retrialRecommendation', when: byMeasure('retrialRecommendation') },
      { documentId: 'protest.requestReport', when: byMeasure('requestProtest') },
      { documentId: 'protest.protest', when: byMeasure('protest') },
    ],
    allowedRoles: handlerRoles,
  }),
  issued: step('issued', {
    requiredFields: schemas.recordCourtResponse,
    checklist: ['attendRetrial'],
    timeLimit: [
      // The court rules on retrial within 30 days of receiving a protest (CPL Art. 222).
      {
        limitId: 'court.retrialRulingAfterProtest',
        from: 'document.issuedOn',
        when: { field: 'decision.measure', equals: 'protest' },
      },
      // An administrative retrial recommendation goes to the upper procuratorate within 5 days
      // (行政规则 Art. 92) until its filing date is recorded.
      {
        limitId: 'retrialRecommendation.fileUpward',
        from: 'document.issuedOn',
        when: [
          { field: 'procedure', equals: 'administrative' },
          { field: 'decision.measure', equals: 'retrialRecommendation' },
        ],
        unlessRecorded: 'document.filedUpwardOn',
      },
    ],
    legalBasis: [
      { instrument: Instrument.cpl, article: '第222条', confidence: 'V' },
      civil('第94条'),
    ],
    documents: [],
    allowedRoles: handlerRoles,
  }),
  concluded: step('concluded', {
    requiredFields: none,
    legalBasis: [],
    documents: [],
    allowedRoles: handlerRoles,
    isFinal: true,
  }),
  notProtested: step('notProtested', {
    requiredFields: none,
    legalBasis: [],
    documents: [],
    allowedRoles: handlerRoles,
    suggestsFollowUp: 'reasoning',
    isFinal: true,
  }),
} satisfies Record<State, StepMeta>;

const machine = setup({
  types: {
    context: {} as Context,
    events: {} as Event,
    input: {} as { caseId: string; procedure: 'civil' | 'administrative' },
    meta: {} as StepMeta,
  },
  guards: machineGuards(guards),
}).createMachine({
  id: 'protest',
  context: ({ input }) => ({ caseId: input.caseId, procedure: input.procedure }),
  initial: 'deciding',
  states: {
    deciding: {
      meta: steps.deciding,
      on: {
        decideMeasure: {
          target: 'drafting',
          guard: 'committeeIfRetrial',
          actions: assign({ decision: ({ event }) => event.data }),
        },
        decideNoProtest: {
          target: 'notProtested',
          actions: assign({ notProtested: ({ event }) => event.data }),
        },
      },
    },
    drafting: {
      meta: steps.drafting,
      on: {
        issueDocument: {
          target: 'issued',
          actions: assign({ document: ({ event }) => event.data }),
        },
      },
    },
    issued: {
      meta: steps.issued,
      on: {
        recordUpwardFiling: {
          actions: assign({
            document: ({ context, event }) =>
              context.document && { ...context.document, ...event.data },
          }),
        },
        recordCourtResponse: {
          target: 'concluded',
          actions: assign({ courtResponse: ({ event }) => event.data }),
        },
      },
    },
    concluded: { type: 'final', meta: steps.concluded },
    notProtested: { type: 'final', meta: steps.notProtested },
  },
});

export const protestWorkflow = defineWorkflow<Context, Event>({
  kind: 'protest',
  version: 1,
  machine,
  caseTypes: ['civilJudgment', 'administrative'],
  inputSchema: z.object({ caseId: entityId, procedure: z.enum(['civil', 'administrative']) }),
  states: steps,
  events: defineEvents('protest', {
    decideMeasure: { schema: schemas.decideMeasure },
    decideNoProtest: { schema: schemas.decideNoProtest },
    issueDocument: { schema: schemas.issueDocument },
    recordUpwardFiling: { schema: schemas.recordUpwardFiling },
    recordCourtResponse: { schema: schemas.recordCourtResponse },
  }),
  guards,
});
