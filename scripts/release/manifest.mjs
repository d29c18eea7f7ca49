// The package's manifest as published and as the workspace uses it. Inside the repository every entry of
// `exports` has a `source` condition pointing at the TypeScript in src/, which vite, vitest and tsc resolve so
// nothing needs building first. A consumer's tools must never pick it (esbuild with `--conditions=source` would
// import TypeScript a plain JavaScript project cannot compile), so npm's pack and publish drop it:
//   node scripts/release/manifest.mjs published   (prepack) keeps the workspace manifest aside, writes the published one
//   node scripts/release/manifest.mjs workspace   (postpack) puts the workspace manifest back
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const manifestPath = fileURLToPath(new URL('../../packages/admin-bloc/package.json', import.meta.url));
const keptPath = fileURLToPath(new URL('../../packages/admin-bloc/.package.workspace.json', import.meta.url));

/** `exports` without the workspace-only conditions, at any depth. */
export function publishedExports(exports) {
  if (typeof exports !== 'object' || exports === null) return exports;
  return Object.fromEntries(
    Object.entries(exports)
      .filter(([condition]) => condition !== 'source')
      .map(([condition, target]) => [condition, publishedExports(target)]),
  );
}

function main(mode) {
  if (mode === 'published') {
    if (existsSync(keptPath)) throw new Error(`${keptPath} exists: a pack was interrupted; restore it first`);
    const text = readFileSync(manifestPath, 'utf8');
    const manifest = JSON.parse(text);
    writeFileSync(keptPath, text);
    writeFileSync(
      manifestPath,
      `${JSON.stringify({ ...manifest, exports: publishedExports(manifest.exports) }, null, 2)}\n`,
    );
  } else if (mode === 'workspace') {
    if (existsSync(keptPath)) renameSync(keptPath, manifestPath);
  } else {
    throw new Error('usage: manifest.mjs published|workspace');
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main(process.argv[2]);
