/** The signed-in person, shared by the shell and the pages. */
import { createContext, useContext } from 'react';
import type { SessionResponse } from '../../../src-shared/console/consoleApi';

export type SessionState = {
  session: SessionResponse;
  signOut: () => Promise<void>;
};

export const SessionContext = createContext<SessionState | null>(null);

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (state === null) throw new Error('useSession outside the signed-in shell');
  return state;
}
