import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The core's sources: src/core, the twin of this test's folder.
const here = join(import.meta.dirname, '../../src/core');
const sources = readdirSync(here)
  .filter((file) => file.endsWith('.ts') && !file.includes('.test'))
  .map((file) => ({ file, text: readFileSync(join(here, file), 'utf8') }));

const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

describe('the core stays headless', () => {
  it('has sources to check', () => {
    expect(sources.map((source) => source.file)).toContain('bloc.ts');
  });

  it.each(sources)('$file imports only rxjs, immer and core files', ({ text }) => {
    const imports = [...text.matchAll(/from\s+'([^']+)'/g)].map((match) => match[1]);
    for (const specifier of imports) expect(specifier).toMatch(/^(rxjs|immer|\.\/[a-z-]+\.js)$/);
    expect(text).not.toMatch(/from\s+'react|import\(\s*'react/);
  });

  it.each(sources)('$file uses no window or document', ({ text }) => {
    expect(withoutComments(text)).not.toMatch(/\b(window|document)\b/);
  });
});
