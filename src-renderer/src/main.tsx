import { StrictMode } from 'react';
import { z } from 'zod';
import { createRoot, type Root } from 'react-dom/client';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/charts/styles.css';
import '@mantine/dates/styles.css';
import './ui/global.css';
import { initI18n, readLocale } from './i18n/i18n';
import { AppProviders } from './app/AppProviders';
import { App } from './app/App';
import { DbErrorScreen } from './app/DbErrorScreen';
import { finishPendingDelete, onActiveDatabaseChanged } from './db/activeDatabase';
import { getDb } from './db/database';
import { openDatabaseSafely } from './db/openDatabase';
import { releaseWarm } from './db/warmConnection';

// The strict CSP forbids eval: zod must not try to compile validators with `new Function`.
z.config({ jitless: true });
initI18n(readLocale());

async function start(root: Root): Promise<void> {
  // A restore switched databases: another window's must reload, a replaced one is deleted.
  onActiveDatabaseChanged(() => window.location.reload());
  await finishPendingDelete();
  const db = getDb();
  const opened = await openDatabaseSafely(db);
  releaseWarm();
  if (opened.ok) {
    root.render(
      <StrictMode>
        <AppProviders>
          <App />
        </AppProviders>
      </StrictMode>,
    );
    return;
  }
  root.render(
    <AppProviders>
      <DbErrorScreen
        problem={opened.problem}
        detail={opened.detail}
        dbName={db.name}
        onRetry={() => window.location.reload()}
      />
    </AppProviders>,
  );
}

const container = document.getElementById('root');
if (container) void start(createRoot(container));
