/**
 * The page's side of importing a 台账: the context a check needs from this device (its users, the
 * keys of the cases already stored, the code labels of both locales), and the import itself.
 *
 * Nothing is half-written: the valid rows go through the bulk import path (importCases.ts), where
 * each chunk of 2,000 cases is one IndexedDB transaction with its audit entry and outbox rows. If
 * the page is closed or the machine stops mid-way, the chunks committed are complete and the rest
 * is absent; importing the same file again finds the committed rows as cases already stored
 * (duplicate keys) and imports only the others, so a re-run never doubles a case.
 */
import { getDb } from '../../db/database';
import { importCases } from '../../db/cases';
import { listUsers } from '../../db/setup';
import { currentActor } from '../../app/actor';
import { resources } from '../../i18n/i18n';
import { uuidv7 } from '../../../../src-shared/domain/ids';
import {
  checkLedger,
  duplicateKeys,
  type CardLabels,
  type CodeLabels,
  type ColumnMapping,
  type LedgerCheck,
  type LedgerSheet,
} from '../../../../src-shared/ledger';
import { notifyCasesChanged } from '../cases';

function codeLabelsOfAllLocales(): CodeLabels[] {
  return Object.values(resources).map((r) => (r.translation as { codes?: CodeLabels }).codes ?? {});
}

function cardLabelsOfAllLocales(): CardLabels[] {
  return Object.values(resources).map(
    (r) => (r.translation as { caseCard?: CardLabels }).caseCard ?? {},
  );
}

function newPartyId(): string {
  return uuidv7(Date.now(), crypto.getRandomValues(new Uint8Array(16)));
}

/** The duplicate keys of every case on this device, deleted ones left out. */
async function storedCaseKeys(): Promise<Set<string>> {
  const keys = new Set<string>();
  const cases = await getDb().cases.where('deleted').equals(0).toArray();
  for (const record of cases) for (const key of duplicateKeys(record)) keys.add(key);
  return keys;
}

export async function checkLedgerOnDevice(
  sheet: LedgerSheet,
  mapping: ColumnMapping,
): Promise<LedgerCheck> {
  const db = getDb();
  const [actor, users, existingKeys] = await Promise.all([
    currentActor(),
    listUsers(db),
    storedCaseKeys(),
  ]);
  return checkLedger(sheet, mapping, {
    codeLabels: codeLabelsOfAllLocales(),
    cardLabels: cardLabelsOfAllLocales(),
    users: users.map((u) => ({ id: u.id, name: u.name })),
    defaultHandlerId: actor.userId,
    newPartyId,
    existingKeys,
  });
}

/** Imports the checked rows; returns how many cases were stored. */
export async function importCheckedRows(
  check: LedgerCheck,
  onProgress: (done: number, total: number) => void,
): Promise<number> {
  const db = getDb();
  const actor = await currentActor();
  const inputs = check.valid.map((row) => row.input);
  const result = await importCases(db, actor, inputs, new Date(), {
    onProgress,
    onChunk: (records) => notifyCasesChanged(records),
  });
  return result.imported;
}
