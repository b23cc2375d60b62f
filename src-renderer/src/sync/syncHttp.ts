/**
 * JSON over HTTP to the provincial server: the bearer token, the protocol header, a timeout, and
 * every answer checked against the shared zod schema before the engine trusts it. Network errors,
 * timeouts and bodies cut off half-way all become a `SyncFailure` with a code the status can say.
 * An address `checkServerUrl` refuses (plain http off loopback…) gets no request at all.
 * Large JSON bodies go gzipped once the server has said it decodes them (requestEncoding.ts);
 * answers come back gzipped by the server and are decoded by fetch itself.
 */
import type { z } from 'zod';
import { syncErrorSchema } from '../../../src-shared/sync/errors';
import { API_PREFIX, PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../../src-shared/sync/protocol';
import { checkServerUrl, type ServerUrlCheck } from '../../../src-shared/sync/serverUrl';
import {
  canGzip,
  gzipBytes,
  largeBody,
  learnRequestEncoding,
  type RequestEncodingState,
} from './requestEncoding';
import { ClientSyncErrorCode } from './status';
import { SyncFailure } from './syncFailure';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export type SyncHttpOptions = {
  serverUrl: string;
  /** Absent only for enrollment. */
  token?: string | undefined;
  fetch: FetchLike;
  /** A request that has not finished by then is abandoned (its answer, if any, is never used). */
  timeoutMs: number;
  /** False when the device knows it has no network, to tell "offline" from "server down". */
  isOnline: () => boolean;
};

/** A binary exchange (attachments): the status and headers the caller accepted, and the bytes. */
export type BytesReply = { status: number; headers: Headers; bytes: Uint8Array<ArrayBuffer> };

export type BytesRequest = {
  headers?: Record<string, string>;
  body?: Uint8Array<ArrayBuffer>;
  /** Statuses the caller handles itself (e.g. 404, 409); any other non-200 becomes a SyncFailure. */
  accept?: readonly number[];
};

/**
 * A JSON body encoded ahead of its request (JSON text, then gzip when the server takes it), so a
 * push batch can be made ready while the batch before it is at the server. Sent as it is by
 * `request`; `text` is kept for a server that refuses the encoding (415).
 */
export class EncodedBody {
  constructor(
    readonly text: string,
    readonly sent: string | Uint8Array<ArrayBuffer>,
    readonly gzipped: boolean,
  ) {}
}

export type SyncHttp = {
  /** Encodes a JSON body now, for a `request` made later. */
  encode(body: unknown): Promise<EncodedBody>;
  request<T>(
    method: 'GET' | 'POST',
    path: string,
    schema: z.ZodType<T>,
    /** JSON, or a body `encode` made ready earlier. */
    body?: unknown,
    /** Extra request headers (the outbox report of push and pull). */
    extraHeaders?: Record<string, string>,
  ): Promise<T>;
  /** Raw bytes in and out (`/blobs/…`), with the same token, timeout and failure codes. */
  bytes(method: 'HEAD' | 'PUT' | 'GET', path: string, init?: BytesRequest): Promise<BytesReply>;
};

/** `https://host:port`, with or without a trailing slash or the `/api/v1` prefix, as the API root. */
export function apiRoot(serverUrl: string): string {
  const trimmed = serverUrl.trim().replace(/\/+$/, '');
  return trimmed.endsWith(API_PREFIX) ? trimmed : `${trimmed}${API_PREFIX}`;
}

function failureForStatus(status: number, body: unknown): SyncFailure {
  const parsed = syncErrorSchema.safeParse(body);
  if (parsed.success) return new SyncFailure(parsed.data.code, parsed.data.message, status);
  if (status === 401) return new SyncFailure('unauthorized', 'unauthorized', status);
  if (status === 413) return new SyncFailure('payload-too-large', 'too large', status);
  if (status === 429) return new SyncFailure('rate-limited', 'rate limited', status);
  // A gateway or proxy in front of the server answering for it: the server is not reachable.
  if (status === 502 || status === 503 || status === 504)
    return new SyncFailure('unavailable', `HTTP ${status}`, status);
  if (status >= 500) return new SyncFailure('internal', `HTTP ${status}`, status);
  return new SyncFailure('bad-response', `HTTP ${status}`, status);
}

function parseJson(text: string): unknown {
  try {
    return text === '' ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

/** Throws `insecure-server-url` (the problem as its message) unless the address passed. */
export function assertServerUrl(check: ServerUrlCheck): void {
  if (!check.ok) throw new SyncFailure(ClientSyncErrorCode.insecureServerUrl, check.problem);
}

export function createSyncHttp(options: SyncHttpOptions): SyncHttp {
  const address = checkServerUrl(options.serverUrl);
  const root = apiRoot(options.serverUrl);
  const networkFailure = (reason: string) =>
    new SyncFailure(options.isOnline() ? 'server-unreachable' : 'offline', reason);
  // What the server's answers said of gzip request bodies; kept for this client's lifetime (a run).
  let encoding: RequestEncodingState = 'unknown';

  /** One request under the timeout, its whole answer read by `read` inside it. */
  const exchange = async <R>(
    path: string,
    init: RequestInit,
    read: (response: Response) => Promise<R>,
  ): Promise<{ response: Response; value: R }> => {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      controller.abort();
    }, options.timeoutMs);
    try {
      const response = await options.fetch(`${root}${path}`, {
        ...init,
        signal: controller.signal,
        // The token is sent explicitly; cookies and caches have no part in sync.
        credentials: 'omit',
        cache: 'no-store',
      });
      // Reading the whole body inside the try: a connection reset half-way is a network failure.
      const value = await read(response);
      encoding = learnRequestEncoding(encoding, response.headers);
      return { response, value };
    } catch (error) {
      throw networkFailure(
        controller.signal.aborted ? 'timeout' : error instanceof Error ? error.name : 'network',
      );
    } finally {
      clearTimeout(timer);
    }
  };
  const readText = (response: Response) => response.text();

  /** The body as it goes: gzipped when large and the server decodes it, else the JSON text. */
  const encodeBody = async (text: string): Promise<EncodedBody> => {
    const large = encoding !== 'identity' && canGzip() ? largeBody(text) : null;
    if (large === null) return new EncodedBody(text, text, false);
    // Not heard from the server yet: a small question first (no custom header, so no CORS
    // preflight) costs one round trip; the large body uncompressed costs seconds on a slow link.
    if (encoding === 'unknown')
      await exchange(
        '/health',
        { method: 'GET', headers: { accept: 'application/json' } },
        readText,
      );
    if (encoding !== 'gzip') return new EncodedBody(text, text, false);
    return new EncodedBody(text, await gzipBytes(large), true);
  };

  return {
    encode: (body) => encodeBody(JSON.stringify(body)),

    async request(method, path, schema, body, extraHeaders) {
      assertServerUrl(address);
      const headers: Record<string, string> = {
        ...extraHeaders,
        accept: 'application/json',
        [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
      };
      if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
      if (body !== undefined) headers['content-type'] = 'application/json';
      const encoded =
        body === undefined
          ? null
          : body instanceof EncodedBody
            ? body
            : await encodeBody(JSON.stringify(body));
      if (encoded?.gzipped) headers['content-encoding'] = 'gzip';
      const sent = encoded?.sent ?? null;
      let { response, value } = await exchange(path, { method, headers, body: sent }, readText);
      if (response.status === 415 && encoded?.gzipped) {
        // Something between us and the server refuses encoded bodies: plain from now on.
        delete headers['content-encoding'];
        ({ response, value } = await exchange(
          path,
          { method, headers, body: encoded.text },
          readText,
        ));
        encoding = 'identity';
      }
      const { status } = response;
      const json = parseJson(value);
      if (status !== 200) throw failureForStatus(status, json);
      const parsed = schema.safeParse(json);
      if (!parsed.success) throw new SyncFailure('bad-response', 'answer does not match', status);
      return parsed.data;
    },

    async bytes(method, path, init = {}) {
      assertServerUrl(address);
      const headers: Record<string, string> = {
        [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
        ...init.headers,
      };
      if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
      if (init.body !== undefined) headers['content-type'] = 'application/octet-stream';
      // Attachment bytes are sealed (encrypted) before they leave: they would not compress.
      const { response, value: bytes } = await exchange(
        path,
        { method, headers, body: init.body ?? null },
        async (r) => new Uint8Array(await r.arrayBuffer()),
      );
      const { status } = response;
      if (status === 200 || init.accept?.includes(status)) {
        return { status, headers: response.headers, bytes };
      }
      throw failureForStatus(status, parseJson(new TextDecoder().decode(bytes)));
    },
  };
}
