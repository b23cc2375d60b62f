/**
 * "Present approver" (DESIGN.md §5): a user holding the role a rule names confirms at the same
 * desk with their own password. The proof is made only here, after the password check (audited,
 * lockout applies), is good for one step within a few minutes, and is honoured only if it is one
 * this module issued: a proof object made anywhere else is refused.
 */
import type { Role } from '../../../src-shared/domain/codes';
import type { UserId } from '../../../src-shared/domain/ids';
import type { JianhuDb } from './database';
import { checkUserPassword, type PasswordCheck } from './signIn';

export type ApproverProof = {
  readonly userId: UserId;
  readonly name: string;
  readonly role: Role;
  readonly confirmedAt: number;
};

/** How long a confirmation stays good: long enough to read the form once more, no longer. */
const PROOF_LIFETIME_MS = 5 * 60_000;

const issued = new WeakSet<ApproverProof>();

export type ConfirmResult =
  { ok: true; proof: ApproverProof } | Exclude<PasswordCheck, { ok: true }>;

/** Checks the approver's password (audited as an approver confirmation) and issues a proof. */
export async function confirmApprover(
  db: JianhuDb,
  userId: string,
  password: string,
  now: Date,
): Promise<ConfirmResult> {
  const checked = await checkUserPassword(db, userId, password, 'approver', now);
  if (!checked.ok) return checked;
  // The password opened the data key; this confirmation needs only the person.
  checked.dataKey.fill(0);
  const proof: ApproverProof = Object.freeze({
    userId: checked.user.id,
    name: checked.user.name,
    role: checked.user.role,
    confirmedAt: now.getTime(),
  });
  issued.add(proof);
  return { ok: true, proof };
}

/** True when the proof was issued here, is fresh and was not used yet. */
export function isValidProof(proof: ApproverProof, now: Date): boolean {
  return issued.has(proof) && now.getTime() - proof.confirmedAt <= PROOF_LIFETIME_MS;
}

/** Uses the proof up (after the step it confirmed was stored). */
export function spendProof(proof: ApproverProof): void {
  issued.delete(proof);
}
