import { useEffect, useRef } from 'react';
import { useSession } from '../../app/sessionStore';
import { useSyncEngine } from './syncEngineContext';

/**
 * The sync engine needs the data key (outbox patches and pulled records are sealed at rest), and
 * the idle lock drops it: the engine stops while the session is locked and starts again on
 * unlock. The first start stays SyncProvider's (it tells main the server first).
 */
export function PauseSyncWhileLocked() {
  const engine = useSyncEngine();
  const status = useSession((s) => s.status);
  const wasLocked = useRef(false);
  useEffect(() => {
    if (!engine) return;
    if (status === 'locked') {
      wasLocked.current = true;
      engine.stop();
    } else if (status === 'active' && wasLocked.current) {
      wasLocked.current = false;
      engine.start();
    }
  }, [engine, status]);
  return null;
}
