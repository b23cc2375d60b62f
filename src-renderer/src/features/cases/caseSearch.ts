/** The case list's view of the search index: one client per window, results as React state. */
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { getSearchClient, type SearchStatus } from '../../search';
import type { CaseRecord } from '../../../../src-shared/domain/caseCard';
import type { CaseFilters, CaseSort } from './caseListStore';

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
  const { caseType, focalPoint, status: caseStatus, handlerId } = params.filters;

  useEffect(() => {
    const ticket = ++latest.current;
    const trimmed = text.trim();
    getSearchClient()
      .query({
        text: trimmed,
        filters: { caseType, focalPoint, status: caseStatus, handlerId, deleted: 0 },
        // Relevance only means something with a query; otherwise newest first.
        sort: sort === 'relevance' && !trimmed ? 'updatedAt' : sort,
      })
      .then((r) => {
        if (ticket === latest.current) setResult({ ...r, ready: status.phase !== 'loading' });
      })
      .catch(() => {
        if (ticket === latest.current) setResult(EMPTY);
      });
  }, [text, sort, caseType, focalPoint, caseStatus, handlerId, status.version, status.phase]);

  return result;
}
