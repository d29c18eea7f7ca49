// zod or zod/mini for the shipped schemas: the same representative schemas (the user and organization
// answers of document 002, a list envelope, a query) written with each API, and the real contract and
// headless entry, bundled (vite, minified, gzip -9) with zod in and with zod left out. The contract is on
// zod/mini since this comparison; its rows now show what zod/mini costs it, with and without the OpenAPI
// generator (`buildOpenApiDocument` brings zod's JSON Schema conversion, which full zod carried anyway).
//
//   npx node bench/zod-vs-mini/measure.mjs
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));
const src = fileURLToPath(new URL('../../packages/admin-bloc/src/', import.meta.url));
/** Every module of the contract but the OpenAPI generator, as a consumer module. */
const contractModules = ['common', 'errors', 'data', 'state', 'admin', 'contacts', 'platform', 'audit'];
const contractWithoutOpenApi = [
  ...contractModules.map((name) => `export * from '${src}contract/${name}.ts';`),
  `export { allEndpoints, contract } from '${src}contract/all-endpoints.ts';`,
  `export { buildPath, defineEndpoint, pathParamNames } from '${src}contract/endpoint.ts';`,
  `export { fromSearchParams, toSearchParams } from '${src}contract/query.ts';`,
  `export { readableIssues } from '${src}contract/readable-issues.ts';`,
].join('\n');
const entries = {
  'representative schemas, zod': `${here}classic.mjs`,
  'representative schemas, zod/mini': `${here}mini.mjs`,
  'the whole contract (src/contract)': `${src}contract/index.ts`,
  'the contract without the OpenAPI generator': { code: contractWithoutOpenApi },
  'headless entry (admin-bloc)': `${src}index.ts`,
};
const others = [/^rxjs/, /^immer/, /^ky/];

console.log('| bundle (rxjs, immer, ky left out) | zod left out: min+gzip B | zod in: min+gzip B | zod’s share B |');
console.log('|---|---:|---:|---:|');
for (const [name, target] of Object.entries(entries)) {
  const sizes = [];
  for (const external of [[/^zod/, ...others], others]) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'zod-vs-mini-'));
    let entry = target;
    if (typeof target === 'object') {
      entry = path.join(mkdtempSync(path.join(os.tmpdir(), 'zod-vs-mini-entry-')), 'entry.mjs');
      writeFileSync(entry, target.code);
    }
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
