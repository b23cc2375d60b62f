/** The case register's writes: each one is a repository command, then the search index catches up. */
import { getDb } from '../../db/database';
import { createCase, deleteCase, restoreCase, updateCase } from '../../db/cases';
import { currentActor } from '../../app/actor';
import { draftToInput, type CaseDraft } from './caseDraft';
import { notifyCasesChanged } from './caseSearch';

export async function saveCase(caseId: string | undefined, draft: CaseDraft) {
  const actor = await currentActor();
  const input = draftToInput(draft);
  const db = getDb();
  const result = caseId
    ? await updateCase(db, actor, caseId, input, new Date())
    : await createCase(db, actor, input, new Date());
  if (result.ok) notifyCasesChanged([result.value]);
  return result;
}

export async function removeCase(caseId: string) {
  const result = await deleteCase(getDb(), await currentActor(), caseId, new Date());
  if (result.ok) notifyCasesChanged([result.value]);
  return result;
}

export async function undeleteCase(caseId: string) {
  const result = await restoreCase(getDb(), await currentActor(), caseId, new Date());
  if (result.ok) notifyCasesChanged([result.value]);
  return result;
}
