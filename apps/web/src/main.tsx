import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app/global.css';
import './i18n/index.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { session } from './api/client.ts';
import { shareLogout } from './api/session-broadcast.ts';
import { App } from './app/App.tsx';
import { queryClient } from './app/query-client.ts';
import { router } from './app/router.tsx';
import { wireSession } from './app/wire-session.ts';

wireSession(session, router, queryClient);
shareLogout(session);

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
