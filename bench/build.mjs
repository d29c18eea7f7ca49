// The production build of the core that the benchmark runs: vite library mode, minified, rxjs and immer
// external (the benchmark imports the same rxjs the baselines use).
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { mangleInternals } from '../packages/admin-bloc/scripts/mangle-internals.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = fileURLToPath(new URL('./.build/core/', import.meta.url));

/** Builds `src/core` for the benchmark and returns the path of the built module. */
export async function buildCore() {
  await build({
    configFile: false,
    logLevel: 'silent',
    mode: 'production',
    // The same internal names as the published package (mangle.json).
    plugins: [mangleInternals()],
    // What a consumer's production bundle does: development-only checks drop out.
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir: out,
      emptyOutDir: true,
      minify: true,
      sourcemap: false,
      lib: { entry: `${root}packages/admin-bloc/src/core/index.ts`, formats: ['es'], fileName: () => 'index.js' },
      rolldownOptions: { external: [/^rxjs/, /^immer/], output: { minify: true } },
    },
  });
  return `${out}index.js`;
}
