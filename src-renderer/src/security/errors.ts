/**
 * Errors of the encrypted store. Both are thrown from the database layer; the UI translates them
 * by name (`security.error.*`), never by message.
 */

/** A sealed value was read or written while no user is signed in (the data key is not in memory). */
export class VaultLockedError extends Error {
  override readonly name = 'VaultLockedError';
  constructor(message = 'The data key is not unlocked') {
    super(message);
  }
}

/**
 * A sealed row failed its authentication tag: it was changed outside the app, moved to another
 * row, or sealed under another unit's key. The row is left as it is (never overwritten).
 */
export class SealedRowError extends Error {
  override readonly name = 'SealedRowError';
  constructor(
    readonly table: string,
    message = 'A sealed row does not authenticate',
  ) {
    super(message);
  }
}
