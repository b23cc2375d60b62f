/** What every route module gets from buildServer. */
import type { DeviceAuth } from './auth/deviceAuth';
import type { Db } from './db/db';

export type ServerContext = {
  db: Db;
  auth: DeviceAuth;
  /** The server clock (tests pass a fixed one). */
  now: () => Date;
  /** Oldest client protocol accepted; health reports it. */
  minProtocolVersion: number;
  maxBlobBytes: number;
  blobChunkBytes: number;
  /** Per-route override of the enrollment rate limit (codes are guessable only by brute force). */
  enrollRateLimit: { max: number; timeWindow: number } | null;
};
