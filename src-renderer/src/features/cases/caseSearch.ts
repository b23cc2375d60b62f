/** The case list's view of the search index: one client per window, results as React state. */
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { getSearchClient, startSearchIndex, type SearchStatus } from '../../search';
import type { CaseRecord } from '../../../../src-shared/domain/caseCard';
import type { CaseFilters, CaseSort } from './caseListStore';
import { checkCountOnce, firstPage, type ListAnswer } from './listStart';
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

export type CaseSearchResult = ListAnswer;

/** `run` after the next frame is painted (a hidden window paints nothing: the fallback starts it). */
function afterPaint(run: () => void): () => void {
  return () => {
    if (typeof requestAnimationFrame === 'function') {
      requestAnimationFrame(() => setTimeout(run, 0));
    } else {
      run();
    }
  };
}

const EMPTY: CaseSearchResult = { ids: [], total: 0, terms: [], ready: false, complete: false };

/** Filters, searches and sorts every case in the worker; re-asks whenever the index changes. */
export function useCaseSearch(params: {
  text: string;
  filters: CaseFilters;
  sort: CaseSort;
}): CaseSearchResult {
  const status = useSearchStatus();
  const [result, setResult] = useState<CaseSearchResult>(EMPTY);
  const latest = useRef(0);
  /** The order of the database's first page on screen, if that is what is shown. */
  const shownFirstPage = useRef<string | null>(null);
  const { text, sort } = params;
  const { caseType, focalPoint, status: caseStatus, handlerId, deadline } = params.filters;
  const deadlineIds = useDeadlineCases(deadline);

  useEffect(() => {
    const ticket = ++latest.current;
    const trimmed = text.trim();
    // Relevance only means something with a query; otherwise newest first.
    const order = sort === 'relevance' && !trimmed ? 'updatedAt' : sort;
    const isLoading = status.phase === 'loading';
    if (status.phase === 'ready') checkCountOnce();
    let hasFirstRows = false;
    // The deadline filter waits for its cases: listing every case meanwhile would flash.
    if (deadlineIds === undefined) return;
    const isPlainList =
      !trimmed && !caseType && !focalPoint && !caseStatus && !handlerId && !deadlineIds;
    if (isLoading && isPlainList && order !== 'relevance') {
      // The index moves on while it loads (segments read, then caught up): the page on screen
      // stays until its answer, without reading it again.
      if (shownFirstPage.current === order) hasFirstRows = true;
      else
        firstPage(order)
          .then((r) => {
            if (ticket !== latest.current) return;
            hasFirstRows = true;
            shownFirstPage.current = order;
            setResult(r);
          })
          .catch(() => undefined)
          // The index starts restoring once these rows are painted, not while they are read.
          .finally(afterPaint(startSearchIndex));
    } else {
      // Anything but the plain list needs the index itself.
      startSearchIndex();
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
        shownFirstPage.current = null;
        setResult({ ...r, ready: !isLoading, complete: !isLoading });
      })
      .catch(() => {
        if (ticket !== latest.current || hasFirstRows) return;
        shownFirstPage.current = null;
        setResult(EMPTY);
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
