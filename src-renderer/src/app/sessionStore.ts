import { create } from 'zustand';
import type { UserId } from '../../../src-shared/domain/ids';

/**
 * Who is signed in at this desk and whether the session is locked. UI state only: the user rows
 * live in the database and the data key in the database's keyring. Nothing is kept across a
 * reload: every start asks for a password.
 */
export type SessionStatus = 'signedOut' | 'active' | 'locked';

type SessionState = {
  userId: UserId | null;
  status: SessionStatus;
  /** A new account or a reset password: the user must choose their own before working. */
  mustChangePassword: boolean;
  /** The recovery key right after the first run, until the administrator confirms it is kept. */
  recoveryKey: string | null;
  firstRunDone: (userId: UserId, recoveryKey: string) => void;
  recoveryKeyKept: () => void;
  signedIn: (userId: UserId, mustChangePassword: boolean) => void;
  passwordChanged: () => void;
  locked: () => void;
  unlocked: () => void;
  signedOut: () => void;
};

export const useSession = create<SessionState>((set) => ({
  userId: null,
  status: 'signedOut',
  mustChangePassword: false,
  recoveryKey: null,
  firstRunDone: (userId, recoveryKey) =>
    set({ userId, status: 'active', mustChangePassword: false, recoveryKey }),
  recoveryKeyKept: () => set({ recoveryKey: null }),
  signedIn: (userId, mustChangePassword) => set({ userId, status: 'active', mustChangePassword }),
  passwordChanged: () => set({ mustChangePassword: false }),
  locked: () => set((s) => (s.status === 'active' ? { status: 'locked' } : s)),
  unlocked: () => set((s) => (s.status === 'locked' ? { status: 'active' } : s)),
  signedOut: () =>
    set({ userId: null, status: 'signedOut', mustChangePassword: false, recoveryKey: null }),
}));
