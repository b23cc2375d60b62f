/**
 * A change the server refused for its content: kept in the outbox with its code and the server's
 * reason, never sent again, and listed for the record it concerns (the case page shows it).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createCase } from '../../../src-renderer/src/db/createCase';
import type { JianhuDb } from '../../../src-renderer/src/db/database';
import type { OutboxRow } from '../../../src-renderer/src/db/rowTypes';
import { ackBatch } from '../../../src-renderer/src/sync/ack';
import { collectBatch } from '../../../src-renderer/src/sync/collect';
import {
  contentRefusalsOf,
  listContentRefusals,
} from '../../../src-renderer/src/sync/contentRefusals';
import { setUpDevice, validInput } from '../db/fixtures';

const NOW = new Date('2026-12-01T10:00:00+08:00');
const opened: JianhuDb[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

async function deviceWithCase() {
  const { db, actor } = await setUpDevice();
  opened.push(db);
  const created = await createCase(db, actor, validInput(1), NOW);
  if (!created.ok) throw new Error('the case was not created');
  const row = (await db.outbox.toArray()).find((r) => r.entity === 'case');
  if (!row) throw new Error('no outbox row for the case');
  return { db, caseId: created.value.id, row };
}

describe('content refusals on the device', () => {
  it('sends a case without the fields the server decides', async () => {
    const { db, caseId } = await deviceWithCase();
    const batch = await collectBatch(db, 10);
    const sent = batch.changes.find((c) => c.change.entityId === caseId)?.change.patch;
    expect(sent).toMatchObject({
      title: validInput(1).title,
      provisionalNo: expect.any(String) as unknown,
    });
    expect(sent).not.toHaveProperty('unitCode');
    expect(sent).not.toHaveProperty('deleted');
    expect(sent).not.toHaveProperty('updatedAt');
  });

  it('keeps a refused change with its code and reason, sends it no more, and lists it for its case', async () => {
    const { db, caseId, row } = await deviceWithCase();
    const reason = 'not a valid case record: parties.0.idNumber';
    const outcome = await ackBatch(
      db,
      [row],
      [{ status: 'rejected', changeId: row.changeId, code: 'invalid-content', reason }],
      NOW,
    );
    expect(outcome).toMatchObject({ refused: 1, removed: 0 });
    expect(await db.outbox.get(row.deviceSeq)).toMatchObject({
      lastError: 'refused:invalid-content',
      refusalReason: reason,
    });
    const batch = await collectBatch(db, 10);
    expect(batch.changes.map((c) => c.change.entityId)).not.toContain(caseId);
    expect(await listContentRefusals(db, 'case', caseId)).toEqual([
      {
        deviceSeq: row.deviceSeq,
        op: 'create',
        deviceTime: row.deviceTime,
        code: 'invalid-content',
        reason,
      },
    ]);
    expect(await listContentRefusals(db, 'case', 'another-case')).toEqual([]);
  });

  it('leaves out refusals that are not about content', () => {
    const base = { deviceSeq: 1, op: 'update', deviceTime: NOW.toISOString() } as const;
    const rows = [
      { ...base, lastError: 'refused:approval-already-answered' },
      { ...base, deviceSeq: 2, lastError: 'network' },
      { ...base, deviceSeq: 3, lastError: null },
      { ...base, deviceSeq: 4, lastError: 'refused:record-too-large' },
    ] as unknown as OutboxRow[];
    expect(contentRefusalsOf(rows)).toEqual([
      { ...base, deviceSeq: 4, code: 'record-too-large', reason: '' },
    ]);
  });
});
