import { defineConfig } from 'vite';

// Library build: one ESM file per public entry; every dependency and peer stays external,
// so consumers dedupe rxjs/zod/react with their own copies.
export default defineConfig({
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    minify: false,
    lib: {
      entry: {
        index: 'src/index.ts',
        react: 'src/react/index.ts',
        mocks: 'src/mocks/index.ts',
        testing: 'src/testing/index.ts',
      },
      formats: ['es'],
    },
    rollupOptions: {
      external: [/^rxjs/, /^ky/, /^zod/, /^immer/, /^react/, /^msw/, /^vitest/, /^node:/, 'admin-bloc'],
    },
  },
});
