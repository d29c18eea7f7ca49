// zod or zod/mini for the shipped schemas: the same representative schemas (the user and organization
// answers of document 002, a list envelope, a query) written with each API, and the real contract and
// headless entry, bundled (vite, minified, gzip -9) with zod in and with zod left out.
//
//   npx node bench/zod-vs-mini/measure.mjs
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));
const src = fileURLToPath(new URL('../../packages/admin-bloc/src/', import.meta.url));
const entries = {
  'representative schemas, zod': `${here}classic.mjs`,
  'representative schemas, zod/mini': `${here}mini.mjs`,
  'the whole contract (src/contract)': `${src}contract/index.ts`,
  'headless entry (admin-bloc)': `${src}index.ts`,
};
const others = [/^rxjs/, /^immer/, /^ky/];

console.log('| bundle (rxjs, immer, ky left out) | zod left out: min+gzip B | zod in: min+gzip B | zod’s share B |');
console.log('|---|---:|---:|---:|');
for (const [name, entry] of Object.entries(entries)) {
  const sizes = [];
  for (const external of [[/^zod/, ...others], others]) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'zod-vs-mini-'));
    await build({
      configFile: false,
      logLevel: 'silent',
      mode: 'production',
      build: {
        outDir: dir,
        minify: true,
        lib: { entry, formats: ['es'], fileName: () => 'index.js' },
        rolldownOptions: { external, output: { minify: true, codeSplitting: false } },
      },
    });
    sizes.push(gzipSync(readFileSync(`${dir}/index.js`), { level: 9 }).length);
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`| ${name} | ${sizes[0]} | ${sizes[1]} | ${sizes[1] - sizes[0]} |`);
}
