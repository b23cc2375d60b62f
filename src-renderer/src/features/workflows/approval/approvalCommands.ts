/** The approval commands of the workflow panel, acting as the signed-in user. */
import type { Role } from '../../../../../src-shared/domain/codes';
import type { WorkflowEventInput } from '../../../../../src-shared/workflows';
import { currentActor } from '../../../app/actor';
import { requestApproval, withdrawApproval } from '../../../db/approvalRepository';
import { confirmApprover, type ApproverProof } from '../../../db/approverProof';
import { getDb } from '../../../db/database';
import { transitionWorkflow } from '../../../db/workflowRepository';

export function confirmApproverAtDesk(userId: string, password: string) {
  return confirmApprover(getDb(), userId, password, new Date());
}

export async function sendWorkflowEventApproved(
  workflowId: string,
  event: WorkflowEventInput,
  approver: ApproverProof,
) {
  return transitionWorkflow(getDb(), await currentActor(), workflowId, event, new Date(), {
    approver,
  });
}

export async function askForApproval(
  workflowId: string,
  event: { type: string; data: unknown },
  requiredRoles: readonly Role[],
  reason: string,
) {
  return requestApproval(
    getDb(),
    await currentActor(),
    { workflowId, event, requiredRoles, reason },
    new Date(),
  );
}

/** Takes the step with an approved request (its data is the request's own). */
export async function takeStepWithApproval(workflowId: string, type: string, requestId: string) {
  return transitionWorkflow(getDb(), await currentActor(), workflowId, { type }, new Date(), {
    approvalRequestId: requestId,
  });
}

export async function withdrawRequest(requestId: string) {
  return withdrawApproval(getDb(), await currentActor(), requestId, new Date());
}
