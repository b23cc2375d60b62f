/**
 * Authentication as an `onRequest` hook, so a request without a valid token is refused before its
 * body is even read. The device found for a request is kept per server instance.
 */
import type { FastifyRequest } from 'fastify';
import type { Db } from '../db/db';
import type { AuthenticatedDevice } from './authenticateDevice';
import { authenticateDevice } from './authenticateDevice';
import type { KnownTokens } from './knownTokens';
import { createKnownTokens } from './knownTokens';

export type DeviceAuth = {
  /** Route `onRequest` hook: 401 unless the bearer token belongs to an active device. */
  requireDevice: (request: FastifyRequest) => Promise<void>;
  /** The device `requireDevice` found (a programming error to call it on an open route). */
  deviceOf: (request: FastifyRequest) => AuthenticatedDevice;
  /** Tokens that authenticated before: the rate limiter keys only those by device. */
  knownTokens: Pick<KnownTokens, 'knownKey'>;
};

export function createDeviceAuth(db: Db): DeviceAuth {
  const devices = new WeakMap<FastifyRequest, AuthenticatedDevice>();
  const knownTokens = createKnownTokens();
  return {
    requireDevice: async (request) => {
      const header = request.headers.authorization;
      try {
        devices.set(request, await authenticateDevice(db, request));
      } catch (error) {
        // A revoked token drops back to the per-address limit at once.
        if (header !== undefined) knownTokens.forget(header);
        throw error;
      }
      if (header !== undefined) knownTokens.remember(header);
    },
    deviceOf: (request) => {
      const device = devices.get(request);
      if (device === undefined) throw new Error('route is missing the requireDevice hook');
      return device;
    },
    knownTokens,
  };
}
