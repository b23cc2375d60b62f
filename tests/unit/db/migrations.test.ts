/**
 * Upgrade harness: a database written by an older build (a raw Dexie declaring only the older
 * versions) is reopened by the current JianhuDb, and every row must survive. With only v1 today
 * the "older build" is v1 itself; each new migration adds its previous version's rows here.
 */
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { caseCardSchema, type CaseRecord } from '../../../src-shared/domain/caseCard';
import type { CaseId, DeviceId, UserId } from '../../../src-shared/domain/ids';
import {
  applyMigrations,
  currentSchemaVersion,
  migrations,
  type Migration,
} from '../../../src-renderer/src/db/migrations';
import { migration0001 } from '../../../src-renderer/src/db/migrations/0001-initial';
import { GENESIS_HASH, hashAuditEntry, verifyAuditChain } from '../../../src-renderer/src/db/audit';
import type { AuditEntry } from '../../../src-renderer/src/db/rowTypes';
import { createCase } from '../../../src-renderer/src/db/cases';
import { getSetup } from '../../../src-renderer/src/db/setup';
import { openJianhuDb, type JianhuDb } from '../../../src-renderer/src/db/database';
import { openDatabaseSafely } from '../../../src-renderer/src/db/openDatabaseSafely';
import { encryptionMiddleware } from '../../../src-renderer/src/db/encryptionMiddleware';
import { readRevisions } from '../../../src-renderer/src/db/revisions';
import { countRefused, countSendable } from '../../../src-renderer/src/sync/collect';
import { readLiveCases } from '../../../src-renderer/src/db/caseCount';
import { readCounters } from '../../../src-renderer/src/db/meta';
import { unlockedKeyring, validInput } from './fixtures';

/** v1 exactly as shipped: 0001-initial.ts must never change once released. */
const V1_AS_SHIPPED = {
  cases: 'id, updatedAt, receivedAt, status, caseType, handlerId, focalPoint, deleted, seq',
  audit: '++seq, at, entityId',
  outbox: 'deviceSeq, changeId, entityId',
  users: 'id',
  meta: 'key',
  searchSegments: 'key',
  leads: 'id, status, seq',
  workflows: 'id, caseId, kind, seq',
  steps: 'id, workflowId, at',
  documents: 'id, caseId, workflowId',
  attachments: 'sha256',
  reference: 'key',
};

const DEVICE = '01900000-0000-7000-8000-000000000001' as DeviceId;
const USER = '01900000-0000-7000-8000-000000000002' as UserId;
const AT = '2026-05-01T02:00:00.000Z';

let open: Dexie[] = [];
afterEach(() => {
  for (const db of open) db.close();
  open = [];
});

/** A Dexie that knows only the versions up to `upTo`: what an older build of the app opens. */
function olderBuild(name: string, upTo: number, list: readonly Migration[] = migrations): Dexie {
  const raw = new Dexie(name);
  applyMigrations(
    raw,
    list.filter((m) => m.version <= upTo),
  );
  open.push(raw);
  return raw;
}

/** A case as builds before version 6 stored it: with its server revision on the row (case 2 accepted). */
type V1Case = CaseRecord & { rev: number };

function v1Case(n: number): V1Case {
  const input = validInput(n);
  return {
    ...input,
    status: 'received',
    courtCases: [],
    claims: input.claims ?? '',
    facts: input.facts ?? '',
    parties: [],
    handlerId: USER,
    id: `01900000-0000-7000-8000-00000000010${String(n)}` as CaseId,
    provisionalNo: `340102-2026-0000${String(n)}`,
    unitCode: '340102',
    rev: n === 2 ? 4 : 0,
    createdAt: AT,
    updatedAt: AT,
    createdBy: USER,
    updatedBy: USER,
    deleted: n === 3 ? 1 : 0,
    seq: n,
  } satisfies V1Case;
}

async function chainedAudit(count: number): Promise<AuditEntry[]> {
  const out: AuditEntry[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= count; seq++) {
    const unhashed = {
      seq,
      id: `01900000-0000-7000-8000-0000000002${String(seq).padStart(2, '0')}`,
      at: AT,
      userId: USER,
      deviceId: DEVICE,
      action: 'case.create' as const,
      entity: 'case',
      entityId: v1Case(seq).id,
      success: true,
      diff: { after: { title: `标题${String(seq)}` } },
      prevHash,
    };
    const hash = await hashAuditEntry(unhashed);
    out.push({ ...unhashed, hash });
    prevHash = hash;
  }
  return out;
}

/** One or more rows in every v1 table. */
async function v1Rows(): Promise<Record<string, unknown[]>> {
  return {
    cases: [v1Case(1), v1Case(2), v1Case(3)],
    audit: await chainedAudit(3),
    outbox: [1, 2, 3].map((n) => ({
      changeId: `01900000-0000-7000-8000-0000000003${String(n).padStart(2, '0')}`,
      deviceSeq: n,
      entity: 'case',
      entityId: v1Case(n).id,
      op: 'create',
      baseRev: 0,
      patch: null,
      deviceTime: AT,
      attempts: 0,
      lastAttemptAt: null,
      lastError: null,
    })),
    users: [{ id: USER, name: '王检察官', role: 'procurator', createdAt: AT, active: true }],
    meta: [
      { key: 'deviceId', value: DEVICE },
      { key: 'unit', value: { name: '合肥市瑶海区人民检察院', code: '340102' } },
      { key: 'nextDeviceSeq', value: 4 },
      { key: 'nextLocalSeq', value: 4 },
      { key: `nextCaseNo:${String(new Date('2026-06-01T12:00:00Z').getFullYear())}`, value: 4 },
    ],
    searchSegments: [{ key: 'seg-0001', postings: [1, 2, 3] }],
    leads: [{ id: 'lead-1', status: 'new', seq: 1, content: '线索' }],
    workflows: [{ id: 'wf-1', caseId: v1Case(1).id, kind: 'mediation', seq: 1 }],
    steps: [{ id: 'step-1', workflowId: 'wf-1', at: AT, to: 'started' }],
    documents: [{ id: 'doc-1', caseId: v1Case(1).id, workflowId: 'wf-1', status: 'draft' }],
    attachments: [{ sha256: 'cd'.repeat(32), name: 'a.pdf', size: 3 }],
    reference: [{ key: 'holidays:2026', version: 1 }],
  };
}

const byKey = (rows: unknown[]) =>
  [...rows].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));

/** Registers case `n` as a user would: its provisional number, its seq and its change's deviceSeq. */
async function registerOne(db: JianhuDb, n: number): Promise<[string, number, number | undefined]> {
  const created = await createCase(
    db,
    { userId: USER, unitCode: '340102' },
    validInput(n),
    new Date('2026-06-01T12:00:00Z'),
  );
  if (!created.ok) throw new Error('the case was refused');
  const change = await db.outbox.orderBy('deviceSeq').last();
  return [created.value.provisionalNo, created.value.seq, change?.deviceSeq];
}

describe('schema migrations', () => {
  it('keeps v1 exactly as shipped', () => {
    expect(migration0001.stores).toEqual(V1_AS_SHIPPED);
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });

  it('reopens a v1 database written by an older build with every row intact and usable', async () => {
    const name = `migrate-v1-${String(Math.random())}`;
    const rows = await v1Rows();
    const older = olderBuild(name, 1);
    await older.open();
    expect(older.verno).toBe(1);
    await older.transaction('rw', older.tables, async () => {
      for (const [table, list] of Object.entries(rows)) await older.table(table).bulkAdd(list);
    });
    older.close();

    const db: JianhuDb = openJianhuDb(name, { keyring: unlockedKeyring() });
    open.push(db);
    expect(await openDatabaseSafely(db)).toEqual({ ok: true });
    expect(db.verno).toBe(currentSchemaVersion);
    // Version 5 queues each user an older build wrote for its first sending (0005-approvals.ts):
    // the row gains `rev: 0`, the outbox a patchless 'create' after the older rows, numbered by
    // the device's counter. Everything else is exactly as it was.
    // Version 6 moves case revisions to their own table (0006-revisions.ts): only an accepted
    // case has a row there, and no case row keeps the field. Version 8 counts the live cases
    // (0008-live-case-count.ts): cases 1 and 2, case 3 is deleted.
    const upgraded: Record<string, unknown[]> = {
      ...rows,
      cases: (rows.cases as V1Case[]).map(({ rev: _rev, ...row }) => row),
      revisions: [{ key: `case:${v1Case(2).id}`, rev: 4 }],
      users: (rows.users ?? []).map((u) => ({ ...(u as object), rev: 0 })),
      outbox: [
        ...(rows.outbox ?? []),
        expect.objectContaining({
          deviceSeq: 4,
          entity: 'user',
          entityId: USER,
          op: 'create',
          baseRev: 0,
          patch: null,
          deviceTime: AT,
          attempts: 0,
          lastError: null,
        }),
      ],
      // The two sequences share one row since v9; the device sequence moved past v5's user.
      meta: [
        ...(rows.meta ?? []).filter(
          (m) => !['nextDeviceSeq', 'nextLocalSeq'].includes((m as { key: string }).key),
        ),
        { key: 'nextSequences', value: { nextDeviceSeq: 5, nextLocalSeq: 4 } },
        { key: 'liveCases', value: 2 },
      ],
    };
    for (const [table, list] of Object.entries(upgraded)) {
      const stored = await db.table(table).toArray();
      if (table === 'outbox') expect(stored, table).toEqual(list);
      else expect(byKey(stored), table).toEqual(byKey(list));
    }
    // Indexes answer, the chain still verifies, identity is kept, counters go on.
    expect(await db.cases.where('deleted').equals(1).count()).toBe(1);
    expect(await db.cases.where('seq').above(1).count()).toBe(2);
    expect(await verifyAuditChain(db)).toEqual({ ok: true, count: 3 });
    expect((await getSetup(db))?.deviceId).toBe(DEVICE);
    expect(await registerOne(db, 9)).toEqual(['340102-2026-00004', 4, 5]);
    expect(await readLiveCases(db.meta)).toBe(3);
    expect(await verifyAuditChain(db)).toEqual({ ok: true, count: 4 });
  });

  it('moves the revisions of sealed case rows out (v5 → v6), and the rows still open', async () => {
    const name = `migrate-v5-${String(Math.random())}`;
    const keyring = unlockedKeyring();
    const older = olderBuild(name, 5);
    older.use(encryptionMiddleware(keyring));
    await older.open();
    const sealed = (n: number): V1Case => ({
      ...v1Case(n),
      parties: caseCardSchema
        .parse(validInput(n))
        .parties.slice(0, 1)
        .map((party) => ({ ...party, idNumber: '110101199003071234' })),
    });
    await older.table('cases').bulkAdd([sealed(1), sealed(2)]);
    older.close();
    const raw = olderBuild(name, 5);
    await raw.open();
    expect(JSON.stringify(await raw.table('cases').toArray())).not.toContain('110101199003071234');
    raw.close();

    const db: JianhuDb = openJianhuDb(name, { keyring });
    open.push(db);
    expect(await openDatabaseSafely(db)).toEqual({ ok: true });
    const cases = await db.cases.orderBy('seq').toArray();
    expect(cases.map((c) => [c.id, c.parties[0]?.idNumber, 'rev' in c])).toEqual([
      [v1Case(1).id, '110101199003071234', false],
      [v1Case(2).id, '110101199003071234', false],
    ]);
    expect(
      await readRevisions(
        db,
        'case',
        cases.map((c) => c.id),
      ),
    ).toEqual([0, 4]);
    expect(await db.revisions.toArray()).toEqual([{ key: `case:${v1Case(2).id}`, rev: 4 }]);
  });

  it('counts the refused outbox rows of an older build by its new index (v6 → v7)', async () => {
    const name = `migrate-v6-${String(Math.random())}`;
    const older = olderBuild(name, 6);
    await older.open();
    const row = (deviceSeq: number, lastError: string | null) => ({
      deviceSeq,
      changeId: `01900000-0000-7000-8000-00000000020${String(deviceSeq)}`,
      entity: 'case',
      entityId: v1Case(deviceSeq).id,
      op: 'update',
      baseRev: 1,
      patch: { title: `标题${String(deviceSeq)}` },
      deviceTime: AT,
      attempts: lastError === null ? 0 : 1,
      lastAttemptAt: lastError === null ? null : AT,
      lastError,
    });
    const rows = [row(1, null), row(2, 'refused:content'), row(3, 'timeout'), row(4, 'refused:x')];
    await older.table('outbox').bulkAdd(rows);
    older.close();

    const db: JianhuDb = openJianhuDb(name, { keyring: unlockedKeyring() });
    open.push(db);
    expect(await openDatabaseSafely(db)).toEqual({ ok: true });
    expect(await db.outbox.toArray()).toEqual(rows);
    expect(await countRefused(db)).toBe(2);
    expect(await countSendable(db)).toBe(2);
  });

  it('counts the live cases of a v7 database once (v7 → v8), changing no row', async () => {
    const name = `migrate-v7-${String(Math.random())}`;
    const older = olderBuild(name, 7);
    await older.open();
    // Cases 1 and 2 live, 3 deleted; rows keep no revision since v6.
    const rows = [1, 2, 3].map((n) => {
      const { rev: _rev, ...row } = v1Case(n);
      return row;
    });
    await older.table('cases').bulkAdd(rows);
    expect(await older.table('meta').get('liveCases')).toBeUndefined();
    older.close();

    const db: JianhuDb = openJianhuDb(name, { keyring: unlockedKeyring() });
    open.push(db);
    expect(await openDatabaseSafely(db)).toEqual({ ok: true });
    expect(db.verno).toBe(currentSchemaVersion);
    expect(await readLiveCases(db.meta)).toBe(2);
    expect(byKey(await db.table('cases').toArray())).toEqual(byKey(rows));
  });

  it('moves the two sequences of a v8 database into one row (v8 → v9), and they go on', async () => {
    const name = `migrate-v8-${String(Math.random())}`;
    const older = olderBuild(name, 8);
    await older.open();
    await older.table('meta').bulkPut([
      { key: 'nextDeviceSeq', value: 41 },
      { key: 'nextLocalSeq', value: 17 },
      { key: 'nextCaseNo:2026', value: 6 },
    ]);
    older.close();

    const db: JianhuDb = openJianhuDb(name, { keyring: unlockedKeyring() });
    open.push(db);
    expect(await openDatabaseSafely(db)).toEqual({ ok: true });
    expect(await db.meta.get('nextSequences')).toEqual({
      key: 'nextSequences',
      value: { nextDeviceSeq: 41, nextLocalSeq: 17 },
    });
    expect(await db.meta.bulkGet(['nextDeviceSeq', 'nextLocalSeq'])).toEqual([
      undefined,
      undefined,
    ]);
    await db.meta.put({ key: 'deviceId', value: DEVICE });
    expect(await registerOne(db, 1)).toEqual(['340102-2026-00006', 17, 41]);
    expect(await readCounters(db.meta, ['nextDeviceSeq', 'nextLocalSeq'])).toEqual([42, 18]);
  });

  it('starts a database made by this build at 0 live cases, without an upgrade', async () => {
    const db = openJianhuDb(`migrate-new-${String(Math.random())}`, { keyring: null });
    open.push(db);
    await db.open();
    expect(await readLiveCases(db.meta)).toBe(0);
  });

  it('runs a later version’s upgrade over the previous version’s rows (the shape a v2 file takes)', async () => {
    const name = `migrate-v2-${String(Math.random())}`;
    const v2: Migration = {
      version: 2,
      stores: {
        cases:
          'id, updatedAt, receivedAt, status, caseType, handlerId, focalPoint, deleted, seq, officialNo',
      },
      upgrade: async (tx) => {
        await tx
          .table('cases')
          .toCollection()
          .modify((c: Record<string, unknown>) => {
            c.officialNo ??= '';
          });
      },
    };
    const older = olderBuild(name, 1);
    await older.open();
    await older.table('cases').bulkAdd([v1Case(1), v1Case(2)]);
    older.close();

    const newer = olderBuild(name, 2, [...migrations, v2]);
    await newer.open();
    expect(newer.verno).toBe(2);
    const upgraded = (await newer.table('cases').toArray()) as CaseRecord[];
    expect(upgraded.map((c) => [c.id, c.title, c.officialNo])).toEqual([
      [v1Case(1).id, v1Case(1).title, ''],
      [v1Case(2).id, v1Case(2).title, ''],
    ]);
    expect(await newer.table('cases').where('officialNo').equals('').count()).toBe(2);
  });
});
