// Vite build of the explorer: `npx vite build -c src/explorer/vite.config.ts` → dist-explorer/.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

export const EXPLORER_ROOT = fileURLToPath(new URL('.', import.meta.url));
export const EXPLORER_OUT = fileURLToPath(new URL('../../dist-explorer', import.meta.url));

export default defineConfig({
  root: EXPLORER_ROOT,
  base: './',
  logLevel: 'warn',
  build: {
    outDir: EXPLORER_OUT,
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 8000,
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    // The extraction code (gazetteer and lexicons) makes one large chunk by design; rolldown's timing report is noise here.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  worker: { format: 'es' },
  server: { host: '127.0.0.1', fs: { allow: [fileURLToPath(new URL('../..', import.meta.url))] } },
});
