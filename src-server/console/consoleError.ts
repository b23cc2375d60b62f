/** Console errors: `{ code, message }` like the sync API, with the console's own codes. */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { ConsoleError, ConsoleErrorCode } from '../../src-shared/console/consoleApi';
import { AdminError } from '../admin/adminCommands';
import { mapError } from '../http/errorHandler';

export class ConsoleHttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ConsoleErrorCode,
    message: string,
    readonly lockedUntil?: string,
  ) {
    super(message);
    this.name = 'ConsoleHttpError';
  }
}

/** The console scope's error handler; anything not its own is answered as the API answers it. */
export function handleConsoleError(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  if (error instanceof ConsoleHttpError) {
    request.log.info({ code: error.code, status: error.statusCode }, 'console request refused');
    const body: ConsoleError = {
      code: error.code,
      message: error.message,
      ...(error.lockedUntil === undefined ? {} : { lockedUntil: error.lockedUntil }),
    };
    void reply.code(error.statusCode).send(body);
    return;
  }
  // The admin functions' refusals (duplicate username, wrong level) are the caller's input.
  if (error instanceof AdminError) {
    void reply.code(400).send({ code: 'bad-request', message: error.message });
    return;
  }
  const mapped = mapError(error);
  if (mapped.status >= 500)
    request.log.error({ err: { type: error.name, code: error.code } }, 'console request failed');
  void reply.code(mapped.status).headers(mapped.headers).send(mapped.body);
}
