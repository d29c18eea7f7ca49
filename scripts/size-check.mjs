// `npm run size`: the size budgets. Prints every figure, exits non-zero when a budget is exceeded.
// - core: `import { Bloc, Cubit } from 'admin-bloc'`, tree-shaken, minified, gzipped, rxjs and immer left out;
// - react: everything in `admin-bloc/react`, react left out;
// - app initial JS: index.html's module script and modulepreloads in apps/admin/dist (run `npm run build` first).
// The core misses its 2 kB goal (2,266 B; BENCHMARKS.md says what is left and why). Until it is met, the check holds
// the core to a ceiling just above today's figure, so CI still fails on any growth, and prints the goal beside it.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { measureAppInitialJs } from '../bench/app-initial-js.mjs';
import { measureSizes } from '../bench/sizes.mjs';

const dist = fileURLToPath(new URL('../apps/admin/dist/', import.meta.url));
const sizes = await measureSizes(['core', 'react']);
const byKey = Object.fromEntries(sizes.map((size) => [size.key, size.external.gzip]));

const checks = [
  { name: 'core: { Bloc, Cubit } from admin-bloc, without rxjs/immer', bytes: byKey.core, budget: 2300, goal: 2000 },
  { name: 'admin-bloc/react, without react', bytes: byKey.react, budget: 1500 },
];
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

let failed = false;
console.log('\n| size (min+gzip) | bytes | budget | within | goal | goal met |');
console.log('|---|---:|---:|---|---:|---|');
for (const { name, bytes, budget, goal = budget } of checks) {
  const ok = bytes <= budget;
  failed ||= !ok;
  const shown = Number.isNaN(bytes) ? '–' : bytes;
  console.log(`| ${name} | ${shown} | ${budget} | ${ok ? 'yes' : 'NO'} | ${goal} | ${bytes <= goal ? 'yes' : 'NO'} |`);
}
if (failed) {
  console.error('\nA size budget is exceeded (see the table above).');
  process.exitCode = 1;
}
