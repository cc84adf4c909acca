// The web console's build: `npm run build:web` (vite build web) writes web/dist, which `lifeboat serve`
// serves at / (src/app/console.ts). `npx vite web` serves it with hot reload, the API proxied to a local
// server on :8080.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 400,
    // The libraries (React and its DOM) in a chunk of their own: the console's code changes more often than they
    // do, so a browser keeps the larger chunk cached across upgrades, and neither chunk passes the limit.
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'vendor', test: /node_modules/ }] } } },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
