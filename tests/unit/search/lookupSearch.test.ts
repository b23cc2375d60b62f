/**
 * Finding a case by a party's ID number or phone through the search client, over the worker
 * protocol, on a signed-in device: however the value is typed, never by part of it, and with no
 * clear value in a message to the worker or in the saved index.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseCardInput } from '../../../src-shared/domain/caseCard';
import { createCase, importCases, updateCase } from '../../../src-renderer/src/db/cases';
import type { JianhuDb } from '../../../src-renderer/src/db/database';
import {
  createSearchClient,
  type SearchClient,
} from '../../../src-renderer/src/search/searchClient';
import { lookupHash } from '../../../src-renderer/src/security/rowSealing';
import { residentId, setUpDevice, validInput } from '../db/fixtures';
import { channelWorker } from './channelWorker';

const NOW = new Date('2026-03-02T10:00:00+08:00');
const ID = '11010519491231002X';
const PHONE = '13812345678';
const NEW_PHONE = '13987654321';

let cleanup: (() => void)[] = [];
afterEach(() => {
  for (const f of cleanup) f();
  cleanup = [];
});

/** A case whose first party has `idNumber` and `phone`. */
function partyCase(i: number, idNumber: string, phone: string): CaseCardInput {
  const input = validInput(i);
  const [party] = input.parties;
  if (!party) throw new Error('validInput has a party');
  return { ...input, parties: [{ ...party, name: `当事人${String(i)}`, idNumber, phone }] };
}

/** A signed-in device with 20 other cases and the one under test; a client over the worker protocol. */
async function scene() {
  const { db, actor } = await setUpDevice();
  const others = Array.from({ length: 20 }, (_, i) =>
    partyCase(i + 1, residentId(i + 1), `1390000${String(1000 + i)}`),
  );
  await importCases(db, actor, others, NOW);
  const created = await createCase(db, actor, partyCase(0, ID, PHONE), NOW);
  if (!created.ok) throw new Error('create failed');
  const worker = channelWorker(db.name);
  const client = createSearchClient(db.name, { mode: 'worker', createWorker: () => worker, db });
  cleanup.push(() => {
    client.dispose();
    db.close();
  });
  await client.ready;
  return { db, actor, client, worker, target: created.value };
}

const idsOf = async (client: SearchClient, text: string) => (await client.query({ text })).ids;

/** Every string in a value (keys too), with byte arrays read as Latin-1 text. */
function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (value instanceof Uint8Array) out.push(String.fromCharCode(...value));
  else if (ArrayBuffer.isView(value)) return out;
  else if (Array.isArray(value)) for (const v of value) stringsIn(v, out);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, v] of Object.entries(value)) {
      out.push(key);
      stringsIn(v, out);
    }
  }
  return out;
}

/** The text normalised as the lookups are: half-width, upper case, letters and digits only. */
const bare = (text: string) =>
  text
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, '');

const hashOf = (db: JianhuDb, term: string) => {
  if (!db.keyring) throw new Error('the app handle has a keyring');
  return lookupHash(db.keyring.keys().lookup, term);
};

describe('finding a case by ID number or phone', () => {
  it('finds the case by the full ID number however typed, and by the phone with +86 or dashes', async () => {
    const { client, target } = await scene();
    for (const typed of [
      ID,
      ID.toLowerCase(),
      '１１０１０５１９４９１２３１００２Ｘ',
      '110105 19491231 002X',
      PHONE,
      '+86 138 1234 5678',
      '+8613812345678',
      '138-1234-5678',
    ]) {
      expect(await idsOf(client, typed), typed).toEqual([target.id]);
    }
  });

  it('does not find it by part of the ID number or phone', async () => {
    const { client } = await scene();
    // 12 digits look like a phone, 14 like nothing, 16 like another ID number: none is this one.
    for (const typed of ['110105194912', '11010519491231', '1101051949123100', '1381234567']) {
      expect(await idsOf(client, typed), typed).toEqual([]);
    }
  });

  it('sends only hashes to the worker and saves only hashes in the index', async () => {
    const { db, client, worker, target } = await scene();
    await idsOf(client, ID.toLowerCase());
    await idsOf(client, '+86 138-1234-5678');
    client.notifyChanged([target]);
    await client.sync();
    await client.flush();

    const idHash = hashOf(db, `id:${ID}`);
    const sent = worker.posted.map((m) => JSON.stringify(m));
    const queries = worker.posted.filter((m) => m.type === 'query');
    expect(queries.at(0)).toMatchObject({ query: { lookups: [idHash] } });
    expect(queries.every((m) => m.query.text === undefined)).toBe(true);
    expect(sent.some((m) => m.includes(idHash))).toBe(true);
    for (const text of sent.map(bare)) {
      expect(text).not.toContain(bare(ID));
      expect(text).not.toContain(PHONE);
    }

    const rows = await db.searchSegments.toArray();
    const stored = stringsIn(rows);
    expect(stored.some((s) => s.includes(idHash))).toBe(true);
    expect(stored.some((s) => s.includes(hashOf(db, `tel:${PHONE}`)))).toBe(true);
    for (const text of stored.map(bare)) {
      expect(text).not.toContain(bare(ID));
      expect(text).not.toContain(PHONE);
    }
  });

  it('after updateCase with a new phone: found by the new phone, not the old, also once reloaded', async () => {
    const { db, actor, client, worker, target } = await scene();
    const party = target.parties[0];
    if (!party) throw new Error('the case has a party');
    const updated = await updateCase(
      db,
      actor,
      target.id,
      { parties: [{ ...party, phone: NEW_PHONE }] },
      NOW,
    );
    if (!updated.ok) throw new Error('update failed');
    // The app's record (opened: no `_lookup`), handed over as the case form does.
    client.notifyChanged([updated.value]);
    await client.sync();
    const ingested = worker.posted.filter((m) => m.type === 'ingest').at(-1);
    expect(ingested?.entries[0]?.doc.lookups).toEqual(
      [`id:${ID}`, `tel:${NEW_PHONE}`].map((term) => hashOf(db, term)),
    );
    expect(await idsOf(client, NEW_PHONE)).toEqual([target.id]);
    expect(await idsOf(client, PHONE)).toEqual([]);
    expect(await idsOf(client, ID)).toEqual([target.id]);

    await client.flush();
    const reloaded = createSearchClient(db.name, { mode: 'inProcess', db });
    cleanup.push(() => {
      reloaded.dispose();
    });
    await reloaded.ready;
    expect(await idsOf(reloaded, NEW_PHONE)).toEqual([target.id]);
    expect(await idsOf(reloaded, PHONE)).toEqual([]);
  });

  it('locked: a handed-over record is read back with its hashes, and an ID query finds nothing', async () => {
    const { db, actor, client, worker } = await scene();
    const created = await createCase(db, actor, partyCase(30, residentId(30), NEW_PHONE), NOW);
    if (!created.ok || !db.keyring) throw new Error('create failed');
    const dataKey = Uint8Array.from(db.keyring.keys().dataKey);
    db.keyring.lock();
    client.notifyChanged([created.value]);
    await client.sync();
    expect(worker.posted.filter((m) => m.type === 'ingest')).toEqual([]);
    expect(await idsOf(client, NEW_PHONE)).toEqual([]);
    expect(worker.posted.at(-1)).toMatchObject({ type: 'query', query: { lookups: [] } });

    db.keyring.unlock(dataKey);
    expect(await idsOf(client, NEW_PHONE)).toEqual([created.value.id]);
  });

  it('still finds a case by its provisional number, which is sent as text', async () => {
    const { client, worker, target } = await scene();
    expect(await idsOf(client, target.provisionalNo)).toEqual([target.id]);
    expect(worker.posted.at(-1)).toMatchObject({ query: { text: target.provisionalNo } });
  });
});
