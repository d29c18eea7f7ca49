import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The sources under test live in src/, beside this folder's twin.
const sourceDir = join(import.meta.dirname, '../../src/core');
const folders = [sourceDir, join(sourceDir, '../testing')];
const exported = folders.flatMap((folder) =>
  readdirSync(folder)
    .filter((file) => file.endsWith('.ts') && !file.includes('.test') && file !== 'index.ts')
    .flatMap((file) => {
      const text = readFileSync(join(folder, file), 'utf8');
      const declarations = [...text.matchAll(/^export (?:abstract )?(?:class|function|interface|type|const) (\w+)/gm)];
      // An overloaded function is documented on its first signature: the others and the implementation follow it.
      return declarations
        .filter((match, index) => declarations.findIndex((other) => other[1] === match[1]) === index)
        .map((match) => {
          const before = text.slice(0, match.index);
          const doc = before.match(/\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*$/);
          return { name: `${file}: ${match[1]}`, doc: doc?.[1] ?? '' };
        });
    }),
);

describe('public documentation', () => {
  it('finds the exports', () => {
    expect(exported.length).toBeGreaterThan(30);
  });

  // `@internal` exports are shared between core files but left out of the package entry.
  it.each(exported.filter(({ doc }) => !doc.includes('@internal')))(
    '$name has a doc comment with an @example',
    ({ doc }) => {
      expect(doc).toContain('@example');
    },
  );
});
