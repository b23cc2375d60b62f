import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MantineProvider } from '@mantine/core';
import { z } from 'zod';
import '@mantine/core/styles.css';
import { App } from './app/App';
import { initI18n, readLocale } from './i18n/i18n';

// The server's policy forbids eval: zod must not compile validators with `new Function`.
z.config({ jitless: true });
initI18n(readLocale());

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <MantineProvider>
        <App />
      </MantineProvider>
    </StrictMode>,
  );
}
