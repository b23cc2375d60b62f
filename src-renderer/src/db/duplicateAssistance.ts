/**
 * The duplicate-assistance check (issue 3 §3): has the same person already been helped, or is a
 * request under way, for the same source case? "Same person" is the same identity number on an
 * applicant, victim or close-relative party; "same source case" is the workflow's source-case
 * number, else the case's first court case number. The match itself is a pure function; the
 * query below feeds it from local cases only (the provincial server sees the whole province).
 */
import type { CaseRecord } from '../../../src-shared/domain/caseCard';
import type { CaseId } from '../../../src-shared/domain/ids';
import type { PartyRole } from '../../../src-shared/domain/codes';
import type { JianhuDb } from './database';
import { valueAtPath } from './workflowDue';
import { asWorkflowRecord } from './workflowResult';
import type { WorkflowRecord } from './workflowRows';

/** One judicial-assistance request as the check sees it. */
export type AssistanceRequest = {
  workflowId: string;
  caseId: string;
  caseTitle: string;
  idNumbers: readonly string[];
  /** Normalised source case number; '' when unknown (never matches). */
  sourceCaseNo: string;
  state: string;
  /** Refused requests gave no assistance: they are no duplicate. */
  isRefused: boolean;
};

const PERSON_ROLES: readonly PartyRole[] = ['applicant', 'victim', 'closeRelative'];
/** States in which nothing was or will be granted. */
const ENDED_WITHOUT_AID = new Set(['withdrawn', 'abandoned', 'refused']);

/** Case numbers are typed with half- or full-width brackets and stray spaces. */
export function normaliseCaseNo(value: string): string {
  return value
    .replace(/\s+/g, '')
    .replace(/[（〔[]/g, '(')
    .replace(/[）〕\]]/g, ')')
    .toUpperCase();
}

export function normaliseIdNumber(value: string): string {
  return value.trim().toUpperCase();
}

/** The requests that duplicate `subject`: same source case and a shared identity number. */
export function findDuplicateAssistance(
  subject: Pick<AssistanceRequest, 'workflowId' | 'idNumbers' | 'sourceCaseNo'>,
  others: readonly AssistanceRequest[],
): AssistanceRequest[] {
  if (subject.sourceCaseNo === '' || subject.idNumbers.length === 0) return [];
  const ids = new Set(subject.idNumbers);
  return others.filter(
    (other) =>
      other.workflowId !== subject.workflowId &&
      other.sourceCaseNo === subject.sourceCaseNo &&
      !other.isRefused &&
      !ENDED_WITHOUT_AID.has(other.state) &&
      other.idNumbers.some((id) => ids.has(id)),
  );
}

function contextOf(workflow: WorkflowRecord): unknown {
  try {
    const envelope: unknown = JSON.parse(workflow.snapshot);
    return valueAtPath(envelope, 'snapshot.context');
  } catch {
    return undefined;
  }
}

/** The request a workflow on a case makes, for the check. */
export function assistanceRequestOf(
  workflow: WorkflowRecord,
  found: CaseRecord,
): AssistanceRequest {
  const context = contextOf(workflow);
  const source = valueAtPath(context, 'sourceCaseId');
  const sourceCaseNo =
    typeof source === 'string' && source.trim() !== ''
      ? source
      : (found.courtCases[0]?.number ?? '');
  return {
    workflowId: workflow.id,
    caseId: found.id,
    caseTitle: found.title,
    idNumbers: found.parties
      .filter((p) => PERSON_ROLES.includes(p.role) && p.idNumber)
      .map((p) => normaliseIdNumber(p.idNumber ?? '')),
    sourceCaseNo: normaliseCaseNo(sourceCaseNo),
    state: workflow.state,
    isRefused: valueAtPath(context, 'refusal') !== undefined,
  };
}

/** Every judicial-assistance request on this device's (not deleted) cases. */
export async function listAssistanceRequests(db: JianhuDb): Promise<AssistanceRequest[]> {
  const workflows = (
    await db.workflows.where('kind').equals('judicialAssistance').toArray()
  ).flatMap((row) => asWorkflowRecord(row) ?? []);
  const cases = await db.cases.bulkGet(workflows.map((w) => w.caseId as CaseId));
  return workflows.flatMap((workflow, i) => {
    const found = cases[i];
    return found && found.deleted === 0 ? [assistanceRequestOf(workflow, found)] : [];
  });
}

/** The duplicates of one workflow's request among this device's cases. */
export async function checkDuplicateAssistance(
  db: JianhuDb,
  workflowId: string,
): Promise<AssistanceRequest[]> {
  const all = await listAssistanceRequests(db);
  const subject = all.find((r) => r.workflowId === workflowId);
  return subject ? findDuplicateAssistance(subject, all) : [];
}
