/** One row in server_audit per write. Detail holds ids and counts only, never personal data. */
import type { Queryable } from '../db/db';

/** Who made a write. */
export const AuditActor = {
  /** An enrolled device, through the API. */
  device: 'device',
  /** An operator, through `npm run server:admin`. */
  admin: 'admin',
  /** A device enrolling with a one-time code (not yet a device when it asks). */
  enrollment: 'enrollment',
  /** A person signed in to the console (detail.accountId says who). */
  console: 'console',
} as const;
export type AuditActor = (typeof AuditActor)[keyof typeof AuditActor];

export type AuditEntry = {
  at: Date;
  actor: AuditActor;
  action: string;
  deviceId?: string | null;
  unitCode?: string | null;
  detail?: Readonly<Record<string, string | number | boolean | null>>;
};

export async function writeAudit(q: Queryable, entry: AuditEntry): Promise<void> {
  await q.query(
    `insert into server_audit (at, actor, device_id, unit_code, action, detail)
     values ($1, $2, $3, $4, $5, $6::jsonb)`,
    [
      entry.at.toISOString(),
      entry.actor,
      entry.deviceId ?? null,
      entry.unitCode ?? null,
      entry.action,
      JSON.stringify(entry.detail ?? {}),
    ],
  );
}
