// The dashboard's initial JS: what a browser must download and run before the first screen can render,
// i.e. index.html's module scripts and the chunks it modulepreloads (lazily loaded screens and the mocks are not
// counted). Sizes are of the minified build, gzipped at level 9 (what Vite's build report prints).
//
//   npx node bench/app-initial-js.mjs            builds the app (production, mock mode) into bench/.build/app
//   npx node bench/app-initial-js.mjs <dist>     measures an existing build
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/**
 * The initial scripts of a built app and their sizes.
 *
 * @example
 * const { files, gzip } = measureAppInitialJs('apps/admin/dist'); // gzip: total bytes
 */
export function measureAppInitialJs(distDir) {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const sources = [
    ...html.matchAll(/<script\b[^>]*type="module"[^>]*\bsrc="([^"]+)"/g),
    ...html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*\bhref="([^"]+)"/g),
  ].map((match) => match[1]);
  const files = [...new Set(sources)].map((source) => {
    const code = readFileSync(join(distDir, source.replace(/^\//, '')));
    return { file: source, minified: code.length, gzip: gzipSync(code, { level: 9 }).length };
  });
  return {
    files,
    minified: files.reduce((sum, file) => sum + file.minified, 0),
    gzip: files.reduce((sum, file) => sum + file.gzip, 0),
  };
}

/**
 * Builds the dashboard as it ships (production React, mock mode) into `outDir`.
 *
 * @example
 * await buildAppForBench('bench/.build/app');
 */
export async function buildAppForBench(outDir) {
  const { build } = await import('vite');
  // A NODE_ENV other than production (vitest sets `test`) would bundle React's development build.
  process.env.NODE_ENV = 'production';
  await build({
    root: fileURLToPath(new URL('../apps/admin/', import.meta.url)),
    logLevel: 'warn',
    mode: 'production',
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = process.argv[2] ?? (await buildAppForBench(fileURLToPath(new URL('./.build/app', import.meta.url))));
  const result = measureAppInitialJs(dist);
  console.log('| initial script | min bytes | min+gzip bytes |');
  console.log('|---|---:|---:|');
  for (const file of result.files) console.log(`| ${file.file} | ${file.minified} | ${file.gzip} |`);
  console.log(`| **total** | ${result.minified} | ${result.gzip} |`);
}
