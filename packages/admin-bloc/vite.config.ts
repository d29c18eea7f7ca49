import { defineConfig } from 'vite';
import { mangleInternals } from './scripts/mangle-internals.mjs';

// Library build: ESM that mirrors src/ module by module (dist/index.js, dist/react/index.js,
// dist/mocks/index.js, node.js and browser.js, dist/testing/index.js, dist/openapi.js and every module they
// import, next to tsc's .d.ts files).
// One file per module is what makes `sideEffects: false` pay off: a consumer's bundler drops every
// module it does not use (importing `Cubit` does not pull in zod and the contract). Every dependency
// and peer stays external, so consumers dedupe rxjs/zod/react with their own copies.
// The core's internal property names are shortened from mangle.json (scripts/mangle-internals.mjs).
export default defineConfig({
  plugins: [mangleInternals()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Maps beside every module, pointing at the src/ that ships with them: a consumer's debugger and stack
    // traces show the TypeScript.
    sourcemap: true,
    minify: false,
    lib: {
      entry: {
        index: 'src/index.ts',
        'react/index': 'src/react/index.ts',
        'mocks/index': 'src/mocks/index.ts',
        'mocks/node': 'src/mocks/node.ts',
        'mocks/browser': 'src/mocks/browser.ts',
        'testing/index': 'src/testing/index.ts',
        // `npx admin-bloc conformance`: the package's bin (package.json), built like the rest so the tarball has it.
        'conformance/cli': 'src/conformance/cli.ts',
        openapi: 'src/openapi.ts',
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^rxjs/, /^ky/, /^zod/, /^immer/, /^react/, /^msw/, /^vitest/, /^node:/, 'admin-bloc'],
      // No constant inlined across modules: the build would inline DEFAULT_PAGE_LIMIT and leave a bare
      // `import "../contract/common.js"` behind, which esbuild reports to every consumer as an ignored import
      // (the package is side-effect free), once per module. The consumer's bundler inlines them instead.
      optimization: { inlineConst: false },
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
      },
    },
  },
});
