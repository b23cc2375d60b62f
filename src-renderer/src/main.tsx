import { StrictMode } from 'react';
import { z } from 'zod';
import { createRoot, type Root } from 'react-dom/client';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './ui/global.css';
import { initI18n, readLocale } from './i18n/i18n';
import { AppProviders } from './app/AppProviders';
import { App } from './app/App';
import { DbErrorScreen } from './app/DbErrorScreen';
import { getDb } from './db/database';
import { exportReadableData, openDatabaseSafely } from './db/openDatabase';
import { getPlatform } from './platform';

// The strict CSP forbids eval: zod must not try to compile validators with `new Function`.
z.config({ jitless: true });
initI18n(readLocale());

async function start(root: Root): Promise<void> {
  const db = getDb();
  const opened = await openDatabaseSafely(db);
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
  const exportData = async () => {
    const data = await exportReadableData(db);
    const bytes = new TextEncoder().encode(JSON.stringify(data, null, 2));
    await getPlatform().saveFile('jianhu-export.json', bytes, [
      { name: 'JSON', extensions: ['json'] },
    ]);
  };
  root.render(
    <AppProviders>
      <DbErrorScreen
        problem={opened.problem}
        detail={opened.detail}
        onExport={() => void exportData()}
        onRetry={() => window.location.reload()}
      />
    </AppProviders>,
  );
}

const container = document.getElementById('root');
if (container) void start(createRoot(container));
