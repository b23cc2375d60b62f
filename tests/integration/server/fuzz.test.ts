/**
 * A seeded fuzz over every route: valid requests of each route, mutated (values swapped for
 * hostile ones, keys dropped or added, types changed, bodies cut, paths and queries garbled,
 * tokens and content types wrong). Whatever arrives, the server answers 2xx–4xx, never 5xx, and
 * every record it holds afterwards is one the content check accepts: nothing refused is stored.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { approvalDataSchema } from '../../../src-shared/sync/approvals';
import { checkChangeContent } from '../../../src-shared/sync/contentCheck';
import type { SyncEntity } from '../../../src-shared/sync/change';
import type { PushChange } from '../../../src-shared/sync/push';
import { userDataSchema } from '../../../src-shared/sync/users';
import { issueEnrollmentCode } from '../../../src-server/admin/adminCommands';
import { userData } from './helpers/approvalData';
import { GENESIS, chain, localDeviceId } from './helpers/auditChain';
import {
  attachmentData,
  caseData,
  change,
  documentData,
  leadData,
  nextId,
} from './helpers/changes';

import { BACKENDS, UNITS, useTestEnv, type RequestOptions, type TestEnv } from './helpers/testEnv';

const SEED = 20261206;
const REQUESTS = 2_100;

/** mulberry32: small, fast and the same on every machine. */
function seeded(seed: number) {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  return {
    next,
    int,
    chance: (p: number): boolean => next() < p,
    pick: <T>(items: readonly T[]): T => items[int(items.length)] as T,
  };
}
type Rand = ReturnType<typeof seeded>;

const HOSTILE: readonly unknown[] = [
  null,
  true,
  -1,
  0,
  1.5,
  2 ** 53,
  -(2 ** 31),
  1e308,
  '',
  ' ',
  'x'.repeat(210_000),
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '..\\..\\boot.ini',
  'a\u0007b',
  '\u202egnp.exe',
  '１２３',
  '110101199003077777',
  '2026-02-30T00:00:00Z',
  'not-a-uuid',
  UNITS.luyang,
  'model',
  'audit',
  [],
  [1, 'a', null],
  {},
  { $set: { title: 'x' } },
  { id: 'x', rev: 9, deleted: true },
];

const ADDED_KEYS = ['id', 'rev', 'deleted', 'unitCode', 'updatedAt', '$set', 'origin', 'extra', ''];

/** One hostile edit somewhere inside `value`. */
function mutate(value: unknown, rand: Rand, depth = 0): unknown {
  const isContainer = typeof value === 'object' && value !== null;
  if (isContainer && depth < 6 && rand.chance(0.65)) {
    if (Array.isArray(value)) {
      if (value.length === 0) return [rand.pick(HOSTILE)];
      const i = rand.int(value.length);
      return (value as unknown[]).map((item, j) =>
        j === i ? mutate(item, rand, depth + 1) : item,
      );
    }
    const entries = Object.entries(value);
    if (entries.length > 0) {
      const i = rand.int(entries.length);
      return Object.fromEntries(
        entries.map(([k, v], j) => [k, j === i ? mutate(v, rand, depth + 1) : v]),
      );
    }
  }
  if (isContainer && !Array.isArray(value) && rand.chance(0.5)) {
    const entries = Object.entries(value);
    if (rand.chance(0.5) && entries.length > 0) {
      const drop = rand.int(entries.length);
      return Object.fromEntries(entries.filter((_, j) => j !== drop));
    }
    return { ...value, [rand.pick(ADDED_KEYS)]: rand.pick(HOSTILE) };
  }
  return rand.pick(HOSTILE);
}

type Fuzzed = { path: string; options: RequestOptions };

/** A path parameter or query value swapped for a hostile one. */
function garble(rand: Rand): string {
  const value = rand.pick(HOSTILE);
  const text = typeof value === 'string' ? value.slice(0, 300) : JSON.stringify(value);
  return encodeURIComponent(text);
}

/**
 * Hostile envelopes: no token, a made-up token, a wrong content type, a cut or non-JSON body, a
 * body gzipped whole, cut or not at all under a gzip or unknown Content-Encoding.
 */
function mutateEnvelope(request: Fuzzed, rand: Rand): Fuzzed {
  const { options } = request;
  const hasBody = options.method === 'POST' || options.method === 'PUT';
  // A GET or HEAD cannot carry a body, so a cut body is for POST and PUT only.
  switch (rand.pick(hasBody ? [0, 1, 2, 3, 4, 5] : [0, 1, 2, 4])) {
    case 0:
      return { ...request, options: { ...options, token: undefined } };
    case 1:
      return { ...request, options: { ...options, token: `junk-${String(rand.int(1e9))}` } };
    case 2:
      return {
        ...request,
        options: {
          ...options,
          headers: {
            'content-type': rand.pick([
              'text/plain',
              'application/x-www-form-urlencoded',
              'application/json; charset=latin1',
            ]),
          },
        },
      };
    case 3: {
      const text = JSON.stringify(options.body ?? {});
      return {
        ...request,
        options: {
          ...options,
          body: text.slice(0, rand.int(text.length + 1)),
          headers: { 'content-type': 'application/json' },
        },
      };
    }
    case 5: {
      const text = JSON.stringify(options.body ?? {});
      const packed = gzipSync(text);
      const body = rand.pick([
        packed,
        packed.subarray(0, rand.int(packed.length)),
        Buffer.from(text),
      ]);
      return {
        ...request,
        options: {
          ...options,
          body: new Uint8Array(body),
          headers: {
            'content-type': 'application/json',
            'content-encoding': rand.pick(['gzip', 'x-gzip', 'br', 'gzip, deflate']),
          },
        },
      };
    }
    default:
      return {
        ...request,
        path: `${request.path}${request.path.includes('?') ? '&' : '?'}${garble(rand)}=${garble(rand)}`,
      };
  }
}

type Devices = {
  county: { token: string; seq: number; localId: string; auditSeq: number; auditHash: string };
  city: string;
};

function validChange(devices: Devices, rand: Rand, created: string[]): PushChange {
  const device = devices.county;
  device.seq += 1 + (rand.chance(0.05) ? rand.int(3) : 0);
  const deviceSeq = device.seq;
  const entityId = nextId();
  const made = (entity: SyncEntity, patch: Record<string, unknown>) => {
    created.push(entityId);
    return change({ deviceSeq, entityId, entity, op: 'create', patch });
  };
  switch (rand.int(7)) {
    case 0:
      return made('lead', leadData());
    case 1:
      return made('attachment', attachmentData());
    case 2:
      return made('document', documentData());
    case 3:
      return made('user', userData('李检察官', 'procurator'));
    case 4: {
      const target = created.length > 0 ? rand.pick(created) : entityId;
      return change({ deviceSeq, entityId: target, op: 'update', patch: { facts: '补充的事实' } });
    }
    default:
      return made('case', caseData({ title: `案件 ${entityId}` }));
  }
}

function validRequest(
  route: number,
  devices: Devices,
  rand: Rand,
  codes: string[],
  created: string[],
): Fuzzed {
  const token = devices.county.token;
  const bytes = new TextEncoder().encode(`附件 ${String(rand.int(1e6))}`);
  const hash = createHash('sha256').update(bytes).digest('hex');
  switch (route) {
    case 0:
    case 1:
    case 2: {
      const changes = Array.from({ length: 1 + rand.int(3) }, () =>
        validChange(devices, rand, created),
      );
      return { path: '/sync/push', options: { method: 'POST', token, body: { changes } } };
    }
    case 3:
      return { path: `/sync/pull?cursor=0&limit=${String(1 + rand.int(100))}`, options: { token } };
    case 4:
      return {
        path: `/records/case/${rand.pick(created.length > 0 ? created : ['none'])}`,
        options: { token },
      };
    case 5:
      return {
        path: `/blobs/${hash}?offset=0&size=${String(bytes.length)}`,
        options: {
          method: 'PUT',
          token,
          body: bytes,
          headers: { 'content-type': 'application/octet-stream' },
        },
      };
    case 6:
      return { path: `/blobs/${hash}`, options: { method: rand.pick(['HEAD', 'GET']), token } };
    case 7: {
      const { county } = devices;
      const entries = chain(county.localId, 1 + rand.int(3), {
        seq: county.auditSeq,
        hash: county.auditHash,
      });
      return { path: '/sync/audit', options: { method: 'POST', token, body: { entries } } };
    }
    case 8:
      return { path: '/sync/audit', options: { token } };
    case 9:
      return {
        path: '/devices/enroll',
        options: { method: 'POST', body: { code: codes.pop() ?? 'AAAA-BBBB-CCCC' } },
      };
    case 10:
      return { path: `/leads?cursor=0&limit=${String(1 + rand.int(50))}`, options: { token } };
    case 11:
      return {
        path: rand.pick(['/reference', '/reference/holidays', '/reference/wageBases']),
        options: { token },
      };
    case 12:
      return { path: '/stats', options: { token: devices.city } };
    default:
      return { path: '/health', options: {} };
  }
}

/** The request with one hostile edit: in its body, its envelope or its path. */
function mutateRequest(request: Fuzzed, rand: Rand): Fuzzed {
  const { body } = request.options;
  const roll = rand.next();
  if (roll < 0.55 && typeof body === 'object' && body !== null && !(body instanceof Uint8Array))
    return { ...request, options: { ...request.options, body: mutate(body, rand) } };
  if (roll < 0.8) return mutateEnvelope(request, rand);
  const [path = '', query] = request.path.split('?');
  const segments = path.split('/');
  segments[segments.length - 1] = garble(rand);
  return { ...request, path: `${segments.join('/')}${query === undefined ? '' : `?${query}`}` };
}

/** Why a stored record would not pass the content check now; null when it passes. */
function storedProblem(entity: SyncEntity, data: Record<string, unknown>): string | null {
  if (entity === 'user') return userDataSchema.safeParse(data).success ? null : 'invalid user';
  if (entity === 'approval')
    return approvalDataSchema.safeParse(data).success ? null : 'invalid approval';
  return checkChangeContent({ entity, op: 'create', patch: data }, null)?.reason ?? null;
}

async function enrolDevices(env: TestEnv): Promise<Devices> {
  const county = await env.enroll(UNITS.yaohai);
  const city = await env.enroll(UNITS.hefei);
  return {
    county: {
      token: county.token,
      seq: 0,
      localId: localDeviceId(77),
      auditSeq: 0,
      auditHash: GENESIS.hash,
    },
    city: city.token,
  };
}

describe.each(BACKENDS)('fuzz over every route on %s', (backend) => {
  const server = useTestEnv(backend);

  it(`answers ${String(REQUESTS)} mutated requests with no 5xx and stores nothing refused`, async () => {
    const env = server();
    const rand = seeded(SEED);
    const devices = await enrolDevices(env);
    const codes: string[] = [];
    for (let i = 0; i < 40; i++)
      codes.push((await issueEnrollmentCode(env.db, { unitCode: UNITS.luyang }, new Date())).code);
    const created: string[] = [];
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    for (let i = 0; i < REQUESTS; i++) {
      const route = i % 14;
      const valid = validRequest(route, devices, rand, codes, created);
      // One request in five goes as it is, so the valid paths run among the hostile ones.
      const request = rand.chance(0.2) ? valid : mutateRequest(valid, rand);
      const reply = await env.request(request.path, request.options);
      statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
      if (reply.status >= 500)
        failures.push(
          `${request.options.method ?? 'GET'} ${request.path.slice(0, 80)} → ${String(reply.status)}`,
        );
      const head = reply.body as { seq?: unknown; hash?: unknown };
      if (
        route === 7 &&
        reply.status === 200 &&
        typeof head.seq === 'number' &&
        typeof head.hash === 'string'
      ) {
        devices.county.auditSeq = head.seq;
        devices.county.auditHash = head.hash;
      }
    }
    expect(failures).toEqual([]);
    // Both outcomes happened: valid requests were served, hostile ones refused.
    expect(statuses.get(200) ?? 0).toBeGreaterThan(REQUESTS / 10);
    expect(statuses.get(400) ?? 0).toBeGreaterThan(REQUESTS / 10);
    const rows = await env.db.query('select entity, entity_id, data from records');
    expect(rows.length).toBeGreaterThan(50);
    const problems = rows.flatMap((row) => {
      const problem = storedProblem(row.entity as SyncEntity, row.data as Record<string, unknown>);
      return problem === null ? [] : [`${String(row.entity)} ${String(row.entity_id)}: ${problem}`];
    });
    expect(problems).toEqual([]);
    expect(await env.count("select count(*)::int as n from records where entity = 'audit'")).toBe(
      0,
    );
  }, 120_000);
});
