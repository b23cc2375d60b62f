/** `POST /devices/enroll`: a one-time enrollment code in, a device id and bearer token out. */
import { z } from 'zod';
import { codeValues } from '../domain/codes';

/** Province → city → county procuratorates. */
export const UnitLevel = {
  /** 省级院: reads statistics of the whole province. */
  province: 'province',
  /** 市级院: reads statistics of its counties. */
  city: 'city',
  /** 基层院 (county/district): handles cases; sees only its own. */
  county: 'county',
} as const;
export type UnitLevel = (typeof UnitLevel)[keyof typeof UnitLevel];

/** A 6-digit administrative division code, e.g. 340102. */
export const unitCodeSchema = z.string().regex(/^\d{6}$/, { error: 'a unit code has 6 digits' });

export const unitSchema = z.object({
  code: unitCodeSchema,
  name: z.string(),
  level: z.enum(codeValues(UnitLevel)),
});
export type Unit = z.infer<typeof unitSchema>;

export const enrollRequestSchema = z.strictObject({
  /** As printed by the admin command; case, spaces and dashes do not matter. */
  code: z.string().min(1).max(40),
  /** A label for the administrator's device list, e.g. the workstation name. */
  deviceName: z.string().trim().min(1).max(100).optional(),
});
export type EnrollRequest = z.infer<typeof enrollRequestSchema>;

export const enrollResponseSchema = z.object({
  deviceId: z.uuid(),
  /** Bearer token for every later request. The server keeps only its SHA-256. */
  token: z.string(),
  unit: unitSchema,
  protocolVersion: z.number().int().positive(),
});
export type EnrollResponse = z.infer<typeof enrollResponseSchema>;
