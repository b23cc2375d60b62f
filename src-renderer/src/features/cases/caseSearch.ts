/** The case list's view of the search index: one client per window, results as React state. */
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { getSearchClient, type SearchStatus } from '../../search';
import { countCases, listCasesPage } from '../../db/caseQueries';
import { getDb } from '../../db/database';
import type { CaseRecord } from '../../../../src-shared/domain/caseCard';
import type { CaseFilters, CaseSort } from './caseListStore';
import { useDeadlineCases } from './useDeadlineCases';

/**
 * Call after every committed case write. Passing the written records lets the index take them
 * as they are; without them it re-reads what changed. Either way off the main thread.
 */
export function notifyCasesChanged(written?: readonly CaseRecord[]): void {
  getSearchClient().notifyChanged(written);
}

export function useSearchStatus(): SearchStatus {
  const c = getSearchClient();
  return useSyncExternalStore(
    (onChange) => c.subscribe(onChange),
    () => c.status,
  );
}

export type CaseSearchResult = {
  ids: string[];
  total: number;
  terms: string[];
  /** False until the first answer for the current question has arrived. */
  ready: boolean;
};

const EMPTY: CaseSearchResult = { ids: [], total: 0, terms: [], ready: false };

/** Rows shown from the database while the index loads: a screen and a half, at most. */
const FIRST_ROWS = 30;

/**
 * The plain list (no words, no filters, date order) straight from IndexedDB: the count and the
 * first rows, while the search worker is still reading its saved index (≈ 1 s with 100k cases).
 * The index's answer replaces it as soon as the index is loaded.
 */
async function firstRowsFromDatabase(
  sort: 'updatedAt' | 'receivedAt',
): Promise<Omit<CaseSearchResult, 'ready' | 'terms'>> {
  const db = getDb();
  const [total, rows] = await Promise.all([
    countCases(db, { deleted: 0 }),
    listCasesPage(db, { sort, direction: 'desc', offset: 0, limit: FIRST_ROWS, deleted: 0 }),
  ]);
  return { ids: rows.map((r) => r.id), total };
}

/** Filters, searches and sorts every case in the worker; re-asks whenever the index changes. */
export function useCaseSearch(params: {
  text: string;
  filters: CaseFilters;
  sort: CaseSort;
}): CaseSearchResult {
  const status = useSearchStatus();
  const [result, setResult] = useState<CaseSearchResult>(EMPTY);
  const latest = useRef(0);
  const { text, sort } = params;
  const { caseType, focalPoint, status: caseStatus, handlerId, deadline } = params.filters;
  const deadlineIds = useDeadlineCases(deadline);

  useEffect(() => {
    const ticket = ++latest.current;
    const trimmed = text.trim();
    // Relevance only means something with a query; otherwise newest first.
    const order = sort === 'relevance' && !trimmed ? 'updatedAt' : sort;
    const isLoading = status.phase === 'loading';
    let hasFirstRows = false;
    // The deadline filter waits for its cases: listing every case meanwhile would flash.
    if (deadlineIds === undefined) return;
    const isPlainList =
      !trimmed && !caseType && !focalPoint && !caseStatus && !handlerId && !deadlineIds;
    if (isLoading && isPlainList && order !== 'relevance') {
      firstRowsFromDatabase(order)
        .then((r) => {
          if (ticket !== latest.current) return;
          hasFirstRows = true;
          setResult({ ...r, terms: [], ready: true });
        })
        .catch(() => undefined);
    }
    getSearchClient()
      .query({
        text: trimmed,
        filters: {
          caseType,
          focalPoint,
          status: caseStatus,
          handlerId,
          deleted: 0,
          ids: deadlineIds,
        },
        sort: order,
      })
      .then((r) => {
        // An answer given while the index still loads is partial: it does not replace the rows
        // read from the database (the effect runs again once the index is loaded).
        if (ticket !== latest.current || (isLoading && hasFirstRows)) return;
        setResult({ ...r, ready: !isLoading });
      })
      .catch(() => {
        if (ticket === latest.current && !hasFirstRows) setResult(EMPTY);
      });
  }, [
    text,
    sort,
    caseType,
    focalPoint,
    caseStatus,
    handlerId,
    deadlineIds,
    status.version,
    status.phase,
  ]);

  return result;
}
