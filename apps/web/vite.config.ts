import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The workspace packages (@usta/contracts, @usta/core) export their TypeScript source; Vite
// follows the node_modules symlinks to packages/* and compiles them like our own files.
export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
  },
});
