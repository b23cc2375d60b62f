/** A run that could not finish, with the code the status reports and what the engine does next. */
import type { SyncStatusCode } from './status';

export class SyncFailure extends Error {
  override readonly name = 'SyncFailure';
  constructor(
    readonly code: SyncStatusCode,
    message: string,
    /** The HTTP status, when a server answered. */
    readonly httpStatus: number | null = null,
  ) {
    super(message);
  }
}

/**
 * Failures retrying cannot fix: a person must act (enrol again, update the app, talk to the
 * administrator), so the timer stops instead of knocking on the server every few minutes.
 */
const NEEDS_A_PERSON: ReadonlySet<SyncStatusCode> = new Set<SyncStatusCode>([
  'token-revoked',
  'unauthorized',
  'protocol-too-old',
  'forbidden',
  // Only enrolling again, with an https address, changes the stored one.
  'insecure-server-url',
]);

export function needsPerson(code: SyncStatusCode): boolean {
  return NEEDS_A_PERSON.has(code);
}

/**
 * A push refused as a whole for what one of its changes holds: split the batch to find that
 * change, and keep it aside (refused) so the others go through.
 */
export function isBatchRefusal(failure: SyncFailure): boolean {
  return failure.code === 'bad-request' || failure.code === 'payload-too-large';
}

/** Anything else that stops a run came from this device (the HTTP layer wraps network errors). */
export function toSyncFailure(error: unknown): SyncFailure {
  if (error instanceof SyncFailure) return error;
  return new SyncFailure('local-error', error instanceof Error ? error.name : 'unknown');
}
