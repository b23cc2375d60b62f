import { useLiveQuery } from 'dexie-react-hooks';
import type { Unit } from '../../../../src-shared/sync/enroll';
import { getDb } from '../../db/database';
import { getSetup } from '../../db/setup';
import { readSyncSettings } from '../../sync';

/** What the device page shows of the enrollment (never the token). */
export type DeviceEnrollment = {
  serverUrl: string | null;
  unit: Unit | null;
  serverDeviceId: string | null;
  enrolledAt: string | null;
  localUnit: { name: string; code: string } | null;
};

export function useDeviceEnrollment(): DeviceEnrollment | undefined {
  return useLiveQuery(async () => {
    const db = getDb();
    const [settings, setup] = await Promise.all([readSyncSettings(db), getSetup(db)]);
    return {
      serverUrl: settings.serverUrl,
      unit: settings.enrollment?.unit ?? null,
      serverDeviceId: settings.enrollment?.serverDeviceId ?? null,
      enrolledAt: settings.enrollment?.enrolledAt ?? null,
      localUnit: setup?.unit ?? null,
    };
  }, []);
}
