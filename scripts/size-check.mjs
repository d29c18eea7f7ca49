// `npm run size`: the size budgets, min+gzip, each measured with vite (rolldown) and with esbuild
// (bench/sizes.mjs). Prints every figure, exits non-zero when a budget is exceeded or when a bundle holds a
// module it must not.
// - core: `import { Bloc, Cubit } from 'admin-bloc'`, rxjs left out;
// - react: everything in `admin-bloc/react`, react left out;
// - client: `import { createAdminClient } from 'admin-bloc'` with its dependencies (ky, zod) bundled;
// - page: Bloc, Cubit and the React bindings with rxjs bundled, react left out; immer in neither it nor the core
//   (only `emitUpdate` needs it);
// - the OpenAPI builder (zod's JSON Schema conversion) in no bundle but its own entry's;
// - app initial JS: index.html's module script and modulepreloads in apps/admin/dist (run `npm run build` first).
// Where a goal is not met yet (BENCHMARKS.md says by how much and why) the check holds the figure to a ceiling
// a little above today's (for the client about 2.5 %: the contract and the client still change under other work),
// so CI fails on real growth, and prints the goal beside it. The page's ceiling is its goal.
// The core has a ceiling and no goal: its 2 kB goal is withdrawn, since readable source matters more than those
// bytes (BENCHMARKS.md). Its internal names are shortened at build time from mangle.json instead.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { measureAppInitialJs } from '../bench/app-initial-js.mjs';
import { measureSizes } from '../bench/sizes.mjs';

const dist = fileURLToPath(new URL('../apps/admin/dist/', import.meta.url));
const sizes = await measureSizes(['core', 'react', 'client', 'page', 'headless', 'openapi']);
const find = (key, bundler) => sizes.find((size) => size.key === key && size.bundler === bundler);

/** [key, which build, what, { vite: ceiling, esbuild: ceiling }, goal] */
const budgets = [
  ['core', 'external', '{ Bloc, Cubit } from admin-bloc, without rxjs', { vite: 2300, esbuild: 2420 }],
  ['react', 'external', 'admin-bloc/react, without react', { vite: 1500, esbuild: 1600 }, 1500],
  ['client', 'bundled', 'createAdminClient with ky and zod', { vite: 23_200, esbuild: 24_200 }, 22_000],
  ['page', 'bundled', 'Bloc, Cubit and the React bindings with rxjs', { vite: 9000, esbuild: 9000 }, 9000],
];

const checks = [];
for (const [key, build, what, ceilings, goal] of budgets) {
  for (const bundler of ['vite', 'esbuild']) {
    checks.push({
      name: `${key} (${bundler}): ${what}`,
      bytes: find(key, bundler)[build].gzip,
      budget: ceilings[bundler],
      goal,
    });
  }
}
if (existsSync(`${dist}index.html`)) {
  const app = measureAppInitialJs(dist);
  for (const file of app.files) console.log(`  app initial script ${file.file}: ${file.gzip} B min+gzip`);
  checks.push({ name: 'app initial JS (apps/admin/dist)', bytes: app.gzip, budget: 150_000 });
} else {
  checks.push({
    name: 'app initial JS: apps/admin/dist is missing, run `npm run build` first',
    bytes: NaN,
    budget: 150_000,
  });
}

// The OpenAPI builder brings zod's JSON Schema conversion: only its own entry may hold it.
const openApiModule = /zod\/v4\/core\/(json-schema|to-json-schema)|admin-bloc\/src\/contract\/openapi\.ts$/;
const leaks = [];
for (const size of sizes) {
  if (size.key === 'openapi') {
    if (!size.bundled.modules.some((id) => openApiModule.test(id))) {
      leaks.push(
        `${size.key} (${size.bundler}): the OpenAPI entry's bundle holds no OpenAPI builder (the check is stale)`,
      );
    }
    continue;
  }
  for (const build of ['external', 'bundled']) {
    for (const id of size[build]?.modules ?? []) {
      if (openApiModule.test(id)) leaks.push(`${size.key} (${size.bundler}, ${build}) holds ${id}`);
    }
  }
}

// immer is for `emitUpdate` alone: a page with Bloc, Cubit and the React bindings does not ship it.
const immerModule = /\/node_modules\/immer\//;
const immerLeaks = [];
for (const size of sizes) {
  if (size.key !== 'core' && size.key !== 'page') continue;
  for (const build of ['external', 'bundled']) {
    for (const id of size[build]?.modules ?? []) {
      if (immerModule.test(id)) immerLeaks.push(`${size.key} (${size.bundler}, ${build}) holds ${id}`);
    }
  }
}

let failed = false;
console.log('\n| size (min+gzip) | bytes | budget | within | goal | goal met |');
console.log('|---|---:|---:|---|---:|---|');
for (const { name, bytes, budget, goal = budget } of checks) {
  const ok = bytes <= budget;
  failed ||= !ok;
  const shown = Number.isNaN(bytes) ? '–' : bytes;
  console.log(`| ${name} | ${shown} | ${budget} | ${ok ? 'yes' : 'NO'} | ${goal} | ${bytes <= goal ? 'yes' : 'NO'} |`);
}
if (leaks.length > 0) {
  failed = true;
  console.error(`\nThe OpenAPI builder is in a bundle that does not import it:\n  ${leaks.join('\n  ')}`);
} else {
  console.log('\nThe OpenAPI builder is in no bundle but admin-bloc/openapi (vite and esbuild).');
}
if (immerLeaks.length > 0) {
  failed = true;
  console.error(`\nimmer is in a bundle that does not use emitUpdate:\n  ${immerLeaks.join('\n  ')}`);
} else {
  console.log('immer is in neither the core nor the page (vite and esbuild).');
}
if (failed) {
  console.error('\nA size budget is exceeded (see the table above).');
  process.exitCode = 1;
}
