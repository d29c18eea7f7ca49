// Production builds of the core for the benchmark and the size report: vite library mode, minified,
// one build per question (what runs in the benchmark, what a consumer pays with and without rxjs).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = fileURLToPath(new URL('./.build/', import.meta.url));
const coreEntry = `${root}packages/admin-bloc/src/core/index.ts`;
const blocCubitEntry = `${root}bench/size-entries/bloc-cubit.ts`;

async function bundle(name, entry, external) {
  await build({
    configFile: false,
    logLevel: 'silent',
    mode: 'production',
    build: {
      outDir: `${out}${name}`,
      emptyOutDir: true,
      minify: true,
      sourcemap: false,
      lib: { entry, formats: ['es'], fileName: () => 'index.js' },
      // Vite keeps whitespace in an ES library build; the bundler's own minifier removes it too.
      rolldownOptions: { external, output: { minify: true } },
    },
  });
  const code = readFileSync(`${out}${name}/index.js`);
  return { name, minified: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

/** Builds the core for the benchmark and measures min+gzip sizes. Returns the path of the benchmark build. */
export async function buildCore() {
  const withoutRx = [/^rxjs/, /^immer/];
  const sizes = [
    await bundle('core', coreEntry, withoutRx),
    await bundle('core-with-rxjs', coreEntry, [/^immer/]),
    await bundle('bloc-cubit', blocCubitEntry, withoutRx),
    await bundle('bloc-cubit-with-rxjs', blocCubitEntry, [/^immer/]),
  ];
  return { corePath: `${out}core/index.js`, sizes };
}
