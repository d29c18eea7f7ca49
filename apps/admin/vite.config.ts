import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

// `source` resolves admin-bloc to its TypeScript source, so the app needs no prebuilt package.
export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['source', ...defaultClientConditions] },
  // The entry chunk is React plus the zod schemas of the whole REST contract (~180 kB gzipped); the mocks are
  // their own chunk, loaded in mock mode only.
  build: { chunkSizeWarningLimit: 700 },
  server: { port: 5173 },
  preview: { port: 4173 },
});
