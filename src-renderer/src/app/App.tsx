import { Center, Loader } from '@mantine/core';
import { HashRouter, Navigate, Route, Routes } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../db/database';
import { getSetup } from '../db/setup';
import { FirstRunPage } from '../features/setup';
import { CaseListPage } from '../features/cases/CaseListPage';
import { notifyCasesChanged } from '../features/cases/caseSearch';
import { SyncProvider } from '../features/sync/SyncProvider';
import { AppLayout } from './AppLayout';
import {
  CaseFormPage,
  CasePage,
  ConflictInboxPage,
  DashboardPage,
  DeletedCasesPage,
  DevicePage,
  LeadToCasePage,
  LeadsPage,
  SettingsPage,
} from './lazyPages';
import { useCurrentUser } from './useCurrentUser';

export function App() {
  // undefined while loading, null before the first run.
  const setup = useLiveQuery(() => getSetup(getDb()), [], undefined);
  const user = useCurrentUser();

  if (setup === undefined || user === undefined) {
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    );
  }
  if (setup === null || user === null) return <FirstRunPage />;

  return (
    <SyncProvider onRecordsChanged={() => notifyCasesChanged()}>
      <HashRouter>
        <Routes>
          <Route element={<AppLayout unitName={setup.unit.name} user={user} />}>
            <Route index element={<Navigate to="/cases" replace />} />
            <Route path="cases" element={<CaseListPage />} />
            <Route path="cases/new" element={<CaseFormPage />} />
            <Route path="cases/:id" element={<CasePage />} />
            <Route path="cases/:id/edit" element={<CaseFormPage />} />
            <Route path="dashboard" element={<DashboardPage />} />
            <Route path="leads" element={<LeadsPage />} />
            <Route path="leads/:id/case" element={<LeadToCasePage />} />
            <Route path="deleted" element={<DeletedCasesPage />} />
            <Route path="settings" element={<SettingsPage />} />
            <Route path="settings/device" element={<DevicePage />} />
            <Route path="sync/conflicts" element={<ConflictInboxPage />} />
            <Route path="*" element={<Navigate to="/cases" replace />} />
          </Route>
        </Routes>
      </HashRouter>
    </SyncProvider>
  );
}
