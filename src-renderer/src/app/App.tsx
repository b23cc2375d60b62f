import { Center, Loader } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { HashRouter, Navigate, Route, Routes } from 'react-router';
import { getDb } from '../db/database';
import { getSetup } from '../db/setup';
import { hasDataKey } from '../db/userDirectory';
import { SignInPage } from '../features/auth/SignInPage';
import { RecoveryKeyPage } from '../features/auth/RecoveryKeyPage';
import { SealingGate } from '../features/auth/SealingGate';
import { SecureUpgradePage } from '../features/auth/SecureUpgradePage';
import { FirstRunPage } from '../features/setup';
import { CaseListPage } from '../features/cases/CaseListPage';
import { notifyCasesChanged } from '../features/cases/caseSearch';
import { PauseSyncWhileLocked } from '../features/sync/PauseSyncWhileLocked';
import { SyncProvider } from '../features/sync/SyncProvider';
import { AppLayout } from './AppLayout';
import {
  ApprovalsPage,
  CaseFormPage,
  CasePage,
  ConflictInboxPage,
  DashboardPage,
  DeletedCasesPage,
  DevicePage,
  LeadToCasePage,
  LedgerImportPage,
  LeadsPage,
  SettingsPage,
  UsersPage,
} from './lazyPages';
import { useSession } from './sessionStore';
import { SessionGuard } from './SessionGuard';
import { useCurrentUser } from './useCurrentUser';

const loading = (
  <Center h="100vh">
    <Loader />
  </Center>
);

/**
 * What the window shows: the first run, the recovery key once, the securing of a device set up
 * by an older build, the sign-in, then the app for the signed-in user (under the lock screen
 * while the session is locked).
 */
export function App() {
  // undefined while loading, null before the first run.
  const setup = useLiveQuery(() => getSetup(getDb()), [], undefined);
  const isKeyed = useLiveQuery(() => hasDataKey(getDb()), [], undefined);
  const status = useSession((s) => s.status);
  const recoveryKey = useSession((s) => s.recoveryKey);
  const user = useCurrentUser();

  if (setup === undefined || isKeyed === undefined) return loading;
  if (setup === null) return <FirstRunPage />;
  if (recoveryKey) return <RecoveryKeyPage recoveryKey={recoveryKey} />;
  if (!isKeyed) return <SecureUpgradePage unitName={setup.unit.name} />;
  if (status === 'signedOut' || user === null) return <SignInPage unitName={setup.unit.name} />;
  if (user === undefined) return loading;

  return (
    <SealingGate userId={user.id}>
      <SessionGuard user={user}>
        <SyncProvider onRecordsChanged={() => notifyCasesChanged()}>
          <PauseSyncWhileLocked />
          <HashRouter>
            <Routes>
              <Route element={<AppLayout unitName={setup.unit.name} user={user} />}>
                <Route index element={<Navigate to="/cases" replace />} />
                <Route path="cases" element={<CaseListPage />} />
                <Route path="cases/new" element={<CaseFormPage />} />
                <Route path="cases/import" element={<LedgerImportPage />} />
                <Route path="cases/:id" element={<CasePage />} />
                <Route path="cases/:id/edit" element={<CaseFormPage />} />
                <Route path="dashboard" element={<DashboardPage />} />
                <Route path="leads" element={<LeadsPage />} />
                <Route path="leads/:id/case" element={<LeadToCasePage />} />
                <Route path="deleted" element={<DeletedCasesPage />} />
                <Route path="settings" element={<SettingsPage />} />
                <Route path="settings/device" element={<DevicePage />} />
                <Route path="settings/users" element={<UsersPage />} />
                <Route path="sync/conflicts" element={<ConflictInboxPage />} />
                <Route path="approvals" element={<ApprovalsPage />} />
                <Route path="*" element={<Navigate to="/cases" replace />} />
              </Route>
            </Routes>
          </HashRouter>
        </SyncProvider>
      </SessionGuard>
    </SealingGate>
  );
}
