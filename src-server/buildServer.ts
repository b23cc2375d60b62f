/**
 * The provincial server as a Fastify instance, not yet listening: `main.ts` listens on the
 * configured host and port, tests on 127.0.0.1 port 0.
 */
import helmet from '@fastify/helmet';
import { DEFAULT_ALLOWED_ORIGINS, registerCors } from './http/cors';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { LogController } from 'fastify';
import type { FastifyInstance, FastifyRequest, FastifyServerOptions } from 'fastify';
import { MAX_BLOB_BYTES, MAX_BLOB_CHUNK_BYTES } from '../src-shared/sync/blobs';
import {
  ACCEPT_REQUEST_ENCODING_HEADER,
  API_PREFIX,
  MIN_PROTOCOL_VERSION,
  PROTOCOL_HEADER,
  PROTOCOL_VERSION,
} from '../src-shared/sync/protocol';
import { createDeviceAuth } from './auth/deviceAuth';
import { registerConsole, type ConsoleOptions } from './console/registerConsole';
import type { Db } from './db/db';
import { handleError, handleNotFound } from './http/errorHandler';
import { HttpError } from './http/httpError';
import { deviceOrAddressKey } from './http/rateLimitKeys';
import { registerRequestEncoding } from './http/requestEncoding';
import { registerRequestLog } from './http/requestLog';
import { registerResponseEncoding } from './http/responseEncoding';
import { recordRoutes } from './http/routeList';
import { serverWideRateLimit } from './http/serverWideRateLimit';
import {
  jsonSerializerCompiler,
  zodSwaggerTransform,
  zodValidatorCompiler,
} from './http/zodSchemas';
import { registerAuditRoutes } from './routes/auditRoutes';
import { registerBlobRoutes } from './routes/blobRoutes';
import { registerEnrollRoutes } from './routes/enrollRoutes';
import { registerHealthRoutes } from './routes/healthRoutes';
import { registerLeadRoutes } from './routes/leadRoutes';
import { registerReferenceRoutes } from './routes/referenceRoutes';
import { registerStatsRoutes } from './routes/statsRoutes';
import { registerSyncRoutes } from './routes/syncRoutes';
import type { ServerContext } from './serverContext';

export type RateLimitOptions = {
  /** Requests per window per active device (per client address without a valid token). */
  max: number;
  timeWindowMs: number;
  /** Enrollment attempts per window per address: a code can only be guessed by many tries. */
  enrollMax: number;
};

export type ServerOptions = {
  db: Db;
  /** false = silent; otherwise the level and where to write (default info, stdout). Redaction is always on. */
  logger?: false | { level?: string; stream?: { write: (line: string) => void } };
  /** Oldest client protocol accepted (default MIN_PROTOCOL_VERSION). */
  minProtocolVersion?: number;
  /** false turns rate limiting off (tests that measure throughput). */
  rateLimit?: RateLimitOptions | false;
  now?: () => Date;
  /** Largest JSON body. */
  bodyLimitBytes?: number;
  maxBlobBytes?: number;
  blobChunkBytes?: number;
  /**
   * Peers trusted to forward the client address in X-Forwarded-For (addresses, CIDRs or
   * `loopback`); false = none. Never `true`: anyone could then choose their own address.
   */
  trustProxy?: false | readonly string[];
  /** Key of the path-parameter hashes in request logs (default: random per process). */
  logHashKey?: string;
  /** Origins whose pages may call the API (CORS); default: the desktop app and loopback dev. */
  allowedOrigins?: readonly string[];
  /** The console at /console (default: API only, TOTP secrets unsealed, cookies Secure over TLS). */
  console?: Partial<ConsoleOptions>;
};

export const DEFAULT_RATE_LIMIT: RateLimitOptions = {
  max: 600,
  timeWindowMs: 60_000,
  enrollMax: 10,
};

function loggerOptions(logger: ServerOptions['logger']): FastifyServerOptions['logger'] {
  if (logger === false) return false;
  return {
    level: logger?.level ?? 'info',
    ...(logger?.stream === undefined ? {} : { stream: logger.stream }),
    // Tokens never reach the logs; bodies are never logged at all, nor URLs (requestLog.ts logs
    // the route pattern instead): a `req` logged by anything else keeps its method only.
    serializers: { req: (request: { method?: string }) => ({ method: request.method }) },
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'headers.authorization'],
      censor: '[redacted]',
    },
  };
}

/** A refusal when the client's protocol header is malformed or too old; null when it may proceed. */
function checkProtocol(request: FastifyRequest, minVersion: number): HttpError | null {
  const header = request.headers[PROTOCOL_HEADER];
  if (header === undefined) return null;
  const version = Number(header);
  if (!Number.isInteger(version) || version < 1)
    return new HttpError(400, 'bad-request', `${PROTOCOL_HEADER} must be a positive integer`);
  if (version < minVersion) {
    return new HttpError(
      400,
      'protocol-too-old',
      `this server needs protocol ${minVersion} or newer; update the app`,
    );
  }
  return null;
}

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const limits = options.rateLimit === undefined ? DEFAULT_RATE_LIMIT : options.rateLimit;
  const minProtocol = options.minProtocolVersion ?? MIN_PROTOCOL_VERSION;
  const app = Fastify({
    logger: loggerOptions(options.logger),
    bodyLimit: options.bodyLimitBytes ?? 5 * 1024 * 1024,
    trustProxy:
      options.trustProxy === undefined || options.trustProxy === false
        ? false
        : [...options.trustProxy],
    requestTimeout: 120_000,
    // Replaced by requestLog.ts: Fastify's own lines carry the full URL, query string included.
    logController: new LogController({ disableRequestLogging: true }),
    // No implicit HEAD twin of every GET: the API has exactly the routes it declares (HEAD
    // /blobs/:sha256 is declared), each in the OpenAPI document.
    exposeHeadRoutes: false,
    // Parsed JSON with __proto__ / constructor.prototype is refused (400), never merged.
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
  });
  // JSON in, JSON out: a text/plain body is refused (415) rather than half-understood.
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(zodValidatorCompiler);
  app.setSerializerCompiler(jsonSerializerCompiler);
  app.setErrorHandler(handleError);
  app.setNotFoundHandler(handleNotFound);
  registerCors(app, options.allowedOrigins ?? DEFAULT_ALLOWED_ORIGINS);
  registerRequestLog(app, options.logHashKey);
  // Every route, the console's too: route body limits hold on the decoded size everywhere.
  registerRequestEncoding(app);
  registerResponseEncoding(app);
  recordRoutes(app);

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Jianhu provincial server', version: String(PROTOCOL_VERSION) },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
    transform: zodSwaggerTransform,
    exposeHeadRoutes: true,
  });
  await app.register(swaggerUi, { routePrefix: `${API_PREFIX}/docs` });
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        // Plain HTTP on loopback in development; in production the proxy speaks TLS anyway.
        upgradeInsecureRequests: null,
        scriptSrc: ["'self'", ...app.swaggerCSP.script],
        styleSrc: ["'self'", ...app.swaggerCSP.style],
      },
    },
  });
  const auth = createDeviceAuth(options.db);
  if (limits !== false) {
    await app.register(rateLimit, {
      max: limits.max,
      timeWindow: limits.timeWindowMs,
      keyGenerator: deviceOrAddressKey(auth),
      // Per-route limits (enrolment) only; the general one is the server-wide hook below.
      global: false,
    });
    app.addHook('onRequest', serverWideRateLimit(app));
  }

  const ctx: ServerContext = {
    db: options.db,
    auth,
    now: options.now ?? (() => new Date()),
    minProtocolVersion: minProtocol,
    maxBlobBytes: options.maxBlobBytes ?? MAX_BLOB_BYTES,
    blobChunkBytes: options.blobChunkBytes ?? MAX_BLOB_CHUNK_BYTES,
    enrollRateLimit:
      limits === false ? null : { max: limits.enrollMax, timeWindow: limits.timeWindowMs },
  };
  await app.register(
    (api, _opts, done) => {
      api.addHook('onRequest', (request, _reply, next) => {
        // Health answers every client, so an old app can still learn which protocol it needs.
        const refusal = request.url.startsWith(`${API_PREFIX}/health`)
          ? null
          : checkProtocol(request, minProtocol);
        if (refusal === null) next();
        else next(refusal);
      });
      api.addHook('onSend', (_request, reply, payload, next) => {
        void reply.header(PROTOCOL_HEADER, String(PROTOCOL_VERSION));
        void reply.header(ACCEPT_REQUEST_ENCODING_HEADER, 'gzip');
        next(null, payload);
      });
      registerHealthRoutes(api, ctx);
      registerEnrollRoutes(api, ctx);
      registerSyncRoutes(api, ctx);
      registerAuditRoutes(api, ctx);
      // Own scope: the octet-stream parser and its chunk-sized limit apply to blob routes only.
      void api.register((blobs, _blobOpts, blobsDone) => {
        registerBlobRoutes(blobs, ctx);
        blobsDone();
      });
      registerStatsRoutes(api, ctx);
      registerLeadRoutes(api, ctx);
      registerReferenceRoutes(api, ctx);
      done();
    },
    { prefix: API_PREFIX },
  );
  await registerConsole(app, {
    db: options.db,
    now: ctx.now,
    signInRateLimit: ctx.enrollRateLimit,
    options: {
      key: options.console?.key ?? null,
      alwaysSecureCookie: options.console?.alwaysSecureCookie ?? false,
      pagesDir: options.console?.pagesDir ?? null,
    },
  });
  return app;
}
