// Shortens the core's internal property names at build time, from the explicit list in ../mangle.json
// (Preact's approach): the source and the .d.ts keep readable names, the shipped JavaScript the short ones.
// Used by the library build (vite.config.ts), the size budgets (bench/sizes.mjs) and the benchmark's build
// (bench/build.mjs), so what is measured is what ships.
//
// Why a plugin and not the bundler's own `minify.mangleProps`: rolldown only allows that with a single output
// chunk, and the library build keeps one file per module. The list is the whole cache, so every chunk renames the
// same names to the same targets and the modules still agree with one another. Nothing but these exact names is
// touched: rolldown's minifier runs with compression and identifier mangling off.
import { readFileSync } from 'node:fs';
import { minifySync } from 'vite';

/** The explicit list, grouped by the object that carries the names: group → internal name → shipped name. */
export const internalNameGroups = JSON.parse(readFileSync(new URL('../mangle.json', import.meta.url), 'utf8')).props;

/** Every internal name → its shipped name (each name is in one group). */
export const internalNames = Object.assign({}, ...Object.values(internalNameGroups));

const names = Object.keys(internalNames);
const include = new RegExp(`^(?:${names.join('|')})$`);

/** A vite/rolldown plugin that renames the listed properties in every output chunk. */
export function mangleInternals() {
  return {
    name: 'admin-bloc:mangle-internals',
    renderChunk(code, chunk) {
      // Most modules use none of the names: leave their code exactly as the bundler printed it.
      if (!names.some((name) => code.includes(name))) return null;
      const result = minifySync(chunk.fileName, code, {
        module: true,
        compress: false,
        mangle: false,
        mangleProps: { include, cache: internalNames },
        codegen: { removeWhitespace: false },
      });
      if (result.errors.length > 0) {
        throw new Error(
          `mangle-internals: ${chunk.fileName}: ${result.errors.map((error) => error.message).join('; ')}`,
        );
      }
      return { code: result.code, map: null };
    },
  };
}
