/**
 * Changes of one record the server refused for their content (ContentRefusal codes): kept in the
 * outbox, never sent again, and shown on the record so a person sees what the server would not
 * store and why, instead of the record silently staying different from every other desk.
 */
import { isContentRefusal, type ContentRefusal } from '../../../src-shared/sync/contentRefusal';
import type { JianhuDb } from '../db/database';
import type { OutboxRow } from '../db/rowTypes';
import { REFUSED_PREFIX, listRefusedChanges } from './collect';

export type ContentRefusalNote = {
  deviceSeq: number;
  op: OutboxRow['op'];
  /** When the person made the change (device clock). */
  deviceTime: string;
  code: ContentRefusal;
  /** The server's words: field paths and rules, never values. */
  reason: string;
};

/** The content refusals among refused outbox rows, oldest first. */
export function contentRefusalsOf(rows: readonly OutboxRow[]): ContentRefusalNote[] {
  return rows.flatMap((row) => {
    const code = row.lastError?.startsWith(REFUSED_PREFIX)
      ? row.lastError.slice(REFUSED_PREFIX.length)
      : null;
    if (code === null || !isContentRefusal(code)) return [];
    const { deviceSeq, op, deviceTime } = row;
    return [{ deviceSeq, op, deviceTime, code, reason: row.refusalReason ?? '' }];
  });
}

export async function listContentRefusals(
  db: JianhuDb,
  entity: OutboxRow['entity'],
  entityId: string,
): Promise<ContentRefusalNote[]> {
  return contentRefusalsOf(await listRefusedChanges(db, entity, entityId));
}
