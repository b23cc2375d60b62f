import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../../db/database';
import { getSetup } from '../../db/setup';
import { readSyncOverview, type SyncOverview } from '../../sync';

/** What the device page shows of the enrollment: never the token, only whether it is wrapped. */
export type DeviceOverview = SyncOverview & {
  localUnit: { name: string; code: string } | null;
};

/** Live: reads meta without unwrapping, so a sync run's cursor moves cost no call to main. */
export function useDeviceOverview(): DeviceOverview | undefined {
  return useLiveQuery(async () => {
    const db = getDb();
    const [overview, setup] = await Promise.all([readSyncOverview(db), getSetup(db)]);
    return { ...overview, localUnit: setup?.unit ?? null };
  }, []);
}
