/** Step metadata of public hearings (DOMAIN.md §6.4). */
import { z } from 'zod';
import { Instrument } from '../legal/instruments';
import {
  chiefOnly,
  deciderRoles,
  defineStep,
  handlerRoles,
  type LegalBasis,
  type StepMeta,
} from '../stepMeta';
import { hearingSchemas as s } from './hearingSchemas';

export const hearingStates = [
  'proposed',
  'preparing',
  'noticed',
  'inSession',
  'records',
  'decision',
  'concluded',
  'refused',
] as const;
export type HearingState = (typeof hearingStates)[number];

const rules = (article: string): LegalBasis => ({
  instrument: Instrument.hearingRules,
  article,
  confidence: 'S',
});
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
const step = (state: HearingState, spec: Parameters<typeof defineStep>[2]) =>
  defineStep('publicHearing', state, spec);

export const hearingSteps: Readonly<Record<HearingState, StepMeta>> = {
  proposed: step('proposed', {
    requiredFields: s.approveHearing,
    checklist: ['seriousDispute', 'openness', 'reasonsIfRefused'],
    legalBasis: [rules('第4条'), rules('第5条')],
    documents: [],
    allowedRoles: chiefOnly,
  }),
  preparing: step('preparing', {
    requiredFields: s.sendNotice,
    checklist: [
      'hearingPlan',
      'officersFromPool',
      'conflictDeclarations',
      'peoplesSupervisor',
      'publicNotice',
      'briefOfficers',
    ],
    legalBasis: [
      rules('第10条'),
      civil('第56条'),
      admin('第69条'),
      admin('第70条'),
      { instrument: Instrument.hearingPoolOpinion, article: '全文', confidence: 'S' },
    ],
    // Counted backwards from the planned hearing date: the latest day the notice may go out.
    timeLimit: { limitId: 'hearing.notice', from: 'approval.plannedHearingDate' },
    documents: ['hearing.notice'],
    allowedRoles: handlerRoles,
  }),
  noticed: step('noticed', {
    requiredFields: s.openHearing,
    checklist: ['attendance', 'discipline', 'venue'],
    legalBasis: [rules('第11条'), admin('第71条')],
    documents: [],
    allowedRoles: handlerRoles,
  }),
  inSession: step('inSession', {
    requiredFields: s.closeHearing,
    checklist: ['sevenSteps', 'eachOpinion', 'avRecording', 'administrativeAgenda'],
    legalBasis: [rules('第12条'), rules('第15条'), admin('第72条'), admin('第74条')],
    documents: [],
    allowedRoles: ['procurator', 'assistant', 'clerk'],
  }),
  records: step('records', {
    requiredFields: s.completeRecords,
    checklist: ['transcriptChecked', 'signaturesOrRefusals', 'deliberationSigned'],
    legalBasis: [civil('第61条'), admin('第75条')],
    documents: ['hearing.transcript', 'hearing.deliberation'],
    allowedRoles: ['procurator', 'assistant', 'clerk'],
  }),
  decision: step('decision', {
    requiredFields: s.decide,
    checklist: ['importantReference', 'majorityDeviation'],
    // DOMAIN.md §6.4: the articles after Art. 15 are reported, not verified [U].
    legalBasis: [{ instrument: Instrument.hearingRules, article: '第16条', confidence: 'U' }],
    documents: [],
    allowedRoles: deciderRoles,
  }),
  concluded: step('concluded', {
    requiredFields: z.object({}),
    legalBasis: [],
    documents: [],
    allowedRoles: handlerRoles,
    isFinal: true,
  }),
  refused: step('refused', {
    requiredFields: z.object({}),
    legalBasis: [rules('第9条')],
    documents: [],
    allowedRoles: handlerRoles,
    suggestsFollowUp: 'reasoning',
    isFinal: true,
  }),
};
