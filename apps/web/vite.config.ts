import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The workspace packages (@usta/contracts, @usta/core) export their TypeScript source; Vite
// follows the node_modules symlinks to packages/* and compiles them like our own files.
// The API the dev server (and `vite preview`) forwards /api to; USTA_API_URL points it elsewhere.
const api = process.env.USTA_API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/api': api },
  },
  preview: {
    port: 4173,
    proxy: { '/api': api },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries change far less often than our code: separate chunks stay cached across
        // deploys, and no single file crosses the 500 kB warning line.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            {
              name: 'mantine',
              test: /node_modules[\\/](@mantine|@floating-ui|react-remove-scroll|react-transition-group)/,
            },
            // Leaflet is only fetched by the planning pages' map (a lazy chunk), never up front.
            { name: 'leaflet', test: /node_modules[\\/]leaflet[\\/]/ },
            { name: 'vendor', test: /node_modules/ },
          ],
        },
      },
    },
  },
});
