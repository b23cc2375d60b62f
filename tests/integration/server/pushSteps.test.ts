/**
 * A large push is planned and written in steps (applyPush.ts), each step's statement running
 * while the next step is planned. Across steps it must behave as one push: a record changed in
 * several steps gets every version with the right data, each record's size is the text a pull
 * sends of it, and a step that fails leaves nothing of the whole push behind.
 */
import { describe, expect, it } from 'vitest';
import type { Db } from '../../../src-server/db/db';
import type { PushChange } from '../../../src-shared/sync/push';
import { create, statuses, update } from './helpers/changes';
import { BACKENDS, UNITS, startServer, useTestEnv } from './helpers/testEnv';

/** 250 changes: creates, with one record created first and edited again in later steps. */
function longBatch(prefix: string): PushChange[] {
  const changes: PushChange[] = [];
  for (let seq = 1; seq <= 250; seq++) {
    if (seq === 1) changes.push(create(seq, `${prefix}-x`, { claims: '一' }));
    else if (seq === 150) changes.push(update(seq, `${prefix}-x`, 1, { claims: '二' }));
    else if (seq === 240) changes.push(update(seq, `${prefix}-x`, 1, { facts: '三' }));
    else changes.push(create(seq, `${prefix}-${String(seq)}`, { title: `案 ${String(seq)}` }));
  }
  return changes;
}

describe.each(BACKENDS)('a push in several steps on %s', (backend) => {
  const env = useTestEnv(backend);

  it('applies every change and keeps each version of a record edited in later steps', async () => {
    const device = await env().enroll(UNITS.yaohai);
    const { results, lastSeq } = await env().push(device.token, longBatch('steps'));
    expect(statuses(results)).toEqual(Array.from({ length: 250 }, () => 'applied'));
    expect(lastSeq).toBe(250);
    const versions = await env().db.query(
      `select rev, data->>'claims' as claims, data->>'facts' as facts from record_version_data
        where unit_code = $1 and entity_id = 'steps-x' order by rev`,
      [UNITS.yaohai],
    );
    // Both edits were made at rev 1 on this device: the second keeps the first (no conflict).
    expect(versions).toEqual([
      { rev: 1, claims: '一', facts: '' },
      { rev: 2, claims: '二', facts: '' },
      { rev: 3, claims: '二', facts: '三' },
    ]);
    expect(
      await env().count(
        "select count(*)::int as n from records where unit_code = $1 and entity_id like 'steps-%'",
        [UNITS.yaohai],
      ),
    ).toBe(248);
  });

  it('stores the size of each record as the bytes of the JSON text a pull page sends of it', async () => {
    const device = await env().enroll(UNITS.luyang);
    // Seq 150 edits the record seq 1 made: its size follows the edit.
    await env().push(device.token, longBatch('sized').slice(0, 160));
    const page = await env().pull(device.token, '0', 1000);
    const rows = await env().db.query(
      'select entity_id, data_bytes from records where unit_code = $1',
      [UNITS.luyang],
    );
    const bytes = new Map(rows.map((r) => [String(r.entity_id), Number(r.data_bytes)]));
    expect(page.changes.length).toBe(159);
    expect(page.changes.find((c) => c.entityId === 'sized-x')?.rev).toBe(2);
    for (const c of page.changes)
      expect(bytes.get(c.entityId)).toBe(Buffer.byteLength(JSON.stringify(c.data)));
  });

  it.each([1, 3])('leaves nothing of the push behind when step %i fails', async (failingStep) => {
    const device = await env().enroll(UNITS.yaohai);
    let writes = 0;
    // Step 1 fails while step 2 is being planned; step 3 after two steps were stored.
    const failing: Db = {
      ...env().db,
      transaction: (fn) =>
        env().db.transaction((tx) =>
          fn({
            ...tx,
            query: async (sql, params) => {
              if (sql.includes('insert into applied_changes') && ++writes === failingStep)
                throw new Error('disk full (injected)');
              return tx.query(sql, params);
            },
          }),
        ),
    };
    const broken = await startServer(failing);
    try {
      const reply = await fetch(`${broken.url}/sync/push`, {
        method: 'POST',
        headers: { authorization: `Bearer ${device.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ changes: longBatch(`failed${String(failingStep)}`) }),
      });
      expect(reply.status).toBe(500);
    } finally {
      await broken.app.close();
    }
    expect(writes).toBe(failingStep);
    const left = `select count(*)::int as n from %s where device_id = $1`;
    for (const table of ['applied_changes', 'record_versions'])
      expect(await env().count(left.replace('%s', table), [device.deviceId])).toBe(0);
    expect(
      await env().count(
        `select count(*)::int as n from records where entity_id like 'failed${String(failingStep)}-%'`,
      ),
    ).toBe(0);
    expect(
      await env().count('select last_seq as n from devices where id = $1', [device.deviceId]),
    ).toBe(0);
    // The resend goes through whole.
    const retry = await env().push(device.token, longBatch(`failed${String(failingStep)}`));
    expect(statuses(retry.results)).toEqual(Array.from({ length: 250 }, () => 'applied'));
  });
});
