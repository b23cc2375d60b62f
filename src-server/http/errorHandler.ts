/**
 * Every failure becomes `{ code, message }` with a 4xx status the client can act on. Only a bug
 * (or a database outage) is a 5xx, and it is logged without request bodies or SQL values.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { SyncError, SyncErrorCode } from '../../src-shared/sync/errors';
import { HttpError } from './httpError';
import { RequestValidationError } from './zodSchemas';

type Mapped = { status: number; body: SyncError; headers: Readonly<Record<string, string>> };

const BY_STATUS: Readonly<Record<number, SyncErrorCode>> = {
  400: 'bad-request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
  429: 'rate-limited',
};

function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('statusCode' in error)) return undefined;
  const { statusCode } = error;
  return typeof statusCode === 'number' ? statusCode : undefined;
}

function sqlStateOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const { code } = error;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

const UNAVAILABLE_NET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE']);

export function mapError(error: unknown): Mapped {
  if (error instanceof HttpError) {
    return {
      status: error.statusCode,
      body: { code: error.code, message: error.message },
      headers: error.headers,
    };
  }
  if (error instanceof RequestValidationError) {
    return { status: 400, body: { code: 'bad-request', message: error.message }, headers: {} };
  }
  const status = statusOf(error);
  if (status !== undefined && status >= 400 && status < 500) {
    const message = error instanceof Error ? error.message : 'bad request';
    return { status, body: { code: BY_STATUS[status] ?? 'bad-request', message }, headers: {} };
  }
  const sqlState = sqlStateOf(error);
  // Class 22 (data exception) and 54001 (too deeply nested): a value in the request the database
  // refused. The transaction rolled back, so this is bad input, not a server fault.
  if (sqlState !== undefined && (sqlState.startsWith('22') || sqlState === '54001')) {
    return {
      status: 400,
      body: { code: 'bad-request', message: 'a value the database cannot store' },
      headers: {},
    };
  }
  // Class 08 (connection), 57P0x (shutdown) or a dropped socket: the database is away for now.
  const netCode =
    typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  if (
    (sqlState !== undefined && (sqlState.startsWith('08') || sqlState.startsWith('57P'))) ||
    (typeof netCode === 'string' && UNAVAILABLE_NET_CODES.has(netCode))
  ) {
    return {
      status: 503,
      body: { code: 'unavailable', message: 'database unavailable' },
      headers: {},
    };
  }
  return { status: 500, body: { code: 'internal', message: 'internal server error' }, headers: {} };
}

export function handleError(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  const mapped = mapError(error);
  if (mapped.status >= 500) {
    // Name, code and stack only: driver errors carry `detail`/`where` text that may quote values.
    request.log.error(
      { err: { type: error.name, code: error.code, message: error.message, stack: error.stack } },
      'request failed',
    );
  } else {
    request.log.info({ code: mapped.body.code, status: mapped.status }, 'request refused');
  }
  void reply.code(mapped.status).headers(mapped.headers).send(mapped.body);
}

export function handleNotFound(request: FastifyRequest, reply: FastifyReply): void {
  void reply.code(404).send({
    code: 'not-found',
    message: `no route ${request.method} ${request.url.split('?')[0] ?? ''}`,
  } satisfies SyncError);
}
