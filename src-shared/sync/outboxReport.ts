/**
 * What a device still has to upload, sent with every push and pull in one request header, so the
 * province can tell "all uploaded" from "N pending" without asking the device. Optional: older
 * clients send nothing and stay accepted; the server then only knows when it last heard from them.
 */
import { z } from 'zod';

/** Request header of `POST /sync/push` and `GET /sync/pull`: compact JSON of `OutboxReport`. */
export const OUTBOX_REPORT_HEADER = 'x-jianhu-outbox';

/** Longest header value accepted: the JSON of the largest report is well under it. */
export const MAX_OUTBOX_REPORT_CHARS = 300;

const count = z.int().nonnegative().max(100_000_000);

export const outboxReportSchema = z
  .strictObject({
    /** Outbox rows not yet answered by the server, refused ones included. */
    changes: count,
    /** Of `changes`, those the server refused (kept on the device until a person acts). */
    refused: count,
    /** Attachments whose bytes have not reached the server yet. */
    attachments: count,
    /** Device time of the oldest change still waiting to be sent; null when none waits. */
    oldestChangeAt: z.iso.datetime({ offset: true }).nullable(),
  })
  .refine((r) => r.refused <= r.changes, { error: 'refused exceeds changes' });
export type OutboxReport = z.infer<typeof outboxReportSchema>;

export function encodeOutboxReport(report: OutboxReport): string {
  return JSON.stringify(report);
}

export type ParsedOutboxReport =
  { ok: true; report: OutboxReport | null } | { ok: false; problem: string };

/** The header as a request carries it: absent → null report; anything malformed → a problem. */
export function parseOutboxReportHeader(value: string | string[] | undefined): ParsedOutboxReport {
  if (value === undefined) return { ok: true, report: null };
  if (Array.isArray(value) || value.length > MAX_OUTBOX_REPORT_CHARS)
    return { ok: false, problem: `${OUTBOX_REPORT_HEADER} must be one short JSON object` };
  let raw: unknown;
  try {
    raw = JSON.parse(value);
  } catch {
    return { ok: false, problem: `${OUTBOX_REPORT_HEADER} is not JSON` };
  }
  const parsed = outboxReportSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') ?? '';
    return {
      ok: false,
      problem: `${OUTBOX_REPORT_HEADER}: ${where} ${issue?.message ?? ''}`.trim(),
    };
  }
  return { ok: true, report: parsed.data };
}
