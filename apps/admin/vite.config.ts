import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

// `source` resolves admin-bloc to its TypeScript source, so the app needs no prebuilt package.
export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['source', ...defaultClientConditions] },
  server: { port: 5173 },
  preview: { port: 4173 },
});
