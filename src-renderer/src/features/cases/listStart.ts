/**
 * The case list before the search index is loaded: the plain list (no words, no filters, newest
 * first) is answered straight from IndexedDB — the stored count of live cases (db/caseCount.ts)
 * and the newest rows, a few small reads — while the search worker still reads and restores its
 * saved index (seconds with 100k cases). The index's answer replaces it once loaded.
 */
import { checkLiveCases } from '../../db/caseCount';
import { readListStart } from '../../db/caseQueries';
import { getDb } from '../../db/database';
import type { CaseRecord } from '../../../../src-shared/domain/caseCard';
import { isSearchLoaded } from '../../search';
import { useCaseList } from './caseListStore';

/** An answer for the list: `complete` false while it is only the database's first page. */
export type ListAnswer = {
  ids: string[];
  total: number;
  terms: string[];
  ready: boolean;
  complete: boolean;
  /** The first page's rows as read with it, for the screen until its own reads return. */
  records?: ReadonlyMap<string, CaseRecord>;
};

type DateOrder = 'updatedAt' | 'receivedAt';

/** Rows shown from the database while the index loads: a screen and a half, at most. */
const FIRST_ROWS = 30;

async function readFirstPage(order: DateOrder): Promise<ListAnswer> {
  const { total, rows } = await readListStart(getDb(), { sort: order, limit: FIRST_ROWS });
  return {
    ids: rows.map((r) => r.id),
    total,
    terms: [],
    ready: true,
    complete: false,
    records: new Map(rows.map((r) => [r.id, r])),
  };
}

let warm: { order: DateOrder; answer: Promise<ListAnswer> } | null = null;

/**
 * A sign-in always lands on the case list: its first page is asked for now, while the app
 * renders. The search worker still starts with the list page: started here, its reads of the
 * index segments (≈ 50 MB with 100k cases) held up the app's own small reads before the list
 * page (a measured ≈ 0.4 s more until the page showed).
 */
export function warmCaseList(): void {
  // A window whose index is loaded answers from it at once.
  if (isSearchLoaded()) return;
  const { text, filters, sort } = useCaseList.getState();
  const isPlain = text.trim() === '' && Object.values(filters).every((v) => v === null);
  if (isPlain) {
    const order = sort === 'receivedAt' ? 'receivedAt' : 'updatedAt';
    const answer = readFirstPage(order);
    answer.catch(() => undefined);
    warm = { order, answer };
  }
}

/** The first page of the plain list in `order`: the one asked for at sign-in, else read now. */
export function firstPage(order: DateOrder): Promise<ListAnswer> {
  const asked = warm;
  warm = null;
  return asked?.order === order ? asked.answer : readFirstPage(order);
}

/** After start, once the index is loaded: a moment for the self-check of the stored count. */
const COUNT_CHECK_DELAY_MS = 5_000;
let isCountCheckDue = true;

/** Recounts the live cases once per window, off the start's path, repairing a count gone wrong. */
export function checkCountOnce(): void {
  if (!isCountCheckDue) return;
  isCountCheckDue = false;
  setTimeout(() => {
    checkLiveCases(getDb()).catch(() => undefined);
  }, COUNT_CHECK_DELAY_MS);
}
