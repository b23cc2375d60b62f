import { useEffect, useState, type ReactNode } from 'react';
import { getDb } from '../../db/database';
import { getPlatform } from '../../platform';
import { createSyncEngine, loadReferenceCalendar, protectStoredToken } from '../../sync';
import { allowEnrolledServer } from './commands';
import { SyncContext } from './syncEngineContext';

/**
 * Makes the app's sync engine and runs it while the app is open: the timer, the `online` event,
 * the machine waking up (the platform's resume event) and "sync now" all go to this one instance.
 * `onRecordsChanged` is called after case rows changed through sync (pulls, conflicts, resolutions).
 */
export function SyncProvider({
  children,
  onRecordsChanged,
}: {
  children: ReactNode;
  onRecordsChanged: () => void;
}) {
  const [value] = useState(() => ({
    engine: createSyncEngine({
      db: getDb(),
      fetch: (input, init) => fetch(input, init),
      now: () => new Date(),
      random: () => Math.random(),
      subscribeResume: (listener) => getPlatform().onResumed(listener),
      onRecordsChanged,
    }),
    onRecordsChanged,
  }));
  useEffect(() => {
    let isMounted = true;
    // The server's holiday tables from earlier syncs count from the start, even offline.
    void loadReferenceCalendar(getDb());
    // A token stored in clear by an older build is wrapped by main now (desktop; the web build keeps it).
    void protectStoredToken(getDb()).catch(() => undefined);
    // Main cancels requests to any server it was not told of: tell it before the first run.
    void allowEnrolledServer().then(() => {
      if (isMounted) value.engine.start();
    });
    return () => {
      isMounted = false;
      value.engine.stop();
    };
  }, [value]);
  return <SyncContext value={value}>{children}</SyncContext>;
}
