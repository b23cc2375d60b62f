import { currentActor } from '../../app/actor';
import { answerApproval } from '../../db/approvalRepository';
import { getDb } from '../../db/database';

/** The signed-in approver answers a request, confirming with their password. */
export async function answerRequest(
  requestId: string,
  answer: { approve: boolean; note: string; password: string },
) {
  return answerApproval(getDb(), await currentActor(), requestId, answer, new Date());
}
