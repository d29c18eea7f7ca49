import { defineConfig } from 'vitest/config';

// A plain Vite + React + TypeScript project: component tests under jsdom against admin-bloc/mocks.
export default defineConfig({
  test: { environment: 'jsdom', include: ['src/**/*.test.tsx'] },
});
