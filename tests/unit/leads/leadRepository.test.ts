/**
 * The lead repository on fake-indexeddb: every accepted write is lead row + one audit entry + one
 * outbox change in one transaction; a refused or invalid one writes nothing at all.
 */
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../src-renderer/src/db/audit';
import type { JianhuDb } from '../../../src-renderer/src/db/database';
import { listLeads } from '../../../src-renderer/src/db/leadQueries';
import { changeLeadStatus, createLead } from '../../../src-renderer/src/db/leadRepository';
import { setUpDevice } from '../db/fixtures';

const NOW = new Date('2026-03-02T09:00:00+08:00');

async function counts(db: JianhuDb) {
  return {
    leads: await db.leads.count(),
    audit: await db.audit.count(),
    outbox: await db.outbox.count(),
  };
}

async function newLead(db: JianhuDb, actor: Awaited<ReturnType<typeof setUpDevice>>['actor']) {
  const created = await createLead(
    db,
    actor,
    {
      title: '某小区物业侵占公共收益线索',
      content: '业主反映，联系人电话13812345678。',
      amount: 50000,
    },
    NOW,
  );
  if (!created.ok) throw new Error(created.code);
  return created.value;
}

describe('lead repository', () => {
  it('creates a local lead with its audit entry and a create change, personal numbers masked', async () => {
    const { db, actor } = await setUpDevice();
    const before = await counts(db);
    const lead = await newLead(db, actor);
    expect(lead).toMatchObject({
      origin: 'local',
      status: 'new',
      rev: 0,
      amount: 50000,
      content: '业主反映，联系人电话138****5678。',
      parties: [],
      statusBy: actor.userId,
    });
    expect(await counts(db)).toEqual({
      leads: before.leads + 1,
      audit: before.audit + 1,
      outbox: before.outbox + 1,
    });
    const [change] = await db.outbox.where('entityId').equals(lead.id).toArray();
    expect(change).toMatchObject({ entity: 'lead', op: 'create', baseRev: 0 });
    expect(change?.patch).not.toHaveProperty('rev');
    expect(change?.patch).toMatchObject({ title: lead.title, status: 'new', origin: 'local' });
    const audit = await db.audit.where('entityId').equals(lead.id).toArray();
    expect(audit).toMatchObject([{ action: 'lead.create', entity: 'lead', success: true }]);
    expect(JSON.stringify(audit)).not.toContain('13812345678');
  });

  it('writes nothing for invalid input', async () => {
    const { db, actor } = await setUpDevice();
    const before = await counts(db);
    for (const input of [{ title: '' }, { title: 'x', idNumber: '340102199003071234' }, null]) {
      expect(await createLead(db, actor, input, NOW)).toEqual({ ok: false, code: 'invalid' });
    }
    expect(await counts(db)).toEqual(before);
  });

  it('moves new → verifying → became case, each an audited update of the status fields', async () => {
    const { db, actor } = await setUpDevice();
    const lead = await newLead(db, actor);
    const verifying = await changeLeadStatus(db, actor, lead.id, { to: 'verifying' }, NOW);
    expect(verifying).toMatchObject({ ok: true, value: { status: 'verifying' } });
    const became = await changeLeadStatus(
      db,
      actor,
      lead.id,
      { to: 'becameCase', caseId: 'case-42' },
      NOW,
    );
    expect(became).toMatchObject({ ok: true, value: { status: 'becameCase', caseId: 'case-42' } });
    const changes = await db.outbox.where('entityId').equals(lead.id).sortBy('deviceSeq');
    expect(changes.map((c) => [c.op, c.patch?.status])).toEqual([
      ['create', 'new'],
      ['update', 'verifying'],
      ['update', 'becameCase'],
    ]);
    expect(Object.keys(changes[2]?.patch ?? {}).sort()).toEqual([
      'caseId',
      'dismissReason',
      'status',
      'statusAt',
      'statusBy',
    ]);
    const audit = await db.audit.where('entityId').equals(lead.id).toArray();
    expect(audit.map((a) => a.action)).toEqual(['lead.create', 'lead.status', 'lead.status']);
    expect(audit[2]?.diff).toEqual({
      from: 'verifying',
      to: 'becameCase',
      dismissReason: null,
      caseId: 'case-42',
    });
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
    const stored = await db.leads.get(lead.id);
    expect(stored?.seq).toBeGreaterThan(lead.seq);
  });

  it('dismisses with a reason, and refuses without one or from a final status, writing nothing', async () => {
    const { db, actor } = await setUpDevice();
    const lead = await newLead(db, actor);
    const before = await counts(db);
    expect(
      await changeLeadStatus(db, actor, lead.id, { to: 'dismissed', reason: ' ' }, NOW),
    ).toEqual({
      ok: false,
      code: 'reason-required',
    });
    expect(
      await changeLeadStatus(db, actor, lead.id, { to: 'becameCase', caseId: 'c' }, NOW),
    ).toEqual({
      ok: false,
      code: 'not-allowed',
    });
    expect(await changeLeadStatus(db, actor, 'no-such-lead', { to: 'verifying' }, NOW)).toEqual({
      ok: false,
      code: 'not-found',
    });
    expect(await counts(db)).toEqual(before);
    const dismissed = await changeLeadStatus(
      db,
      actor,
      lead.id,
      { to: 'dismissed', reason: '重复线索' },
      NOW,
    );
    expect(dismissed).toMatchObject({
      ok: true,
      value: { status: 'dismissed', dismissReason: '重复线索' },
    });
    expect(await changeLeadStatus(db, actor, lead.id, { to: 'verifying' }, NOW)).toEqual({
      ok: false,
      code: 'not-allowed',
    });
  });

  it('lists leads newest first, filtered by status', async () => {
    const { db, actor } = await setUpDevice();
    const first = await newLead(db, actor);
    const later = await createLead(
      db,
      actor,
      { title: '第二条' },
      new Date(NOW.getTime() + 60_000),
    );
    if (!later.ok) throw new Error(later.code);
    await changeLeadStatus(db, actor, first.id, { to: 'verifying' }, NOW);
    expect((await listLeads(db)).map((l) => l.id)).toEqual([later.value.id, first.id]);
    expect((await listLeads(db, { status: 'verifying' })).map((l) => l.id)).toEqual([first.id]);
    expect(await listLeads(db, { status: 'dismissed' })).toEqual([]);
  });
});
