/** `GET /health`: is the server up, which protocol it speaks (no authentication, no data). */
import { z } from 'zod';

export const healthResponseSchema = z.object({
  status: z.literal('ok'),
  protocolVersion: z.number().int().positive(),
  minProtocolVersion: z.number().int().positive(),
  serverTime: z.iso.datetime({ offset: true }),
});
export type HealthResponse = z.infer<typeof healthResponseSchema>;
