/**
 * The audit push running beside the pull. A first download appends one audit entry per pulled
 * record, and sending them only after the last page made the server's checking and storing of
 * every batch (≈ 40% of a 2,000-case download) wait for the whole pull. So each stored page kicks
 * pushAudit (pushAudit.ts, unchanged: same batches, same position moved only after the server's
 * answer), which sends what is there while the next page is stored.
 *
 * The chaser never decides the run's outcome: its first failure stops it quietly, and the run's
 * own pushAudit at the end (after `settle`) meets the same state again and reports it, as it did
 * before: a refused chain is flagged on the server, so that push learns it from `GET /sync/audit`;
 * a lost answer is resent from what the server holds. Only one push is ever in flight, and
 * `settle` is awaited on every path out of the run, so the final push never races the chaser.
 */
import { pushAudit, type PushAuditContext } from './pushAudit';

export type AuditChaser = {
  /** New entries were committed: push them unless a push is already under way. */
  kick: () => void;
  /** Stops kicking and waits for the push under way; never rejects. */
  settle: () => Promise<void>;
};

export function auditChaser(ctx: PushAuditContext): AuditChaser {
  // Quiet: the indicator shows the pull; the run's own audit push reports its phase.
  const quiet: PushAuditContext = { ...ctx, report: () => undefined };
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;

  const isWanted = () => again && !stopped;
  const run = async (): Promise<void> => {
    try {
      for (;;) {
        again = false;
        await pushAudit(quiet);
        // A kick that came while the last read found nothing more: look once again.
        if (!isWanted()) break;
      }
    } catch {
      // Left for the run's final pushAudit to meet and report (see the file comment).
      stopped = true;
    } finally {
      running = null;
    }
  };

  return {
    kick() {
      if (stopped) return;
      if (running) again = true;
      else running = run();
    },
    async settle() {
      stopped = true;
      await running;
    },
  };
}
