// Min+gzip sizes of what a consumer ships: each entry is bundled by vite (rolldown) in production mode,
// minified, tree-shaken, once with the dependencies left out (external) and once with them in.
// Used by `npm run bench` (the size table) and `npm run size` (the budgets).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = `${root}packages/admin-bloc/src/`;

/** Every runtime dependency and peer of admin-bloc: left out in the "external" builds. */
export const DEPENDENCIES = [/^rxjs/, /^immer/, /^ky/, /^zod/, /^react/, /^msw/, /^vitest/, /^node:/];

/**
 * What is measured. `code` is the consumer's module: a tree-shaken import from the package's entry,
 * the way an app imports it.
 */
export const ENTRIES = [
  {
    name: 'core: { Bloc, Cubit } from admin-bloc',
    key: 'core',
    code: `export { Bloc, Cubit } from '${src}index.ts';`,
  },
  { name: 'Cubit alone', key: 'cubit', code: `export { Cubit } from '${src}index.ts';` },
  { name: 'Bloc alone', key: 'bloc', code: `export { Bloc } from '${src}index.ts';` },
  {
    name: 'core + built-in transformers (Bloc, Cubit, sequential, concurrent, droppable, restartable)',
    key: 'core-transformers',
    code: `export { Bloc, Cubit, sequential, concurrent, droppable, restartable } from '${src}index.ts';`,
  },
  { name: 'everything in src/core', key: 'core-all', code: `export * from '${src}core/index.ts';` },
  { name: 'headless entry (admin-bloc, everything)', key: 'headless', code: `export * from '${src}index.ts';` },
  { name: 'admin-bloc/react (everything)', key: 'react', code: `export * from '${src}react/index.ts';` },
  { name: 'admin-bloc/mocks (everything)', key: 'mocks', code: `export * from '${src}mocks/index.ts';`, node: true },
];

async function bundle(code, external, node) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'admin-bloc-size-'));
  const entry = path.join(dir, 'entry.mjs');
  writeFileSync(entry, code);
  try {
    await build({
      configFile: false,
      logLevel: 'silent',
      mode: 'production',
      define: { 'process.env.NODE_ENV': '"production"' },
      resolve: node ? { conditions: ['node', 'import', 'default'] } : undefined,
      build: {
        outDir: `${dir}/out`,
        emptyOutDir: true,
        minify: true,
        sourcemap: false,
        lib: { entry, formats: ['es'], fileName: () => 'index.js' },
        // Vite keeps whitespace in an ES library build; the bundler's own minifier removes it too.
        rolldownOptions: { external, output: { minify: true, codeSplitting: false } },
      },
    });
    const out = readFileSync(`${dir}/out/index.js`);
    return { minified: out.length, gzip: gzipSync(out, { level: 9 }).length };
  } finally {
    // SIZE_KEEP=1 keeps the bundles in the temporary folder to read what is in them.
    if (!process.env.SIZE_KEEP) rmSync(dir, { recursive: true, force: true });
  }
}

/** Measures every entry, without and with its dependencies. `only` limits it to some keys. */
export async function measureSizes(only) {
  const sizes = [];
  for (const entry of ENTRIES) {
    if (only && !only.includes(entry.key)) continue;
    const external = await bundle(entry.code, DEPENDENCIES, entry.node);
    // The mocks run in Node (msw/node, node:http): bundling msw into them answers no consumer's question.
    const bundled = entry.node ? undefined : await bundle(entry.code, [/^node:/], entry.node);
    sizes.push({ name: entry.name, key: entry.key, external, bundled });
  }
  return sizes;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const size of await measureSizes(process.argv.slice(2).length ? process.argv.slice(2) : undefined)) {
    console.log(
      `${size.key.padEnd(18)} external ${String(size.external.gzip).padStart(7)} B  bundled ${String(size.bundled?.gzip ?? '–').padStart(7)} B   ${size.name}`,
    );
  }
}
