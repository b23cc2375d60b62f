import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../../db/database';
import { listStoredReference, type StoredReference } from '../../sync';

/** The reference sets on this device, live; undefined while loading. */
export function useStoredReference(): StoredReference[] | undefined {
  return useLiveQuery(() => listStoredReference(getDb()), []);
}
