import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { listenForPush } from './push/push.ts';
import { App } from './ui/App.tsx';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// The worker precaches the app shell (vite-plugin-pwa/workbox), so the app opens with no network.
if ('serviceWorker' in navigator && import.meta.env.PROD) {
  navigator.serviceWorker.register('/field/sw.js', { scope: '/field/' }).catch((error) => {
    console.error('service worker', error);
  });
  listenForPush();
}
