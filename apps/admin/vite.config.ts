import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

// `source` resolves admin-bloc to its TypeScript source, so the app needs no prebuilt package.
export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['source', ...defaultClientConditions] },
  // Initial JS is React, the shell and the zod schemas of the REST contract (`npx node bench/app-initial-js.mjs`);
  // every screen is its own chunk (src/app/screens.ts) and the mocks are theirs, loaded in mock mode only.
  server: { port: 5173 },
  preview: { port: 4173 },
});
