import { create } from 'zustand';
import type { UserId } from '../../../src-shared/domain/ids';

/** Who is working at this desk right now. UI state only: the user rows live in the database. */
type SessionState = {
  userId: UserId | null;
  setUser: (userId: UserId | null) => void;
};

const STORAGE_KEY = 'jianhu.session.userId';

function readStoredUser(): UserId | null {
  try {
    return (localStorage.getItem(STORAGE_KEY) as UserId | null) ?? null;
  } catch {
    return null;
  }
}

export const useSession = create<SessionState>((set) => ({
  userId: readStoredUser(),
  setUser: (userId) => {
    try {
      if (userId) localStorage.setItem(STORAGE_KEY, userId);
      else localStorage.removeItem(STORAGE_KEY);
    } catch {
      // Storage can be unavailable (private mode); the session then lasts until reload.
    }
    set({ userId });
  },
}));
