import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

// The technician's app lives under /field/ on the same origin as the API, with a service worker
// of its own (scope /field/) that precaches the whole app shell: it opens with no network.
const api = process.env.USTA_API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  base: '/field/',
  plugins: [
    react(),
    VitePWA({
      // Registered by src/sw-register.ts (no inline script: the server's CSP forbids it).
      injectRegister: false,
      registerType: 'autoUpdate',
      filename: 'sw.js',
      scope: '/field/',
      includeAssets: ['icon.svg', 'push-sw.js'],
      manifest: {
        name: 'Usta Saha',
        short_name: 'Usta Saha',
        description: 'Usta teknisyen uygulaması — çevrimdışı çalışır',
        lang: 'tr',
        start_url: '/field/',
        scope: '/field/',
        display: 'standalone',
        orientation: 'portrait',
        theme_color: '#0f76aa',
        background_color: '#f4f6f8',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: '/field/index.html',
        navigateFallbackAllowlist: [/^\/field\//],
        // The API is never cached by the worker: the app keeps its data in IndexedDB.
        navigateFallbackDenylist: [/^\/api\//],
        // Web Push: show the message, wake open windows to sync (issue 7).
        importScripts: ['push-sw.js'],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
  server: { port: 5174, proxy: { '/api': api } },
  preview: { port: 4174, proxy: { '/api': api } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // The customer's QR confirmation page is a second, tiny entry (no React).
    rolldownOptions: { input: { main: 'index.html', confirm: 'confirm.html' } },
  },
});
