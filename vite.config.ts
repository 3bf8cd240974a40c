import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { offline } from './scripts/offline.ts';

/**
 * The built app may connect nowhere (index.html's Content-Security-Policy says `connect-src 'none'`);
 * the dev server's hot reload needs its own websocket, so `npm start` alone allows that.
 */
const devServerSocket = {
  name: 'dev-server-socket',
  apply: 'serve' as const,
  transformIndexHtml: (html: string) => html.replace("connect-src 'none'", "connect-src 'self' ws://localhost:* ws://127.0.0.1:*"),
};

export default defineConfig({
  // Svelte 5 reads TypeScript in components itself; runes everywhere.
  plugins: [svelte({ compilerOptions: { runes: true } }), devServerSocket, offline()],
  // Relative asset paths: the built folder works from any static host, at any path.
  base: './',
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: {
        // The model (and decimal.js) in a chunk of its own, which the page and the questions' worker
        // (src/worker/questionsWorker.ts) both import: it ships once, and the worker never loads the page's code.
        codeSplitting: { groups: [{ name: 'model', test: /[\\/](src[\\/]model|node_modules[\\/]decimal\.js)[\\/]/ }] },
      },
    },
  },
  resolve: process.env.VITEST ? { conditions: ['browser'] } : undefined,
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    // property tests check hundreds of generated scenarios against 40-digit references: a few
    // seconds each here, more on a loaded two-core CI machine than vitest's default 5 s allows
    testTimeout: 20_000,
  },
});
