/**
 * Authorization headers this process has recently seen belong to an active device, remembered by
 * hash. The rate limiter keys such requests by device and everything else (no token, a junk or
 * revoked one) by client address, so varying a made-up bearer per request buys nothing.
 */
import { sha256Hex } from './secrets';

const MAX_REMEMBERED = 20_000;

export type KnownTokens = {
  /** The header's hash when it belongs to a device authenticated before, else null. */
  knownKey: (authorization: string | undefined) => string | null;
  remember: (authorization: string) => void;
  forget: (authorization: string) => void;
};

export function createKnownTokens(maxRemembered = MAX_REMEMBERED): KnownTokens {
  // Insertion order doubles as age: when full, the oldest entry goes (a device seen again is
  // re-inserted at the young end).
  const known = new Map<string, true>();
  return {
    knownKey: (authorization) => {
      if (authorization === undefined) return null;
      const key = sha256Hex(authorization);
      return known.has(key) ? key : null;
    },
    remember: (authorization) => {
      const key = sha256Hex(authorization);
      known.delete(key);
      known.set(key, true);
      if (known.size > maxRemembered) {
        const oldest = known.keys().next().value;
        if (oldest !== undefined) known.delete(oldest);
      }
    },
    forget: (authorization) => {
      known.delete(sha256Hex(authorization));
    },
  };
}
