/**
 * Size of `admin-bloc/react` as a consumer's bundle pays for it: the entry bundled with React, rxjs and
 * admin-bloc left out, fully minified (Vite's library build keeps whitespace in ES output), then gzipped.
 * Goal: at most 1.5 kB. Run from the repository root: `npx node packages/admin-bloc/scripts/size-react.ts`.
 *
 * @example
 * // npx node packages/admin-bloc/scripts/size-react.ts --json
 * // {"entry":"admin-bloc/react","minified":3364,"gzip":1405,"goal":1536}
 */
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, minifySync, type Rolldown } from 'vite';

const entry = fileURLToPath(new URL('../src/react/index.ts', import.meta.url));
const goal = 1536;

const result = await build({
  configFile: false,
  logLevel: 'silent',
  build: {
    write: false,
    minify: true,
    lib: { entry, formats: ['es'], fileName: 'react' },
    rollupOptions: { external: [/^react($|\/)/, /^react-dom($|\/)/, /^rxjs($|\/)/, /^admin-bloc($|\/)/] },
  },
});
const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
const code = outputs
  .flatMap((output) => output.output)
  .map((chunk) => (chunk.type === 'chunk' ? chunk.code : ''))
  .join('\n');
const minified = minifySync('react.js', code, { module: true, compress: true, mangle: { toplevel: true } }).code;
const size = {
  entry: 'admin-bloc/react',
  minified: Buffer.byteLength(minified),
  gzip: gzipSync(minified, { level: 9 }).length,
  goal,
};

if (process.argv.includes('--json')) console.log(JSON.stringify(size));
else console.log(`admin-bloc/react: ${size.minified} B minified, ${size.gzip} B min+gzip (goal ≤ ${goal} B)`);
process.exitCode = size.gzip <= goal ? 0 : 1;
