/**
 * The console's HTTP API under `/console/api`: what a signed-in person (never a device) sends and
 * gets. The server validates every body with these schemas; the console app parses every answer.
 */
import { z } from 'zod';
import { codeValues } from '../domain/codes';
import { unitCodeSchema, unitSchema } from '../sync/enroll';

export const CONSOLE_API_PREFIX = '/console/api';
/** The synchronizer token the console sends on every non-GET request. */
export const CSRF_HEADER = 'x-csrf-token';

export const ConsoleRole = {
  /** 省院管理员: the whole province, may manage accounts. */
  provinceAdmin: 'province-admin',
  /** 市院管理员: its city and counties, may manage accounts there. */
  cityAdmin: 'city-admin',
  /** 基层院管理员: its own unit only. */
  countyAdmin: 'county-admin',
  /** 只读: sees its subtree, changes nothing. */
  viewer: 'viewer',
} as const;
export type ConsoleRole = (typeof ConsoleRole)[keyof typeof ConsoleRole];
export const consoleRoleSchema = z.enum(codeValues(ConsoleRole));

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{3,40}$/, { error: 'a username has 3–40 of a–z, 0–9, . _ -' });

export const signInRequestSchema = z.strictObject({
  username: z.string().min(1).max(40),
  password: z.string().min(1).max(200),
  totp: z.string().regex(/^\d{6}$/, { error: 'the code has 6 digits' }),
});
export type SignInRequest = z.infer<typeof signInRequestSchema>;

export const consoleAccountSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  role: consoleRoleSchema,
  unit: unitSchema,
});
export type ConsoleAccount = z.infer<typeof consoleAccountSchema>;

/** The answer to sign-in and to `GET /me`: who is signed in and the CSRF token of the session. */
export const sessionResponseSchema = z.object({
  account: consoleAccountSchema,
  csrfToken: z.string(),
  /** When the session ends if the person stays active (absolute limit). */
  expiresAt: z.iso.datetime(),
});
export type SessionResponse = z.infer<typeof sessionResponseSchema>;

export const ConsoleErrorCode = {
  /** Wrong username, password or code, or a disabled account: one answer for all of them. */
  signInFailed: 'sign-in-failed',
  /** Too many failures: `lockedUntil` says until when. */
  accountLocked: 'account-locked',
  /** No session, or it expired (idle 30 min, at most 12 h). */
  unauthenticated: 'unauthenticated',
  /** The CSRF token is missing or wrong. */
  csrfInvalid: 'csrf-invalid',
  /** The role does not allow it, or the unit is outside the account's subtree. */
  forbidden: 'forbidden',
  notFound: 'not-found',
  badRequest: 'bad-request',
  conflict: 'conflict',
  rateLimited: 'rate-limited',
} as const;
export type ConsoleErrorCode = (typeof ConsoleErrorCode)[keyof typeof ConsoleErrorCode];

export const consoleErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  lockedUntil: z.iso.datetime().optional(),
});
export type ConsoleError = z.infer<typeof consoleErrorSchema>;

export const unitTreeNodeSchema = unitSchema.extend({ parentCode: unitCodeSchema.nullable() });
export type UnitTreeNode = z.infer<typeof unitTreeNodeSchema>;
export const unitTreeResponseSchema = z.object({ units: z.array(unitTreeNodeSchema) });

export const consoleDeviceSchema = z.object({
  id: z.uuid(),
  unitCode: unitCodeSchema,
  name: z.string().nullable(),
  enrolledAt: z.string(),
  lastContactAt: z.string().nullable(),
  lastSeq: z.number().int(),
  revokedAt: z.string().nullable(),
});
export type ConsoleDevice = z.infer<typeof consoleDeviceSchema>;
export const deviceListResponseSchema = z.object({ devices: z.array(consoleDeviceSchema) });

export const issueCodeRequestSchema = z.strictObject({
  unitCode: unitCodeSchema,
  hours: z.number().int().min(1).max(720).optional(),
});
export const issueCodeResponseSchema = z.object({
  code: z.string(),
  unitCode: unitCodeSchema,
  expiresAt: z.string(),
});
export type IssuedCodeResponse = z.infer<typeof issueCodeResponseSchema>;

export const createAccountRequestSchema = z.strictObject({
  username: usernameSchema,
  role: consoleRoleSchema,
  unitCode: unitCodeSchema,
});
/** Shown once: the initial password and the authenticator enrolment. */
export const accountSecretsResponseSchema = z.object({
  username: z.string(),
  password: z.string().optional(),
  otpauthUri: z.string(),
  totpSecret: z.string(),
});
export type AccountSecretsResponse = z.infer<typeof accountSecretsResponseSchema>;

export const accountListResponseSchema = z.object({
  accounts: z.array(
    consoleAccountSchema.omit({ unit: true }).extend({
      unitCode: unitCodeSchema,
      disabled: z.boolean(),
      lockedUntil: z.string().nullable(),
    }),
  ),
});
