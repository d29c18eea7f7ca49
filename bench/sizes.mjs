// Min+gzip sizes of what a consumer ships, with the two bundlers consumers use most: vite (rolldown) and esbuild.
// Each entry is a consumer's module importing from the package; it is bundled in production mode, minified and
// tree-shaken, once with the dependencies left out (external) and once with them in (bundled; React stays out
// of every bundle: an app that uses the React bindings ships React whatever state library it picks).
// Used by `npm run bench` (the size table) and `npm run size` (the budgets).
//   npx node bench/sizes.mjs [key …]     print the figures of every entry, or of the keys given
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { internalNames, mangleInternals } from '../packages/admin-bloc/scripts/mangle-internals.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = `${root}packages/admin-bloc/src/`;

/** Every runtime dependency and peer of admin-bloc: left out in the "external" builds. */
export const DEPENDENCIES = ['rxjs', 'immer', 'ky', 'zod', 'react', 'react-dom', 'msw', 'vitest'];
/** Left out of the "bundled" builds too: the app brings React (and Node its built-ins) whatever it imports. */
const ALWAYS_EXTERNAL = ['react', 'react-dom'];

/** The bundlers measured, by the key used in the figures. */
export const BUNDLERS = ['vite', 'esbuild'];

/**
 * What is measured. `code` is the consumer's module: a tree-shaken import from the package's entry, the way an
 * app imports it. `node: true` resolves with the `node` condition (the mocks' Node entry).
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
  {
    name: 'client: { createAdminClient } from admin-bloc',
    key: 'client',
    code: `export { createAdminClient } from '${src}index.ts';`,
  },
  {
    name: 'page: Bloc, Cubit and the React bindings (BlocProvider, BlocBuilder, useBloc, useBlocState)',
    key: 'page',
    code: [
      `export { Bloc, Cubit } from '${src}index.ts';`,
      `export { BlocProvider, BlocBuilder, useBloc, useBlocState } from '${src}react/index.ts';`,
    ].join('\n'),
  },
  { name: 'headless entry (admin-bloc, everything)', key: 'headless', code: `export * from '${src}index.ts';` },
  {
    name: 'OpenAPI builder: { buildOpenApiDocument } from admin-bloc/openapi',
    key: 'openapi',
    code: `export { buildOpenApiDocument } from '${src}openapi.ts';`,
  },
  { name: 'admin-bloc/react (everything)', key: 'react', code: `export * from '${src}react/index.ts';` },
  { name: 'admin-bloc/mocks (everything)', key: 'mocks', code: `export * from '${src}mocks/index.ts';`, node: true },
];

const isExternal = (names) => (id) =>
  id.startsWith('node:') || names.some((name) => id === name || id.startsWith(`${name}/`));

async function bundleWithVite(entry, dir, external, node) {
  const externalId = isExternal(external);
  const result = await viteBuild({
    configFile: false,
    logLevel: 'silent',
    mode: 'production',
    // The library build shortens the core's internal names (mangle.json): measure what ships.
    plugins: [mangleInternals()],
    define: { 'process.env.NODE_ENV': '"production"' },
    resolve: node ? { conditions: ['node', 'import', 'default'] } : undefined,
    build: {
      outDir: `${dir}/vite`,
      emptyOutDir: true,
      minify: true,
      sourcemap: false,
      lib: { entry, formats: ['es'], fileName: () => 'index.js' },
      // Vite keeps whitespace in an ES library build; the bundler's own minifier removes it too.
      rolldownOptions: { external: externalId, output: { minify: true, codeSplitting: false } },
    },
  });
  const chunks = (Array.isArray(result) ? result : [result]).flatMap((output) => output.output);
  const modules = chunks.flatMap((chunk) => Object.keys(chunk.modules ?? {}));
  return { out: readFileSync(`${dir}/vite/index.js`), modules };
}

async function bundleWithEsbuild(entry, dir, external, node) {
  const outfile = `${dir}/esbuild/index.js`;
  const result = await esbuild({
    entryPoints: [entry],
    metafile: true,
    absWorkingDir: root,
    outfile,
    bundle: true,
    format: 'esm',
    platform: node ? 'node' : 'browser',
    target: 'es2022',
    minify: true,
    treeShaking: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    // The same short internal names as the library build (mangle.json), through esbuild's own property mangling.
    mangleProps: new RegExp(`^(?:${Object.keys(internalNames).join('|')})$`),
    mangleCache: internalNames,
    external: external.flatMap((name) => [name, `${name}/*`]),
    logLevel: 'silent',
  });
  const modules = Object.values(result.metafile.outputs).flatMap((output) => Object.keys(output.inputs));
  return { out: readFileSync(outfile), modules: modules.map((id) => path.resolve(root, id)) };
}

async function bundle(bundler, code, external, node) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'admin-bloc-size-'));
  const entry = path.join(dir, 'entry.mjs');
  writeFileSync(entry, code);
  try {
    const { out, modules } =
      bundler === 'vite'
        ? await bundleWithVite(entry, dir, external, node)
        : await bundleWithEsbuild(entry, dir, external, node);
    return {
      minified: out.length,
      gzip: gzipSync(out, { level: 9 }).length,
      modules: modules.map((id) => id.replace(/\\/g, '/')),
    };
  } finally {
    // SIZE_KEEP=1 keeps the bundles in the temporary folder to read what is in them.
    if (!process.env.SIZE_KEEP) rmSync(dir, { recursive: true, force: true });
    else console.error(`kept ${dir}`);
  }
}

/**
 * Measures every entry with each bundler, without and with its dependencies. `only` limits it to some keys.
 * Returns one row per entry and bundler: `{ key, name, bundler, external, bundled }`, each of the two
 * `{ minified, gzip, modules }` with the ids of the modules in the bundle (`bundled` is undefined
 * for the mocks: they run in Node or a test runner, where bundling msw into them answers no consumer's question).
 */
export async function measureSizes(only, bundlers = BUNDLERS) {
  const sizes = [];
  for (const entry of ENTRIES) {
    if (only && !only.includes(entry.key)) continue;
    for (const bundler of bundlers) {
      const external = await bundle(bundler, entry.code, DEPENDENCIES, entry.node);
      const bundled = entry.node ? undefined : await bundle(bundler, entry.code, ALWAYS_EXTERNAL, entry.node);
      sizes.push({ name: entry.name, key: entry.key, bundler, external, bundled });
    }
  }
  return sizes;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const keys = process.argv.slice(2);
  console.log('| entry | bundler | deps external: min B | min+gzip B | deps bundled: min B | min+gzip B |');
  console.log('|---|---|---:|---:|---:|---:|');
  for (const size of await measureSizes(keys.length ? keys : undefined)) {
    const { external, bundled } = size;
    console.log(
      `| ${size.name} | ${size.bundler} | ${external.minified} | ${external.gzip} | ${bundled?.minified ?? '–'} | ${bundled?.gzip ?? '–'} |`,
    );
  }
}
