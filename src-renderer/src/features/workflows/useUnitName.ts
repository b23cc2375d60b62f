import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../../db/database';
import { getSetup } from '../../db/setup';

/** The procuratorate's name from the first run (the issuer of every document); undefined while loading. */
export function useUnitName(): string | undefined {
  return useLiveQuery(async () => (await getSetup(getDb()))?.unit.name ?? '', []);
}
