import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crossings, type ImportEdge, importGraph, type LayerRule } from './layer-graph.js';

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

// The layer arrows of DESIGN.md ("Layers" and its rules), checked over the import graph of the whole of src/.
// `layers`: what a layer may import values from; `typesFrom`: what it may import types from only.
const DESIGN_ARROWS: Record<string, LayerRule> = {
  // Generic Bloc, Cubit, transformers: knows nothing of admin, and stays headless.
  core: { layers: [], packages: ['rxjs', 'immer'] },
  // The zod schemas and endpoint definitions: the one source the client, the mocks and the OpenAPI document derive from.
  contract: { layers: ['core'], packages: ['zod'] },
  // createAdminClient on one ky instance, over the contract.
  api: { layers: ['contract'], packages: ['ky', 'zod'] },
  // What blocs depend on: the shared streams and the paged sources, over the client.
  repositories: { layers: ['api', 'contract', 'core'], forbiddenPackages: ['react', 'msw', 'vitest', 'ky'] },
  // Blocs import repositories, never api/ values; the client's types may appear in their options.
  blocs: {
    layers: ['repositories', 'contract', 'core'],
    typesFrom: ['api'],
    forbiddenPackages: ['react', 'msw', 'vitest', 'ky'],
  },
  // admin-bloc/react: only the package's public entry (and React).
  react: { layers: ['public'], forbiddenPackages: ['msw', 'vitest', 'ky'] },
  // admin-bloc/mocks: MSW handlers over the same contract.
  mocks: { layers: ['contract'], forbiddenPackages: ['react', 'vitest', 'ky'] },
  // `npx admin-bloc conformance` (the package's bin): the client over the contract, and Node's own modules.
  conformance: { layers: ['api', 'contract'], forbiddenPackages: ['react', 'msw', 'vitest'] },
  // admin-bloc/testing: blocTest and helpers over the core.
  testing: { layers: ['core'], forbiddenPackages: ['react', 'msw', 'ky'] },
  // The headless entry (index.ts) and admin-bloc/openapi: never React, MSW or vitest.
  entry: {
    layers: ['core', 'contract', 'api', 'repositories', 'blocs'],
    forbiddenPackages: ['react', 'msw', 'vitest'],
  },
};

/**
 * Crossings that exist today, each with why and what removes it. The test fails on any other crossing, and on a
 * listed one that is gone (delete its line then), so this list only shrinks.
 */
const KNOWN_CROSSINGS: Record<string, string> = {};

/** "No bloc imports another bloc": a value import between two features' folders of blocs/ (shared/ is for all). */
function blocToBloc(graph: readonly ImportEdge[]): string[] {
  const feature = (path: string) => (path.split('/').length > 2 ? path.split('/')[1] : undefined);
  return graph
    .filter((edge) => edge.layer === 'blocs' && edge.target === 'blocs' && !edge.typeOnly && edge.targetFile)
    .filter((edge) => {
      const from = feature(edge.file);
      const to = feature(edge.targetFile as string);
      return from && to && from !== to && to !== 'shared';
    })
    .map((edge) => `${edge.file} → ${edge.targetFile}: a bloc imports another bloc`);
}

describe('every layer arrow of DESIGN.md holds over the import graph of src/', () => {
  const graph = importGraph(join(import.meta.dirname, '../../src'));

  it('reads the whole graph: every layer, type-only and value edges', () => {
    const layers = new Set(graph.map((edge) => edge.layer));
    for (const layer of Object.keys(DESIGN_ARROWS)) expect(layers, layer).toContain(layer);
    expect(graph.some((edge) => edge.typeOnly)).toBe(true);
    expect(graph.filter((edge) => edge.layer === 'blocs' && edge.target === 'repositories').length).toBeGreaterThan(0);
  });

  it('has no crossing but the known ones', () => {
    const found = crossings(graph, DESIGN_ARROWS);
    expect(found.filter((crossing) => !(crossing in KNOWN_CROSSINGS))).toEqual([]);
  });

  it('still has every known crossing (delete the line of one that is gone)', () => {
    const found = new Set(crossings(graph, DESIGN_ARROWS));
    expect(Object.keys(KNOWN_CROSSINGS).filter((crossing) => !found.has(crossing))).toEqual([]);
  });

  it('has no bloc importing another bloc', () => {
    expect(blocToBloc(graph)).toEqual([]);
  });
});

describe('the layer check itself', () => {
  /** The import graph of a throw-away src/ tree holding `files` (path → source text); the tree is removed again. */
  const graphOf = (files: Record<string, string>) => {
    const dir = mkdtempSync(join(tmpdir(), 'admin-bloc-layers-'));
    try {
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
      }
      return importGraph(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it('reports a deliberate wrong import, and not an allowed one, a type-only one or one in a comment', () => {
    const graph = graphOf({
      'api/client.ts': "import { Schema } from '../contract/schema.js';\nexport const client = Schema;\n",
      'contract/schema.ts': "export const Schema = 1;\n// import { client } from '../api/client.js';\n",
      'blocs/users/users-bloc.ts':
        "import type { client } from '../../api/client.js';\nexport type C = typeof client;\n",
      'blocs/users/wrong.ts': "import { client } from '../../api/client.js';\nexport const wrong = client;\n",
      'core/bloc.ts': "const text = \"from '../api/client.js'\";\nexport const view = await import('react');\n",
    });
    expect(crossings(graph, DESIGN_ARROWS)).toEqual([
      'blocs/users/wrong.ts → api/client.ts: blocs may not import api (types only are allowed)',
      'core/bloc.ts → react: core uses only rxjs, immer',
    ]);
  });

  it('reports a bloc that imports another bloc, not one that imports blocs/shared', () => {
    const graph = graphOf({
      'blocs/shared/paged.ts': 'export const paged = 1;\n',
      'blocs/users/users-bloc.ts': "import { paged } from '../shared/paged.js';\nexport const users = paged;\n",
      'blocs/contacts/contacts-bloc.ts': "import { users } from '../users/users-bloc.js';\nexport const c = users;\n",
    });
    expect(blocToBloc(graph)).toEqual([
      'blocs/contacts/contacts-bloc.ts → blocs/users/users-bloc.ts: a bloc imports another bloc',
    ]);
  });
});
