/** Asks the server who is signed in; shows the sign-in page until someone is. */
import { Center, Loader } from '@mantine/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { RouterProvider } from 'react-router';
import type { SessionResponse } from '../../../src-shared/console/consoleApi';
import { sessionResponseSchema } from '../../../src-shared/console/consoleApi';
import { call, fetchJson, setCsrfToken } from '../api/api';
import { SignInPage } from '../pages/SignInPage';
import { consoleRouter } from './router';
import { SessionContext, type SessionState } from './session';

export function App() {
  const [session, setSession] = useState<SessionResponse | null | 'loading'>('loading');

  const accept = useCallback((next: SessionResponse | null) => {
    setCsrfToken(next?.csrfToken ?? null);
    setSession(next);
  }, []);

  useEffect(() => {
    // Not signed in (401) or the server unreachable: either way the sign-in page comes first.
    fetchJson('/me', sessionResponseSchema).then(accept, () => accept(null));
  }, [accept]);

  const state = useMemo<SessionState | null>(
    () =>
      session === null || session === 'loading'
        ? null
        : {
            session,
            signOut: async () => {
              await call('/session', null, { method: 'DELETE' }).catch(() => null);
              accept(null);
            },
          },
    [session, accept],
  );

  if (session === 'loading')
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    );
  if (state === null) return <SignInPage onSignedIn={accept} />;
  return (
    <SessionContext.Provider value={state}>
      <RouterProvider router={consoleRouter} />
    </SessionContext.Provider>
  );
}
