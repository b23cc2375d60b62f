/**
 * The conflict inbox's items: a case conflict shows under its case, a workflow's or document's
 * under the case it belongs to, and acknowledging a whole-record conflict (the server's version
 * stands) takes it out of the open list without touching the records.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openJianhuDb, setDb, type JianhuDb } from '../../../src-renderer/src/db/database';
import { ConflictStatus, conflictsTable } from '../../../src-renderer/src/db/conflicts';
import { loadOpenConflictItems } from '../../../src-renderer/src/features/sync/useOpenConflicts';
import { acknowledgeConflict } from '../../../src-renderer/src/features/sync/commands';
import { unlockedKeyring, validInput } from '../db/fixtures';

vi.mock('../../../src-renderer/src/app/actor', () => ({ currentActor: vi.fn() }));

const AT = '2026-05-01T02:00:00.000Z';
const CASE_ID = '01900000-0000-7000-8000-000000000101';
const WORKFLOW_ID = '01900000-0000-7000-8000-000000000201';

let db: JianhuDb | null = null;
afterEach(() => {
  db?.close();
  db = null;
});

function conflict(id: string, entity: string, entityId: string) {
  return {
    id,
    entity,
    entityId,
    fields: [{ field: 'state', base: 'review', client: 'amount', server: 'refused' }],
    serverRev: 3,
    detectedAt: AT,
    status: ConflictStatus.open,
    resolvedAt: null,
    resolution: null,
  };
}

describe('conflict inbox items', () => {
  it('shows case and workflow conflicts under their case, and acknowledges a whole-record one', async () => {
    db = openJianhuDb(`conflict-items-${String(Math.random())}`, {
      keyring: unlockedKeyring(),
    });
    setDb(db);
    const title = validInput(1).title;
    await db.cases.add({
      ...validInput(1),
      id: CASE_ID,
      rev: 2,
      seq: 1,
      deleted: 0,
      updatedAt: AT,
    } as never);
    await db.workflows.add({
      id: WORKFLOW_ID,
      caseId: CASE_ID,
      kind: 'judicialAssistance',
      seq: 2,
    });
    const table = conflictsTable(db);
    await table.bulkPut([
      conflict('01900000-0000-7000-8000-000000000301', 'case', CASE_ID),
      conflict('01900000-0000-7000-8000-000000000302', 'workflow', WORKFLOW_ID),
      conflict('01900000-0000-7000-8000-000000000303', 'lead', 'lead-1'),
    ] as never);

    const items = await loadOpenConflictItems(db);
    const byEntity = new Map(items.map((i) => [i.conflict.entity, i.record?.title]));
    expect(byEntity).toEqual(
      new Map([
        ['case', title],
        ['workflow', title],
        ['lead', undefined],
      ]),
    );

    const workflowConflict = items.find((i) => i.conflict.entity === 'workflow')?.conflict;
    if (!workflowConflict) throw new Error('workflow conflict missing');
    await acknowledgeConflict(workflowConflict);
    const open = await loadOpenConflictItems(db);
    expect(open.map((i) => i.conflict.entity).sort()).toEqual(['case', 'lead']);
    expect(await table.get(workflowConflict.id)).toMatchObject({
      status: ConflictStatus.resolved,
      resolution: { state: 'server' },
    });
    expect(await db.workflows.get(WORKFLOW_ID)).toMatchObject({ caseId: CASE_ID, seq: 2 });
  });
});
