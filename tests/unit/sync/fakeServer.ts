/**
 * An in-process stand-in for the provincial server, for the engine's unit tests: it answers
 * enrollment, push (every change applied, one revision per change), pull (nothing new) and the
 * audit chain (every entry acknowledged, unchecked), and lets a test replace any answer. The real
 * server is exercised in tests/integration/sync.
 */
import { GENESIS_HASH } from '../../../src-shared/audit/auditHash';
import type { AuditEntryWire } from '../../../src-shared/sync/audit';
import type { PushChange } from '../../../src-shared/sync/push';
import type { FetchLike } from '../../../src-renderer/src/sync';

export type FakeReply = { status: number; body: unknown } | 'network-error';

export type FakeServer = {
  fetch: FetchLike;
  /** Requests seen, as "METHOD /path". */
  requests: string[];
  /** Overrides the next answers to pushes (then the default resumes). */
  pushReplies: ((changes: PushChange[]) => FakeReply)[];
  /** Audit entries received, in order (the real chain checks are the real server's). */
  auditEntries: AuditEntryWire[];
  /** Overrides every answer while set. */
  always: FakeReply | null;
  /** Resolves the next request only when the test calls the returned function. */
  hold(): () => void;
};

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

export function applied(changes: PushChange[], revs: Map<string, number>): FakeReply {
  return {
    status: 200,
    body: {
      results: changes.map((c) => {
        const rev = (revs.get(c.entityId) ?? 0) + 1;
        revs.set(c.entityId, rev);
        return { status: 'applied', changeId: c.changeId, rev };
      }),
      lastSeq: Math.max(0, ...changes.map((c) => c.deviceSeq)),
      serverTime: new Date().toISOString(),
    },
  };
}

export function createFakeServer(): FakeServer {
  const revs = new Map<string, number>();
  let gate: Promise<void> | null = null;
  const server: FakeServer = {
    requests: [],
    pushReplies: [],
    auditEntries: [],
    always: null,
    hold() {
      let release: () => void = () => undefined;
      gate = new Promise((resolve) => {
        release = resolve;
      });
      return () => {
        release();
      };
    },
    fetch: async (url, init) => {
      const path = new URL(url).pathname.replace('/api/v1', '');
      server.requests.push(`${init.method ?? 'GET'} ${path}`);
      if (gate) {
        const waiting = gate;
        gate = null;
        await waiting;
      }
      let reply: FakeReply;
      if (server.always) {
        reply = server.always;
      } else if (path === '/devices/enroll') {
        reply = {
          status: 200,
          body: {
            deviceId: '0190c000-0000-7000-8000-000000000001',
            token: 'token-token-token-token-1',
            unit: { code: '340102', name: '瑶海区人民检察院', level: 'county' },
            protocolVersion: 1,
          },
        };
      } else if (path === '/sync/push') {
        const { changes } = JSON.parse(typeof init.body === 'string' ? init.body : '{}') as {
          changes: PushChange[];
        };
        reply = server.pushReplies.shift()?.(changes) ?? applied(changes, revs);
      } else if (path === '/sync/audit') {
        const last = server.auditEntries.at(-1);
        const head = last ? { seq: last.seq, hash: last.hash } : { seq: 0, hash: GENESIS_HASH };
        if (init.method === 'POST') {
          const { entries } = JSON.parse(typeof init.body === 'string' ? init.body : '{}') as {
            entries: AuditEntryWire[];
          };
          server.auditEntries.push(...entries.filter((e) => e.seq > head.seq));
          const end = server.auditEntries.at(-1);
          reply = { status: 200, body: end ? { seq: end.seq, hash: end.hash } : head };
        } else {
          reply = { status: 200, body: { head, isFlagged: false } };
        }
      } else if (path === '/reference') {
        reply = { status: 200, body: { kinds: [] } };
      } else if (path === '/leads') {
        reply = { status: 200, body: { leads: [], nextCursor: '0', hasMore: false } };
      } else {
        reply = { status: 200, body: { changes: [], nextCursor: '0', hasMore: false } };
      }
      if (reply === 'network-error') throw new TypeError('fetch failed');
      return json(reply.status, reply.body);
    },
  };
  return server;
}
