import { createContext, useContext } from 'react';
import type { SyncEngine } from '../../sync';

export type SyncContextValue = {
  engine: SyncEngine;
  /** Tells the rest of the app that case rows changed (the search index catches up). */
  onRecordsChanged: () => void;
};

/** The app's one sync engine (made by SyncProvider); null outside it. */
export const SyncContext = createContext<SyncContextValue | null>(null);

export function useSyncEngine(): SyncEngine | null {
  return useContext(SyncContext)?.engine ?? null;
}

const nothing = () => undefined;

export function useRecordsChanged(): () => void {
  return useContext(SyncContext)?.onRecordsChanged ?? nothing;
}
