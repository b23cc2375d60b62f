/**
 * The push's bookkeeping of device sequences and change ids: a sequence past the range is refused
 * and pins nothing, a resend never moves the last sequence, and a changeId reused for other
 * content is refused instead of answered `duplicate` with the new content dropped.
 */
import { describe, expect, it } from 'vitest';
import type { PushChange } from '../../../src-shared/sync/push';
import { DEVICE_SEQ_WINDOW, MAX_DEVICE_SEQ } from '../../../src-shared/sync/sequenceRefusal';
import { create, nextId, statuses } from './helpers/changes';
import { BACKENDS, UNITS, useTestEnv } from './helpers/testEnv';

/** A party as the app records one: the nested value the content hash must see into. */
const PARTY = {
  id: 'p1',
  role: 'applicant',
  name: '张三',
  sex: 'male',
  idType: 'residentId',
  flags: [],
};

/** The same value with the keys of every object in reverse order. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reverseKeys(v)]),
  );
}

describe.each(BACKENDS)('push sequences and change ids on %s', (backend) => {
  const server = useTestEnv(backend);

  const storedSeq = (deviceId: string) =>
    server().count('select last_seq::int8 as n from devices where id = $1', [deviceId]);
  const answersOf = (deviceId: string) =>
    server().count('select count(*)::int as n from applied_changes where device_id = $1', [
      deviceId,
    ]);

  it.each([
    ['2^53 − 1', () => Number.MAX_SAFE_INTEGER],
    ['2^31', () => MAX_DEVICE_SEQ + 1],
    ['the window + 1 past the last sequence', () => 3 + DEVICE_SEQ_WINDOW + 1],
  ])(
    'refuses deviceSeq %s as seq-out-of-range, storing nothing and leaving lastSeq',
    async (_, seqOf) => {
      const device = await server().enroll(UNITS.yaohai);
      await server().push(device.token, [create(1, nextId(), { title: 'a' })]);
      await server().push(device.token, [create(3, nextId(), { title: 'b' })]);
      const far = create(seqOf(), nextId(), { title: 'far' });
      const reply = await server().push(device.token, [create(4, nextId(), { title: 'c' }), far]);
      expect(statuses(reply.results)).toEqual(['applied', 'rejected:seq-out-of-range']);
      expect(reply.lastSeq).toBe(4);
      expect(await storedSeq(device.deviceId)).toBe(4);
      expect(await answersOf(device.deviceId)).toBe(3);
      expect(
        await server().count('select count(*)::int as n from records where entity_id = $1', [
          far.entityId,
        ]),
      ).toBe(0);
      // The device is not pinned: its next change is taken as usual.
      expect(
        statuses(
          (await server().push(device.token, [create(5, nextId(), { title: 'd' })])).results,
        ),
      ).toEqual(['applied']);
    },
  );

  it('accepts a deviceSeq exactly the window past the last sequence', async () => {
    const device = await server().enroll(UNITS.yaohai);
    const reply = await server().push(device.token, [
      create(DEVICE_SEQ_WINDOW, nextId(), { title: 'w' }),
    ]);
    expect(statuses(reply.results)).toEqual(['applied']);
    expect(reply.lastSeq).toBe(DEVICE_SEQ_WINDOW);
  });

  it('answers a known change resent under a new sequence as a duplicate without moving lastSeq', async () => {
    const device = await server().enroll(UNITS.yaohai);
    const first = create(1, nextId(), { title: '欠薪' });
    await server().push(device.token, [first]);
    const resent = await server().push(device.token, [{ ...first, deviceSeq: 90 }]);
    expect(resent.results).toEqual([
      {
        status: 'duplicate',
        changeId: first.changeId,
        rev: 1,
        original: { status: 'applied', changeId: first.changeId, rev: 1 },
      },
    ]);
    expect(resent.lastSeq).toBe(1);
    expect(await storedSeq(device.deviceId)).toBe(1);
    // Sequence 90 was not taken by the resend: a real change may still use it.
    const later = await server().push(device.token, [create(90, nextId(), { title: 'x' })]);
    expect(statuses(later.results)).toEqual(['applied']);
    expect(later.lastSeq).toBe(90);
  });

  it('answers a resend whose patch lists its fields in another order as a duplicate', async () => {
    const device = await server().enroll(UNITS.yaohai);
    const first = create(1, nextId(), { title: 't', parties: [PARTY] });
    await server().push(device.token, [first]);
    const reordered = { ...first, patch: reverseKeys(first.patch) as PushChange['patch'] };
    expect(JSON.stringify(reordered.patch)).not.toBe(JSON.stringify(first.patch));
    expect(statuses((await server().push(device.token, [reordered])).results)).toEqual([
      'duplicate',
    ]);
  });

  const altered: [string, (c: PushChange) => PushChange][] = [
    ['a different patch value', (c) => ({ ...c, patch: { ...c.patch, title: 'other' } })],
    [
      'a nested value changed',
      (c) => ({ ...c, patch: { ...c.patch, parties: [{ ...PARTY, name: '李四' }] } }),
    ],
    ['an extra field', (c) => ({ ...c, patch: { ...c.patch, claims: '另一请求' } })],
    ['another baseRev', (c) => ({ ...c, baseRev: 1 })],
    ['another op', (c) => ({ ...c, op: 'update' })],
    ['another entityId', (c) => ({ ...c, entityId: nextId() })],
    ['another entity', (c) => ({ ...c, entity: 'workflow' })],
  ];
  it.each(altered)(
    'refuses the same changeId and sequence with %s as change-id-reused, keeping the first content',
    async (_, alter) => {
      const device = await server().enroll(UNITS.yaohai);
      const first = create(1, nextId(), { title: '原文', parties: [PARTY] });
      await server().push(device.token, [first]);
      const reply = await server().push(device.token, [alter(first)]);
      expect(statuses(reply.results)).toEqual(['rejected:change-id-reused']);
      expect(reply.lastSeq).toBe(1);
      expect(await answersOf(device.deviceId)).toBe(1);
      const stored = await server().db.query('select rev, data from records where entity_id = $1', [
        first.entityId,
      ]);
      expect(stored).toEqual([{ rev: 1, data: first.patch }]);
    },
  );

  it('answers a changeId stored before content hashes were kept as a duplicate, as before', async () => {
    const device = await server().enroll(UNITS.yaohai);
    const first = create(1, nextId(), { title: 'old' });
    await server().push(device.token, [first]);
    await server().db.query('update applied_changes set content_hash = null where change_id = $1', [
      first.changeId,
    ]);
    const other = { ...first, patch: { ...first.patch, title: 'new' } };
    expect(statuses((await server().push(device.token, [other])).results)).toEqual(['duplicate']);
  });

  it("still refuses another device's changeId as forbidden, whatever its content", async () => {
    const [a, b] = [await server().enroll(UNITS.yaohai), await server().enroll(UNITS.yaohai)];
    const first = create(1, nextId(), { title: 'a' });
    await server().push(a.token, [first]);
    const reply = await server().push(b.token, [
      { ...first, patch: { ...first.patch, title: 'b' } },
    ]);
    expect(statuses(reply.results)).toEqual(['rejected:forbidden']);
    expect(reply.lastSeq).toBe(0);
  });
});
