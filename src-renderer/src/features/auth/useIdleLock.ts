import { useEffect } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useSession } from '../../app/sessionStore';
import { getDb } from '../../db/database';
import { readIdleLockMinutes } from '../../db/userDirectory';
import { lockSession } from './commands';

const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * Locks the session after the administrator's idle time without keyboard or pointer input. A
 * hidden tab counts as idle too: the timer keeps running while nobody looks.
 */
export function useIdleLock(): void {
  const status = useSession((s) => s.status);
  const minutes = useLiveQuery(() => readIdleLockMinutes(getDb()), [], undefined);
  useEffect(() => {
    if (status !== 'active' || minutes === undefined) return;
    const idleMs = minutes * 60_000;
    let timer = setTimeout(() => void lockSession(), idleMs);
    let last = Date.now();
    const onActivity = () => {
      const now = Date.now();
      // Pointer moves fire many times a second: re-arm at most once a second.
      if (now - last < 1000) return;
      last = now;
      clearTimeout(timer);
      timer = setTimeout(() => void lockSession(), idleMs);
    };
    for (const type of ACTIVITY) window.addEventListener(type, onActivity, { passive: true });
    return () => {
      clearTimeout(timer);
      for (const type of ACTIVITY) window.removeEventListener(type, onActivity);
    };
  }, [status, minutes]);
}
