/**
 * Users and approval requests as devices push them (entities 'user' and 'approval'), and an
 * enrolled device that numbers its own changes, for the server's approval tests.
 */
import type { Role } from '../../../../src-shared/domain/codes';
import type { ApprovalData, PersonRef } from '../../../../src-shared/sync/approvals';
import type { ChangeOp, SyncEntity } from '../../../../src-shared/sync/change';
import type { PushResult } from '../../../../src-shared/sync/push';
import type { UserData } from '../../../../src-shared/sync/users';
import { change, nextId } from './changes';
import type { TestEnv } from './testEnv';

export const ASKED_AT = '2026-12-01T09:00:00+08:00';
export const ANSWERED_AT = '2026-12-01T10:00:00+08:00';

/** A user as the administrator's workstation sends them. */
export function userData(name: string, role: Role, over: Partial<UserData> = {}): UserData {
  return { name, role, isAdmin: false, active: true, createdAt: ASKED_AT, ...over };
}

/** A pending request of `requester` for a chief procurator's decision. */
export function requestData(requester: PersonRef, over: Partial<ApprovalData> = {}): ApprovalData {
  return {
    caseId: 'case-approval-1',
    caseTitle: '赵某追索劳动报酬申请国家司法救助案',
    workflowId: 'wf-approval-1',
    workflowKind: 'judicialAssistance',
    event: 'decide',
    dataDigest: 'ab'.repeat(32),
    summary: { amount: 25922 },
    requiredRoles: ['chiefProcurator'],
    reason: '请检察长审批本案救助决定。',
    requestedBy: requester,
    requestedAt: ASKED_AT,
    status: 'pending',
    answeredBy: null,
    answeredAt: null,
    note: null,
    usedAt: null,
    ...over,
  };
}

/** The patch of an answer, as the approver's workstation sends it. */
export function answerPatch(by: PersonRef, isApproved: boolean): Partial<ApprovalData> {
  return {
    status: isApproved ? 'approved' : 'rejected',
    answeredBy: by,
    answeredAt: ANSWERED_AT,
    note: isApproved ? null : '材料不全，不同意。',
  };
}

type Edit = { entity: SyncEntity; entityId: string; op: ChangeOp; baseRev: number; patch: unknown };

/** An enrolled device that numbers its changes itself, as a workstation's outbox does. */
export type PushingDevice = {
  token: string;
  push: (edits: readonly Edit[]) => Promise<PushResult[]>;
};

export async function pushingDevice(env: TestEnv, unitCode: string): Promise<PushingDevice> {
  const { token } = await env.enroll(unitCode);
  let seq = 0;
  return {
    token,
    push: async (edits) => {
      const changes = edits.map((e) => {
        seq += 1;
        return change({ ...e, patch: e.patch as Record<string, unknown>, deviceSeq: seq });
      });
      return (await env.push(token, changes)).results;
    },
  };
}

export const create = (entity: SyncEntity, entityId: string, patch: object): Edit => ({
  entity,
  entityId,
  op: 'create',
  baseRev: 0,
  patch,
});

export const update = (
  entity: SyncEntity,
  entityId: string,
  baseRev: number,
  patch: object,
): Edit => ({ entity, entityId, op: 'update', baseRev, patch });

/** A person with a fresh id, as a request names them. */
export function person(name: string, role: Role): PersonRef {
  return { id: nextId(), name, role };
}
