/**
 * The console's calls to `/console/api`: same origin, the session cookie goes by itself, the CSRF
 * token of the session on every non-GET. Answers are parsed with the shared schemas.
 */
import type { z } from 'zod';
import {
  CONSOLE_API_PREFIX,
  CSRF_HEADER,
  consoleErrorSchema,
} from '../../../src-shared/console/consoleApi';

let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** A refusal with the server's code (for a translated message) and, when locked, until when. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly lockedUntil?: string,
  ) {
    super(code);
    this.name = 'ApiError';
  }
}

export async function call<T>(
  path: string,
  schema: z.ZodType<T> | null,
  init: { method?: string; body?: unknown } = {},
): Promise<T | null> {
  const method = init.method ?? 'GET';
  const headers: Record<string, string> = {};
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken !== null) headers[CSRF_HEADER] = csrfToken;
  const response = await fetch(`${CONSOLE_API_PREFIX}${path}`, {
    method,
    headers,
    credentials: 'same-origin',
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  if (!response.ok) {
    const parsed = consoleErrorSchema.safeParse(await response.json().catch(() => null));
    throw parsed.success
      ? new ApiError(response.status, parsed.data.code, parsed.data.lockedUntil)
      : new ApiError(response.status, 'unknown');
  }
  if (schema === null || response.status === 204) return null;
  return schema.parse(await response.json());
}

/** The name a download's Content-Disposition gives (RFC 5987 form first), or `fallback`. */
export function attachmentName(header: string | null, fallback: string): string {
  const extended = /filename\*=UTF-8''([^;]+)/i.exec(header ?? '');
  if (extended?.[1] !== undefined) {
    try {
      return decodeURIComponent(extended[1]);
    } catch {
      // A malformed encoding: fall through to the plain name.
    }
  }
  return /filename="([^"]+)"/i.exec(header ?? '')?.[1] ?? fallback;
}

/** A file from the API (GET), with the name the server gave it; a refusal as an ApiError. */
export async function download(
  path: string,
  fallbackName: string,
): Promise<{ blob: Blob; name: string }> {
  const response = await fetch(`${CONSOLE_API_PREFIX}${path}`, { credentials: 'same-origin' });
  if (!response.ok) {
    const parsed = consoleErrorSchema.safeParse(await response.json().catch(() => null));
    throw new ApiError(response.status, parsed.success ? parsed.data.code : 'unknown');
  }
  const name = attachmentName(response.headers.get('content-disposition'), fallbackName);
  return { blob: await response.blob(), name };
}

/** Hands a downloaded file to the browser to save. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the URL only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A call whose answer must be there (not 204). */
export async function fetchJson<T>(
  path: string,
  schema: z.ZodType<T>,
  init: { method?: string; body?: unknown } = {},
): Promise<T> {
  const value = await call(path, schema, init);
  if (value === null) throw new ApiError(204, 'unknown');
  return value;
}
