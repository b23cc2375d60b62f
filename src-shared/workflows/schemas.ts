/** zod building blocks shared by the workflow step schemas. */
import { z } from 'zod';
import { Role, codeValues } from '../domain/codes';

/** A legal date (YYYY-MM-DD): rule periods count in days, not instants. */
export const isoDate = z.iso.date();
/** An instant with its offset, e.g. 2025-03-10T09:00:00+08:00 (when a step was taken). */
export const isoDateTime = z.iso.datetime({ offset: true });

export const text = (max: number) => z.string().trim().min(1).max(max);
export const shortText = text(200);
export const longText = text(5000);
/** A client-made id passed in with the event (the engine makes none). */
export const entityId = z.string().trim().min(1).max(64);

/** Yuan with fen precision; 1e9 rejects absurd figures rather than storing them. */
export const yuan = z.number().nonnegative().max(1_000_000_000);
export const positiveYuan = z.number().positive().max(1_000_000_000);

export const roleSchema = z.enum(codeValues(Role));

/** A recorded approval: who (by role and name), when, and why. */
export const approvalSchema = z.object({
  approverRole: roleSchema,
  approverName: text(50),
  approvedOn: isoDate,
  reason: text(1000),
});
export type Approval = z.infer<typeof approvalSchema>;

/** A reason for leaving a workflow early (decline, abandon, withdraw). */
export const closureSchema = z.object({ notedOn: isoDate, reason: text(1000) });

/** Values of an as-const object as a `z.enum` tuple. */
export const enumOf = <T extends Record<string, string>>(list: T) => z.enum(codeValues(list));
