import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The exported declarations of the source files in `folders` (tests and the files `skipped` names left out),
 * each with the doc comment right above it: for the tests that every public name is documented with an example.
 * `declarations` matches an export line and captures its name. An overloaded function counts once, on its first
 * signature, where its doc comment stands.
 *
 * @example
 * const exported = exportedDeclarations([join(import.meta.dirname, '../../src/core')], /^export function (\w+)/gm, ['index.ts']);
 */
export function exportedDeclarations(folders: readonly string[], declarations: RegExp, skipped: readonly string[]) {
  return folders.flatMap((folder) =>
    readdirSync(folder)
      .filter((file) => file.endsWith('.ts') && !file.includes('.test') && !skipped.includes(file))
      .flatMap((file) => {
        const text = readFileSync(join(folder, file), 'utf8');
        const found = [...text.matchAll(declarations)];
        return found
          .filter((match, index) => found.findIndex((other) => other[1] === match[1]) === index)
          .map((match) => {
            const doc = text.slice(0, match.index).match(/\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*$/);
            return { name: `${file}: ${match[1]}`, doc: doc?.[1] ?? '' };
          });
      }),
  );
}
