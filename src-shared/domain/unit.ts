/**
 * The procuratorate (院) a device belongs to, set on first run. Its 6-digit code is the
 * administrative-division code of the area it serves (e.g. 340102 合肥市瑶海区) and prefixes
 * every provisional case number made on the device.
 */
import { z } from 'zod';
import { missingOr, requiredText } from './textFields';

/** Exactly six ASCII digits. */
export const UNIT_CODE_PATTERN = /^\d{6}$/;

export const unitSchema = z.object({
  /** Full name, e.g. 合肥市瑶海区人民检察院. */
  name: requiredText(60),
  code: z
    .string({ error: missingOr('validation.unitCode') })
    .trim()
    .regex(UNIT_CODE_PATTERN, { error: 'validation.unitCode' }),
});
export type UnitInput = z.input<typeof unitSchema>;
export type Unit = z.output<typeof unitSchema>;
