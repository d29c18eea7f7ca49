// Writes openapi.json (OpenAPI 3.1) from the contract's zod definitions.
//   npm run openapi            write packages/admin-bloc/openapi.json
//   npm run openapi -- --check exit 1 when the committed file is out of date (CI)
// Runs on Node's own type stripping; scripts/resolve-ts.mjs maps the sources' `.js` imports to `.ts`.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderOpenApiDocument } from '../src/contract/openapi.js';

const packageJsonPath = fileURLToPath(new URL('../package.json', import.meta.url));
const outputPath = fileURLToPath(new URL('../openapi.json', import.meta.url));
const { version } = JSON.parse(readFileSync(packageJsonPath, 'utf8')) as { version: string };
const text = renderOpenApiDocument({ version });

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(outputPath, 'utf8');
  } catch {
    // missing counts as out of date
  }
  if (current !== text) {
    console.error('openapi.json is out of date: run `npm run openapi` and commit the result.');
    process.exit(1);
  }
  console.log('openapi.json is up to date.');
} else {
  writeFileSync(outputPath, text);
  console.log(`wrote ${outputPath}`);
}
