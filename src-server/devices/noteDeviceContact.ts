/**
 * The hook of `POST /sync/push` and `GET /sync/pull` that keeps each device's upload state: after
 * the token and the body passed, the contact time and the outbox report go onto the device row.
 * A malformed report is refused (400) before anything of the request is done.
 */
import type { FastifyRequest } from 'fastify';
import { OUTBOX_REPORT_HEADER, parseOutboxReportHeader } from '../../src-shared/sync/outboxReport';
import { HttpError } from '../http/httpError';
import type { ServerContext } from '../serverContext';
import { recordDeviceContact } from './uploadState';

export function noteDeviceContact(ctx: ServerContext): (request: FastifyRequest) => Promise<void> {
  return async (request) => {
    const parsed = parseOutboxReportHeader(request.headers[OUTBOX_REPORT_HEADER]);
    if (!parsed.ok) throw new HttpError(400, 'bad-request', parsed.problem);
    await recordDeviceContact(ctx.db, ctx.auth.deviceOf(request).id, parsed.report, ctx.now());
  };
}
