/**
 * Encryption at rest through the database's middleware: what a person enters is found in clear
 * by the app and nowhere in the stored rows; without the key nothing sealed can be read or
 * written; a changed ciphertext is refused, not overwritten.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import type { CaseId } from '../../../src-shared/domain/ids';
import { createCase, updateCase } from '../../../src-renderer/src/db/cases';
import { openJianhuDb, type JianhuDb } from '../../../src-renderer/src/db/database';
import { SealedRowError, VaultLockedError } from '../../../src-renderer/src/security/errors';
import { lookupHash, sealRow } from '../../../src-renderer/src/security/rowSealing';
import { residentId, setUpDevice, validInput } from '../db/fixtures';

const T0 = new Date('2026-06-01T10:00:00+08:00');
const ID = residentId(42);
const PHONE = '13987654321';
const ADDRESS = '合肥市瑶海区长江东路1104号';
const BANK = '6222021234567890123';

let open: JianhuDb[] = [];
afterEach(() => {
  for (const db of open) db.close();
  open = [];
});

/** Every row of every table, read without the key, as text (typed arrays as numbers). */
async function rawDump(name: string): Promise<string> {
  const raw = new Dexie(name);
  await raw.open();
  const parts: string[] = [];
  for (const table of raw.tables) {
    for (const row of await table.toArray()) parts.push(JSON.stringify(row));
  }
  raw.close();
  return parts.join('\n');
}

async function deviceWithSensitiveCase() {
  const { db, actor } = await setUpDevice();
  open.push(db);
  const input = validInput(1);
  const party = { ...input.parties[0], idNumber: ID, phone: PHONE, address: ADDRESS, name: '赵某' };
  const made = await createCase(db, actor, { ...input, parties: [party as never] }, T0);
  if (!made.ok) throw new Error(JSON.stringify(made.issues));
  // A payment's bank account lives in the workflow row's `sensitive` map (workflowRows.ts).
  await db.workflows.put({
    id: 'wf-1',
    caseId: made.value.id,
    kind: 'assistance',
    seq: 1,
    sensitive: { 'recordPayment.bankAccount': BANK },
    snapshot: '{"context":{"payee":"赵某"}}',
  });
  return { db, actor, record: made.value };
}

describe('encryption at rest', () => {
  it('stores no ID number, phone, address or bank account in clear, in any table', async () => {
    const { db, record } = await deviceWithSensitiveCase();
    const dump = await rawDump(db.name);
    for (const secret of [ID, PHONE, ADDRESS, BANK, ID.slice(0, 14)]) {
      expect(dump).not.toContain(secret);
    }
    // The app reads them back in clear through the middleware.
    const read = await db.cases.get(record.id);
    expect(read?.parties[0]).toMatchObject({ idNumber: ID, phone: PHONE, address: ADDRESS });
    expect((await db.workflows.get('wf-1'))?.sensitive).toEqual({
      'recordPayment.bankAccount': BANK,
    });
    expect(read).not.toHaveProperty('_sealed');
    expect(read).not.toHaveProperty('_lookup');
    // Names stay readable for search, and the ID number is findable by its keyed hash only.
    expect(dump).toContain('赵某');
    const keys = db.keyring?.keys();
    if (!keys) throw new Error('unlocked expected');
    expect(dump).toContain(lookupHash(keys.lookup, `id:${ID}`));
  });

  it('refuses to read a sealed row or to write a sensitive value while locked', async () => {
    const { db, actor, record } = await deviceWithSensitiveCase();
    db.keyring?.lock();
    await expect(db.cases.get(record.id)).rejects.toBeInstanceOf(VaultLockedError);
    const update = updateCase(db, actor, record.id, { facts: '补充' }, T0);
    await expect(update).rejects.toBeInstanceOf(VaultLockedError);
    // Readable fields of the rows can still be counted and indexed.
    expect(await db.cases.count()).toBe(1);
  });

  it('refuses a ciphertext changed or moved outside the app, and keeps it as it is', async () => {
    const { db, record } = await deviceWithSensitiveCase();
    const raw = openJianhuDb(db.name, { keyring: null });
    open.push(raw);
    const stored = (await raw.cases.get(record.id)) as unknown as Record<string, unknown>;
    const sealed = stored._sealed as { ct: Uint8Array };
    const flipped = Uint8Array.from(sealed.ct);
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    await raw.cases.put({ ...stored, _sealed: { ...sealed, ct: flipped } } as never);
    await expect(db.cases.get(record.id)).rejects.toBeInstanceOf(SealedRowError);
    // The same envelope under another primary key (a row copied) does not open either.
    await raw.cases.put({ ...stored, id: 'copied' } as never);
    await expect(db.cases.get('copied' as CaseId)).rejects.toBeInstanceOf(SealedRowError);
    const after = (await raw.cases.get(record.id)) as unknown as Record<string, unknown>;
    expect((after._sealed as { ct: Uint8Array }).ct).toEqual(flipped);
  });

  describe("an outbox change's patch", () => {
    /** The outbox rows as stored (no key), newest last. */
    async function storedOutbox(name: string): Promise<Record<string, unknown>[]> {
      const raw = openJianhuDb(name, { keyring: null });
      open.push(raw);
      return await raw.outbox.toArray();
    }

    it('of a case keeps the sensitive fields sealed and the rest as readable as the case row', async () => {
      const { db, actor, record } = await deviceWithSensitiveCase();
      const facts = await updateCase(db, actor, record.id, { facts: '当事人补充提交工资条' }, T0);
      expect(facts.ok).toBe(true);
      const factsRow = (await storedOutbox(db.name)).at(-1);
      // Nothing sensitive changed: the patch is stored as it is, with no envelope to open.
      expect(factsRow).not.toHaveProperty('_sealed');
      expect(factsRow?.patch).toEqual({ facts: '当事人补充提交工资条' });

      const NEW_PHONE = '13511112222';
      const party = { ...record.parties[0], phone: NEW_PHONE };
      const moved = await updateCase(db, actor, record.id, { parties: [party as never] }, T0);
      expect(moved.ok).toBe(true);
      const stored = (await storedOutbox(db.name)).at(-1);
      expect(stored).toHaveProperty('_sealed');
      expect(stored?.patch).toEqual({});
      expect(await rawDump(db.name)).not.toContain(NEW_PHONE);
      // The sync engine reads the change whole through the middleware.
      const read = await db.outbox.get(stored?.deviceSeq as number);
      expect(read?.patch).toEqual({ parties: [party] });
    });

    it('of any other entity is sealed whole', async () => {
      const { db } = await deviceWithSensitiveCase();
      await db.outbox.add({
        changeId: 'c-wf',
        deviceSeq: 900,
        entity: 'workflow',
        entityId: 'wf-1',
        op: 'update',
        baseRev: 0,
        patch: { note: '调解笔录已签' },
        deviceTime: T0.toISOString(),
        attempts: 0,
        lastAttemptAt: null,
        lastError: null,
      } as never);
      const stored = (await storedOutbox(db.name)).find((row) => row.deviceSeq === 900);
      expect(stored).toHaveProperty('_sealed');
      expect(stored).not.toHaveProperty('patch');
      expect((await db.outbox.get(900))?.patch).toEqual({ note: '调解笔录已签' });
    });

    it('of a case sealed whole by an earlier build still opens', async () => {
      const { db } = await deviceWithSensitiveCase();
      const keys = db.keyring?.keys();
      if (!keys) throw new Error('unlocked expected');
      const change = {
        changeId: 'c-old',
        deviceSeq: 901,
        entity: 'case',
        entityId: 'case-old',
        op: 'update',
        baseRev: 3,
        patch: { facts: '旧版本的改动', parties: [{ name: '钱某', idNumber: ID }] },
        deviceTime: T0.toISOString(),
        attempts: 0,
        lastAttemptAt: null,
        lastError: null,
      };
      // As the earlier build stored it: the whole patch in the envelope (the entity is not part
      // of the associated data, so sealing it as another entity's change gives the same row).
      const wholeSealed = {
        ...sealRow(keys, 'outbox', { ...change, entity: 'lead' }, 901),
        entity: 'case',
      };
      expect(wholeSealed).not.toHaveProperty('patch');
      const raw = openJianhuDb(db.name, { keyring: null });
      open.push(raw);
      await raw.outbox.put(wholeSealed as never);
      expect((await db.outbox.get(901))?.patch).toEqual(change.patch);
    });
  });
});
