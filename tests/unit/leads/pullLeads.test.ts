/**
 * Pulling leads into the device: pages stored with their cursor, one audit entry per lead whose
 * content changed, a re-applied page changing nothing, and a status set offline kept until the
 * server has it.
 */
import { describe, expect, it } from 'vitest';
import type { LeadData, LeadsResponse } from '../../../src-shared/sync/leads';
import { verifyAuditChain } from '../../../src-renderer/src/db/audit';
import { changeLeadStatus } from '../../../src-renderer/src/db/leadRepository';
import {
  LEADS_CURSOR_KEY,
  applyLeadsPage,
  pullLeads,
} from '../../../src-renderer/src/sync/pullLeads';
import type { SyncHttp } from '../../../src-renderer/src/sync/syncHttp';
import { setUpDevice } from '../db/fixtures';

const NOW = new Date('2026-03-02T09:00:00+08:00');

function data(i: number, over: Partial<LeadData> = {}): LeadData {
  return {
    origin: 'model',
    modelName: '模型',
    modelCode: null,
    batch: 'B1',
    externalId: `E${String(i)}`,
    title: `线索 ${String(i)}`,
    content: '内容',
    parties: [{ name: '某公司' }],
    amount: null,
    focalPoint: 'socialInsurance',
    region: null,
    occurredAt: null,
    status: 'new',
    dismissReason: null,
    caseId: null,
    statusAt: null,
    statusBy: null,
    createdAt: '2026-03-01T00:00:00.000Z',
    ...over,
  };
}

type Lead = LeadsResponse['leads'][number];

function lead(i: number, seq: number, rev = 1, over: Partial<LeadData> = {}): Lead {
  return {
    entity: 'lead',
    entityId: `lead-${String(i)}`,
    rev,
    data: data(i, over),
    deleted: false,
    updatedAt: '2026-03-01T00:00:00.000Z',
    seq,
    changeId: '0190a000-0000-7000-8000-000000000001',
  };
}

/** A server holding `leads` in seq order, answering `/leads?cursor=&limit=` like the real one. */
function fakeServer(leads: Lead[]): { http: SyncHttp; paths: string[] } {
  const paths: string[] = [];
  const http: SyncHttp = {
    encode: () => Promise.reject(new Error('not used')),
    request(_method, path, schema) {
      paths.push(path);
      const query = new URLSearchParams(path.split('?')[1]);
      const cursor = Number(query.get('cursor'));
      const limit = Number(query.get('limit'));
      const after = leads.filter((l) => l.seq > cursor);
      const page = after.slice(0, limit);
      return Promise.resolve(
        schema.parse({
          leads: page,
          nextCursor: String(page.at(-1)?.seq ?? cursor),
          hasMore: after.length > limit,
        }),
      );
    },
    bytes: () => Promise.reject(new Error('no blobs in this fake')),
  };
  return { http, paths };
}

describe('pullLeads', () => {
  it('stores every page with its cursor and audits each new lead once', async () => {
    const { db } = await setUpDevice();
    const server = fakeServer([1, 2, 3, 4, 5].map((i) => lead(i, i * 10)));
    const [auditBefore, outboxBefore] = await Promise.all([db.audit.count(), db.outbox.count()]);
    const changed = await pullLeads({ db, http: server.http, now: () => NOW, pullLimit: 2 });
    expect(changed).toBe(5);
    expect(server.paths).toEqual([
      '/leads?cursor=0&limit=2',
      '/leads?cursor=20&limit=2',
      '/leads?cursor=40&limit=2',
    ]);
    expect(await db.leads.count()).toBe(5);
    expect((await db.meta.get(LEADS_CURSOR_KEY))?.value).toBe('50');
    expect(await db.audit.count()).toBe(auditBefore + 5);
    expect(await db.outbox.count()).toBe(outboxBefore);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
    expect(await db.leads.get('lead-1')).toMatchObject({ rev: 1, status: 'new', title: '线索 1' });

    // Nothing new: one request from the stored cursor, nothing written.
    const again = await pullLeads({ db, http: server.http, now: () => NOW, pullLimit: 2 });
    expect(again).toBe(0);
    expect(server.paths.at(-1)).toBe('/leads?cursor=50&limit=2');
    expect(await db.audit.count()).toBe(auditBefore + 5);
  });

  it('applies a page twice harmlessly and takes a later revision with one audit entry', async () => {
    const { db } = await setUpDevice();
    await applyLeadsPage(db, { leads: [lead(1, 1)], nextCursor: '1' }, NOW);
    const audit = await db.audit.count();
    expect(await applyLeadsPage(db, { leads: [lead(1, 1)], nextCursor: '1' }, NOW)).toBe(0);
    expect(await db.audit.count()).toBe(audit);
    const next = lead(1, 2, 2, { status: 'verifying', statusBy: 'other-user' });
    expect(await applyLeadsPage(db, { leads: [next], nextCursor: '2' }, NOW)).toBe(1);
    expect(await db.leads.get('lead-1')).toMatchObject({ rev: 2, status: 'verifying' });
    const [entry] = await db.audit.where('entityId').equals('lead-1').reverse().sortBy('seq');
    expect(entry).toMatchObject({
      action: 'lead.update',
      diff: { origin: 'server', rev: 2, status: 'verifying' },
    });
  });

  it('never overwrites a status changed on the device and not yet accepted', async () => {
    const { db, actor } = await setUpDevice();
    await applyLeadsPage(db, { leads: [lead(1, 1)], nextCursor: '1' }, NOW);
    await changeLeadStatus(db, actor, 'lead-1', { to: 'dismissed', reason: '已核实不属实' }, NOW);
    // Meanwhile the province corrected the title and another device started verifying it.
    const remote = lead(1, 2, 2, { title: '更正后的标题', status: 'verifying', statusBy: 'other' });
    await applyLeadsPage(db, { leads: [remote], nextCursor: '2' }, NOW);
    expect(await db.leads.get('lead-1')).toMatchObject({
      rev: 2,
      title: '更正后的标题',
      status: 'dismissed',
      dismissReason: '已核实不属实',
      statusBy: actor.userId,
    });
    // The pending change still carries the revision it was made on: the server merges it.
    const [pending] = await db.outbox.where('entityId').equals('lead-1').toArray();
    expect(pending).toMatchObject({ op: 'update', baseRev: 1, patch: { status: 'dismissed' } });
  });

  it('passes over lead data this build cannot read, but still moves the cursor', async () => {
    const { db } = await setUpDevice();
    const broken = { ...lead(1, 1), data: { title: 42 } };
    expect(await applyLeadsPage(db, { leads: [broken, lead(2, 2)], nextCursor: '2' }, NOW)).toBe(1);
    expect(await db.leads.get('lead-1')).toBeUndefined();
    expect((await db.meta.get(LEADS_CURSOR_KEY))?.value).toBe('2');
  });
});

describe('a lead moved to another county', () => {
  it('is removed with an audit entry, unless a change made here still waits to go up', async () => {
    const { db, actor } = await setUpDevice();
    await applyLeadsPage(db, { leads: [lead(1, 10), lead(2, 20)], nextCursor: '20' }, NOW);
    expect(await changeLeadStatus(db, actor, 'lead-2', { to: 'verifying' }, NOW)).toMatchObject({
      ok: true,
    });
    const auditBefore = await db.audit.count();
    const moved = (l: Lead, seq: number): Lead => ({ ...l, rev: 2, seq, deleted: true });
    const changed = await applyLeadsPage(
      db,
      { leads: [moved(lead(1, 10), 30), moved(lead(2, 20), 40)], nextCursor: '40' },
      NOW,
    );
    expect(changed).toBe(1);
    expect(await db.leads.get('lead-1')).toBeUndefined();
    expect(await db.leads.get('lead-2')).toMatchObject({ status: 'verifying' });
    const audit = await db.audit.where('entityId').equals('lead-1').toArray();
    expect(audit.at(-1)).toMatchObject({ action: 'lead.update', diff: { removed: true } });
    expect(await db.audit.count()).toBe(auditBefore + 1);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });
});
