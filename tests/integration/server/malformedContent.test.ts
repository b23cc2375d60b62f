/**
 * Malformed entity content in a well-formed push: each change is refused with its own code, the
 * rest of the batch goes through, and a pull afterwards delivers none of the refused content.
 */
import { describe, expect, it } from 'vitest';
import type { PushChange } from '../../../src-shared/sync/push';
import { MAX_TEXT_FIELD_CHARS } from '../../../src-shared/sync/contentCheck';
import { GENESIS, auditDevices, chain, edited, link } from './helpers/auditChain';
import {
  attachmentData,
  caseData,
  change,
  create,
  documentData,
  leadData,
  nextId,
  snapshotText,
  stepData,
  update,
  workflowData,
} from './helpers/changes';

import { BACKENDS, UNITS, useTestEnv } from './helpers/testEnv';

const BIG = 'x'.repeat(4 * 1024 * 1024);

type Row = [name: string, change: (seq: number) => PushChange, code: string];

/* prettier-ignore */
const ROWS: Row[] = [
  ['a case titled with a number',      (s) => create(s, 'bad-title', { title: 12345 }),                     'invalid-content'],
  ['parties that are not an array',    (s) => create(s, 'bad-parties', { parties: 'not-an-array' }),        'invalid-content'],
  ['an empty card',                    (s) => change({ deviceSeq: s, entityId: 'empty', op: 'create', patch: {} }), 'invalid-content'],
  ['a script payload',                 (s) => create(s, 'script', { title: '<script>alert(1)</script>' }),  'invalid-content'],
  ['a 4 MB text field',                (s) => create(s, 'big', { facts: BIG }),                             'record-too-large'],
  ['a reserved id',                    (s) => create(s, 'res-id', { id: 'other' }),                         'reserved-key'],
  ['a reserved rev',                   (s) => create(s, 'res-rev', { rev: 99 }),                            'reserved-key'],
  ['a reserved deleted',               (s) => create(s, 'res-del', { deleted: true }),                      'reserved-key'],
  ['another unit’s code',              (s) => create(s, 'res-unit', { unitCode: UNITS.luyang }),            'reserved-key'],
  ['an operator key',                  (s) => create(s, 'res-op', { $set: { title: 'x' } }),                'reserved-key'],
  ['a field no case has',              (s) => create(s, 'unknown', { assistanceAmount: 1 }),                'invalid-content'],
  ['a device lead claiming a model',   (s) => change({ deviceSeq: s, entity: 'lead', entityId: 'lead-model', op: 'create', patch: leadData({ origin: 'model' }) }), 'origin-not-allowed'],
  ['an audit entry pushed as a record', (s) => change({ deviceSeq: s, entity: 'audit', entityId: 'audit-1', op: 'create', patch: { ...chain('0190d000-0000-7000-8000-000000000099', 1)[0] } }), 'entity-not-pushable'],
  ['an attachment named as a path',    (s) => change({ deviceSeq: s, entity: 'attachment', entityId: 'att-path', op: 'create', patch: attachmentData({ name: '../../etc/passwd' }) }), 'invalid-content'],
  ['an attachment of size -1',         (s) => change({ deviceSeq: s, entity: 'attachment', entityId: 'att-size', op: 'create', patch: attachmentData({ size: -1 }) }), 'invalid-content'],
  ['an update breaking a stored case', (s) => update(s, 'good', 1, { parties: 'not-an-array' }),          'invalid-content'],
  ['a workflow with a garbage snapshot', (s) => change({ deviceSeq: s, entity: 'workflow', entityId: 'wf-garbage', op: 'create', patch: workflowData({ snapshot: 'garbage' }) }), 'invalid-content'],
  ['a workflow of an unknown kind',    (s) => change({ deviceSeq: s, entity: 'workflow', entityId: 'wf-kind', op: 'create', patch: workflowData({ kind: 'coup', snapshot: snapshotText('coup') }) }), 'invalid-content'],
  ['a workflow with a field it lacks', (s) => change({ deviceSeq: s, entity: 'workflow', entityId: 'wf-unknown', op: 'create', patch: workflowData({ verdict: 'guilty' }) }), 'invalid-content'],
  ['a step whose data is not an object', (s) => change({ deviceSeq: s, entity: 'step', entityId: 'step-data', op: 'create', patch: stepData({ data: 'x' }) }), 'invalid-content'],
  ['a step with a field it lacks',     (s) => change({ deviceSeq: s, entity: 'step', entityId: 'step-unknown', op: 'create', patch: stepData({ legal: true }) }), 'invalid-content'],
  ['a document of size -1',            (s) => change({ deviceSeq: s, entity: 'document', entityId: 'doc-size', op: 'create', patch: documentData({ size: -1 }) }), 'invalid-content'],
  ['a document with a bad hash',       (s) => change({ deviceSeq: s, entity: 'document', entityId: 'doc-hash', op: 'create', patch: documentData({ fileSha256: 'not-a-hash' }) }), 'invalid-content'],
  ['a document of an unknown template', (s) => change({ deviceSeq: s, entity: 'document', entityId: 'doc-template', op: 'create', patch: documentData({ templateId: 'fake.form' }) }), 'invalid-content'],
];

describe.each(BACKENDS)('malformed content on %s', (backend) => {
  const server = useTestEnv(backend);

  it('refuses each malformed change with its code, stores none of it, and lets the rest through', async () => {
    const env = server();
    const device = await env.enroll(UNITS.yaohai);
    await env.push(device.token, [create(1, 'good', { title: '正常案件' })]);
    const sent: PushChange[] = [];
    // Each refusal travels beside a valid change, so one batch holds both outcomes.
    for (const [i, [name, make, code]] of ROWS.entries()) {
      const seq = 2 + i * 2;
      const bad = make(seq);
      sent.push(bad);
      const fine = create(seq + 1, `fine-${String(i)}`, { title: `正常 ${String(i)}` });
      const reply = await env.push(device.token, [bad, fine]);
      expect(
        reply.results.map((r) => r.status),
        name,
      ).toEqual(['rejected', 'applied']);
      const refused = reply.results[0];
      expect(refused, name).toMatchObject({ status: 'rejected', code });
      // The reason names fields, never values (the payloads above must not come back).
      expect(refused?.status === 'rejected' && refused.reason, name).not.toMatch(
        /12345|script|xxxx|etc\/passwd/,
      );
    }
    const page = await env.pull(device.token, '0', 1000);
    const ids = page.changes.map((c) => c.entityId);
    expect(ids).toContain('good');
    expect(ids.filter((id) => id.startsWith('fine-'))).toHaveLength(ROWS.length);
    expect(page.changes.find((c) => c.entityId === 'good')).toMatchObject({
      rev: 1,
      data: { title: '正常案件', parties: caseData().parties },
    });
    const refusedIds = ROWS.map(([, make]) => make(0).entityId).filter((id) => id !== 'good');
    expect(ids.filter((id) => refusedIds.includes(id))).toEqual([]);
    expect(
      await env.count(
        'select count(*)::int as n from record_versions where entity_id = any($1::text[])',
        [`{${refusedIds.join(',')}}`],
      ),
    ).toBe(0);
    // A resend is refused the same way, still storing nothing.
    const resend = await env.push(device.token, [sent[0]!]);
    expect(resend.results[0]).toMatchObject({
      status: 'duplicate',
      original: { status: 'rejected', code: 'invalid-content' },
    });
  });

  it('refuses a forged audit chain on /sync/audit and stores none of it', async () => {
    const env = server();
    const devices = auditDevices(env);
    const d = await devices.enroll();
    const entries = chain(d.localId, 3);
    // The first entry's text was changed and its hash re-computed: the next one no longer links.
    const forged = [edited(entries[0]!, true), entries[1]!, entries[2]!];
    const reply = await devices.send(d, forged);
    expect(reply).toMatchObject({ status: 409, body: { code: 'audit-chain-broken' } });
    expect(await devices.stored(d)).toBe(0);
    // A chain made up from scratch but not starting at the server's head is refused as well.
    const e = await devices.enroll();
    const detached = link({ seq: 5, hash: GENESIS.hash }, [chain(e.localId, 1)[0]!]);
    expect((await devices.send(e, detached)).status).toBe(409);
    expect(await devices.stored(e)).toBe(0);
  });

  it('keeps a text field at the limit', async () => {
    const env = server();
    const device = await env.enroll(UNITS.luyang);
    const atLimit = 'y'.repeat(MAX_TEXT_FIELD_CHARS);
    // The card's own limit on facts is lower: a document's data carries long text.
    const reply = await env.push(device.token, [
      change({
        deviceSeq: 1,
        entity: 'document',
        entityId: nextId(),
        op: 'create',
        patch: documentData({ data: { text: atLimit } }),
      }),
    ]);
    expect(reply.results[0]?.status).toBe('applied');
  });

  it('stores the workflow, step and document records the app writes and delivers them', async () => {
    const env = server();
    const device = await env.enroll(UNITS.luyang);
    const made = (deviceSeq: number, entity: 'workflow' | 'step' | 'document', patch: object) =>
      change({ deviceSeq, entity, entityId: `valid-${entity}`, op: 'create', patch: { ...patch } });
    const reply = await env.push(device.token, [
      made(1, 'workflow', workflowData()),
      made(2, 'step', stepData({ workflowId: 'valid-workflow' })),
      made(3, 'document', documentData({ workflowId: 'valid-workflow' })),
    ]);
    expect(reply.results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);
    const page = await env.pull(device.token, '0', 1000);
    const pulled = page.changes.filter((c) => c.entityId.startsWith('valid-'));
    expect(pulled.map((c) => c.entity).sort()).toEqual(['document', 'step', 'workflow']);
    expect(pulled.find((c) => c.entity === 'step')?.data).toMatchObject({ event: 'explain' });
  });
});
