/**
 * The console's per-request person: the session cookie → a live session, checked in an
 * `onRequest` hook before any body is read. Only the cookie counts: a device's bearer token is
 * never looked at here, and the device routes never look at cookies. Every non-GET request must
 * carry the session's CSRF token in a header (synchronizer token); SameSite=Strict is the
 * second line, not the only one.
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CSRF_HEADER } from '../../src-shared/console/consoleApi';
import type { Db } from '../db/db';
import { ConsoleHttpError } from './consoleError';
import { loadSession, SESSION_ABSOLUTE_MS, type LiveSession } from './consoleSessions';

export const SESSION_COOKIE = 'jianhu_console';
export const COOKIE_PATH = '/console';

export type ConsoleAuth = {
  requireSession: (request: FastifyRequest) => Promise<void>;
  sessionOf: (request: FastifyRequest) => LiveSession;
};

function sameToken(sent: string, expected: string): boolean {
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function createConsoleAuth(db: Db, now: () => Date): ConsoleAuth {
  const sessions = new WeakMap<FastifyRequest, LiveSession>();
  return {
    requireSession: async (request) => {
      const session = await loadSession(db, request.cookies[SESSION_COOKIE], now());
      if (session === null)
        throw new ConsoleHttpError(401, 'unauthenticated', 'sign in to the console');
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        const sent = request.headers[CSRF_HEADER];
        if (typeof sent !== 'string' || !sameToken(sent, session.csrfToken))
          throw new ConsoleHttpError(403, 'csrf-invalid', 'missing or wrong CSRF token');
      }
      sessions.set(request, session);
    },
    sessionOf: (request) => {
      const session = sessions.get(request);
      if (session === undefined) throw new Error('route is missing the requireSession hook');
      return session;
    },
  };
}

/** Secure whenever the client reached us over TLS (a trusted proxy's x-forwarded-proto counts). */
export function setSessionCookie(
  reply: FastifyReply,
  request: FastifyRequest,
  sessionId: string,
  alwaysSecure: boolean,
): void {
  void reply.setCookie(SESSION_COOKIE, sessionId, {
    httpOnly: true,
    sameSite: 'strict',
    path: COOKIE_PATH,
    secure: alwaysSecure || request.protocol === 'https',
    maxAge: SESSION_ABSOLUTE_MS / 1000,
  });
}

export function clearSessionCookie(
  reply: FastifyReply,
  request: FastifyRequest,
  alwaysSecure: boolean,
): void {
  void reply.clearCookie(SESSION_COOKIE, {
    httpOnly: true,
    sameSite: 'strict',
    path: COOKIE_PATH,
    secure: alwaysSecure || request.protocol === 'https',
  });
}
