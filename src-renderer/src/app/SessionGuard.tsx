import type { ReactNode } from 'react';
import { ChangePasswordDialog } from '../features/auth/ChangePasswordDialog';
import { LockScreen } from '../features/auth/LockScreen';
import { useIdleLock } from '../features/auth/useIdleLock';
import { useSession } from './sessionStore';
import type { CurrentUser } from './useCurrentUser';

/**
 * The signed-in app under the session's rules: it locks when idle; while locked it stays mounted
 * (a form keeps what was typed) but is hidden and inert under the lock screen; a user with an
 * initial password chooses their own before anything else.
 */
export function SessionGuard({ user, children }: { user: CurrentUser; children: ReactNode }) {
  useIdleLock();
  const status = useSession((s) => s.status);
  const mustChangePassword = useSession((s) => s.mustChangePassword);
  const isLocked = status === 'locked';
  return (
    <>
      <div
        aria-hidden={isLocked}
        inert={isLocked}
        style={isLocked ? { visibility: 'hidden' } : undefined}
      >
        {children}
      </div>
      {isLocked ? <LockScreen userName={user.name} /> : null}
      {!isLocked && mustChangePassword ? (
        <ChangePasswordDialog userName={user.name} isForced onClose={() => undefined} />
      ) : null}
    </>
  );
}
