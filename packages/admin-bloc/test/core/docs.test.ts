import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportedDeclarations } from '../support/exported-docs.js';

// The sources under test live in src/, beside this folder's twin.
const sourceDir = join(import.meta.dirname, '../../src/core');
const folders = [sourceDir, join(sourceDir, '../testing')];
const exported = exportedDeclarations(
  folders,
  /^export (?:abstract )?(?:class|function|interface|type|const) (\w+)/gm,
  ['index.ts'],
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
