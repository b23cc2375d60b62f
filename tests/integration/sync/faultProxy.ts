/**
 * A loopback HTTP proxy in front of the real server that misbehaves on cue: it drops requests or
 * answers, delays, cuts an answer off half-way, sends a request twice, answers 5xx like a failing
 * gateway, or restarts the server while a batch is in flight. Each request takes the next fault of
 * the plan (none left: it passes through untouched).
 */
import { request as httpRequest, createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export type ProxyFault =
  /** Never forwarded: the connection is cut once the request has arrived. */
  | { kind: 'drop-request' }
  /** Forwarded and handled; the answer is thrown away and the connection cut. */
  | { kind: 'drop-response' }
  /** Forwarded after a pause (longer than the client's timeout → the client gave up meanwhile). */
  | { kind: 'delay'; ms: number }
  /** The status line, headers and half the body arrive, then the connection is reset. */
  | { kind: 'reset-mid-body' }
  /** Forwarded twice, one after the other; the second answer is returned. */
  | { kind: 'duplicate' }
  /** Answered by the "gateway" itself with this status and an HTML page, never forwarded. */
  | { kind: 'status'; status: number }
  /** Forwarded; `afterMs` after it reached the server, the server is stopped and started again. */
  | { kind: 'restart'; afterMs: number };

export type FaultProxy = {
  url: string;
  /** Faults for the next requests, in order. */
  plan: ProxyFault[];
  /** Which faults were applied (for the test's own report). */
  applied: string[];
  setTarget(url: string): void;
  /** Resolves once no request is being handled (a delayed one may still be on its way). */
  idle(): Promise<void>;
  close(): Promise<void>;
};

type Upstream = { status: number; headers: IncomingHttpHeaders; body: Buffer };

const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'host',
]);

function copyHeaders(headers: IncomingHttpHeaders): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !HOP_BY_HOP.has(name)) out[name] = value;
  }
  return out;
}

function forward(
  target: URL,
  method: string,
  path: string,
  headers: IncomingHttpHeaders,
  body: Buffer,
  onSent: () => void = () => undefined,
): Promise<Upstream> {
  return new Promise((resolve, reject) => {
    const upstream = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        method,
        path,
        headers: { ...copyHeaders(headers), 'content-length': String(body.length) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          resolve({
            status: response.statusCode ?? 502,
            headers: response.headers,
            body: Buffer.concat(chunks),
          });
        });
        response.on('error', reject);
      },
    );
    upstream.on('error', reject);
    upstream.end(body, onSent);
  });
}

export async function startFaultProxy(
  targetUrl: string,
  restartServer: () => Promise<string> = () => Promise.reject(new Error('no restart')),
): Promise<FaultProxy> {
  let target = new URL(targetUrl);
  let inFlight = 0;
  const proxy: FaultProxy = {
    url: '',
    plan: [],
    applied: [],
    setTarget(url) {
      target = new URL(url);
    },
    async idle() {
      while (inFlight > 0) await new Promise((resolve) => setTimeout(resolve, 10));
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      inFlight += 1;
      void handle(Buffer.concat(chunks)).finally(() => {
        inFlight -= 1;
      });
    });

    const reply = (up: Upstream) => {
      if (res.destroyed) return;
      res.writeHead(up.status, {
        ...copyHeaders(up.headers),
        'content-length': String(up.body.length),
      });
      res.end(up.body);
    };
    const cut = () => {
      req.socket.destroy();
    };

    async function handle(body: Buffer): Promise<void> {
      const fault = proxy.plan.shift();
      proxy.applied.push(fault?.kind ?? 'pass');
      const send = (onSent?: () => void) =>
        forward(target, req.method ?? 'GET', req.url ?? '/', req.headers, body, onSent);
      try {
        switch (fault?.kind) {
          case undefined:
            reply(await send());
            return;
          case 'drop-request':
            cut();
            return;
          case 'drop-response':
            await send();
            cut();
            return;
          case 'delay':
            await new Promise((resolve) => setTimeout(resolve, fault.ms));
            reply(await send());
            return;
          case 'reset-mid-body': {
            const up = await send();
            res.writeHead(up.status, {
              ...copyHeaders(up.headers),
              'content-length': String(up.body.length),
            });
            res.write(up.body.subarray(0, Math.floor(up.body.length / 2)), () => {
              setImmediate(cut);
            });
            return;
          }
          case 'duplicate':
            await send();
            reply(await send());
            return;
          case 'status':
            res.writeHead(fault.status, { 'content-type': 'text/html' });
            res.end('<html><body>Bad gateway</body></html>');
            return;
          case 'restart': {
            // The batch reaches the server; the restart hits while it is being handled (or just
            // before or after its transaction commits): the client cannot know which.
            const restart: { done: Promise<string> | null } = { done: null };
            const sending = send(() => {
              restart.done = new Promise((resolve) => setTimeout(resolve, fault.afterMs)).then(
                restartServer,
              );
            });
            await sending.catch(() => undefined);
            proxy.setTarget(await (restart.done ?? restartServer()));
            cut();
            return;
          }
        }
      } catch {
        cut();
      }
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  proxy.url = `http://127.0.0.1:${String(port)}/api/v1`;
  return proxy;
}
