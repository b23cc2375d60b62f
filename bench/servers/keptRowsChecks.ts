/**
 * The checks the rules require of every pushed change, for the kept-rows server's "checked" mode
 * (BENCH_CHECKED=1): the closest design to the app's push that still keeps its rules. The body is
 * validated with the protocol's own zod schema, each change's content is checked as the app
 * checks a new record (src-shared/sync/contentCheck.ts: size, markup, the case card's schema), and
 * its content is hashed (SHA-256 of its canonical JSON) for the idempotency check of a resend.
 *
 * Left out, so this stays a lower bound: the token lookup, the unit lock, reading the push's
 * state (earlier answers, stored records), the record rules and the conflict decisions.
 */
import { createHash } from 'node:crypto';
import { pushRequestSchema, type PushChange } from '../../src-shared/sync/push';
import { checkChangeContent } from '../../src-shared/sync/contentCheck';
import { changeContentJson } from '../../src-shared/sync/sequenceRefusal';

/** The push's changes, each checked and hashed; throws on any the app would refuse. */
export function checkedChanges(body: unknown): { changes: PushChange[]; hashes: string[] } {
  const parsed = pushRequestSchema.safeParse(body);
  if (!parsed.success) throw new Error(`push body refused: ${parsed.error.message}`);
  const { changes } = parsed.data;
  const hashes = changes.map((change) => {
    const problem = checkChangeContent(change, null);
    if (problem) throw new Error(`change refused: ${problem.code}`);
    return createHash('sha256').update(changeContentJson(change)).digest('hex');
  });
  return { changes, hashes };
}
