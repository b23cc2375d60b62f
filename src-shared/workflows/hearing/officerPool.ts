/**
 * The unit's hearing-officer pool (听证员库, 听证员库建设管理指导意见 [S]) and how a hearing's
 * selection is built from it. The pool is reference data of the unit, kept by an administrator;
 * a person's qualifications are checked when the pool admits them, so a hearing only asks what
 * is particular to the case (who must be recused).
 */
import { z } from 'zod';
import { entityId, isoDate, text } from '../schemas';
import { OfficerCriterion, type OfficerSelectionMethod } from './hearingLists';
import type { hearingSchemas } from './hearingSchemas';
import { drawFromPool } from './officerDraw';

export const officerPoolEntrySchema = z.object({
  id: entityId,
  name: text(100),
  /** Occupation or standing (NPC deputy, people's mediator, lawyer, academic…). */
  occupation: text(100),
  expertise: text(200).optional(),
  /** A phone number: personal data, stored only sealed with the pool. */
  contact: z
    .string()
    .trim()
    .regex(/^[0-9+\-\s]{5,20}$/, { error: 'hearingPool.validation.contact' })
    .optional(),
  isPeoplesSupervisor: z.boolean(),
  isActive: z.boolean(),
  /** When the administrator checked the qualifications and bars for admission. */
  qualificationsCheckedOn: isoDate,
});
export type OfficerPoolEntry = z.infer<typeof officerPoolEntrySchema>;

export const officerPoolSchema = z.array(officerPoolEntrySchema).max(2000);

type SelectOfficers = z.infer<(typeof hearingSchemas)['selectOfficers']>;

export type SelectionRequest = {
  method: OfficerSelectionMethod;
  selectedOn: string;
  /** Entries chosen by name (invitation). */
  chosenIds: readonly string[];
  recusedIds: readonly string[];
  /** Random draw: how many, with a seed from the device's random source. */
  drawCount?: number;
  seed?: string;
};

const allQualified = Object.fromEntries(
  Object.values(OfficerCriterion).map((id) => [id, true]),
) as Record<OfficerCriterion, boolean>;

/** A pool entry as a hearing officer: qualified at admission, no interest once not recused. */
function asOfficer(entry: OfficerPoolEntry, declaredOn: string) {
  return {
    officerId: entry.id,
    name: entry.name,
    poolEntryId: entry.id,
    isPeoplesSupervisor: entry.isPeoplesSupervisor,
    eligibility: allQualified,
    conflictDeclaration: { declaredOn, hasConflict: false, statement: '与本案无利害关系。' },
  };
}

/** The `selectOfficers` step data for a request over the active pool. */
export function buildSelection(
  pool: readonly OfficerPoolEntry[],
  request: SelectionRequest,
): SelectOfficers {
  const active = pool.filter((e) => e.isActive);
  const candidates = active.map((e) => e.id).filter((id) => !request.recusedIds.includes(id));
  const isDraw = request.method === 'randomDraw';
  const chosen =
    isDraw && request.seed !== undefined && request.drawCount !== undefined
      ? drawFromPool(request.seed, candidates, request.drawCount)
      : request.chosenIds.filter((id) => candidates.includes(id));
  const byId = new Map(active.map((e) => [e.id, e]));
  return {
    selectedOn: request.selectedOn,
    method: request.method,
    poolSize: Math.max(active.length, 1),
    recusedPoolEntryIds: [...request.recusedIds],
    ...(isDraw
      ? {
          ...(request.drawCount === undefined ? {} : { drawCount: request.drawCount }),
          ...(request.seed === undefined ? {} : { drawSeed: request.seed }),
          poolCandidateIds: candidates,
        }
      : {}),
    poolEntryIds: chosen,
    officers: chosen.flatMap((id) => {
      const entry = byId.get(id);
      return entry ? [asOfficer(entry, request.selectedOn)] : [];
    }),
  };
}
