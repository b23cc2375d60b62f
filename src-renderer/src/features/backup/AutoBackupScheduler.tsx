import { useEffect } from 'react';
import { runAutoBackupIfDue } from './commands';

/** The first look a few minutes after sign-in, so the start of a session stays quick. */
const FIRST_CHECK_MS = 3 * 60_000;
/** Then every quarter hour: the schedule counts in hours, this only finds when one is due. */
const CHECK_EVERY_MS = 15 * 60_000;

/**
 * Runs the automatic backups while the app is open and someone is signed in (the archive key
 * comes from the signed-in keyring). Mounted inside the signed-in layout; renders nothing.
 * One check at a time; a Web Lock keeps two windows from backing up at once.
 */
export function AutoBackupScheduler() {
  useEffect(() => {
    let isRunning = false;
    const check = () => {
      if (isRunning) return;
      isRunning = true;
      const run = () => runAutoBackupIfDue().catch(() => false);
      const locked =
        typeof navigator !== 'undefined' && 'locks' in navigator
          ? navigator.locks.request('jianhu-auto-backup', { ifAvailable: true }, (lock) =>
              lock ? run() : false,
            )
          : run();
      void locked.finally(() => {
        isRunning = false;
      });
    };
    const first = window.setTimeout(check, FIRST_CHECK_MS);
    const every = window.setInterval(check, CHECK_EVERY_MS);
    return () => {
      window.clearTimeout(first);
      window.clearInterval(every);
    };
  }, []);
  return null;
}
