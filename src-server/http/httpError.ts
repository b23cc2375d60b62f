/** An error that becomes a `{ code, message }` response with its HTTP status. */
import type { SyncErrorCode } from '../../src-shared/sync/errors';

export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: SyncErrorCode,
    message: string,
    /** Extra response headers, e.g. the blob's current upload offset on a 409. */
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}
