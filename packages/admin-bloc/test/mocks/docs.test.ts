import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allEndpoints } from '../../src/contract/index.js';
import { createMockDb } from '../../src/mocks/db.js';
import { createHandlers, mockRoutes } from '../../src/mocks/handlers/index.js';
import * as mocks from '../../src/mocks/index.js';

// The mocks' sources: src/mocks, the twin of this test's folder.
const sourceDir = join(import.meta.dirname, '../../src/mocks');
const folders = [sourceDir, join(sourceDir, 'handlers')];
const exported = folders.flatMap((folder) =>
  readdirSync(folder)
    .filter((file) => file.endsWith('.ts') && !file.includes('.test') && file !== 'test-support.ts')
    .flatMap((file) => {
      const text = readFileSync(join(folder, file), 'utf8');
      return [...text.matchAll(/^export (?:async )?(?:class|function|const) (\w+)/gm)].map((match) => {
        const doc = text.slice(0, match.index).match(/\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*$/);
        return { name: `${file}: ${match[1]}`, doc: doc?.[1] ?? '' };
      });
    }),
);

describe('admin-bloc/mocks', () => {
  it.each(exported)('$name has a doc comment with an @example', ({ doc }) => {
    expect(doc).toContain('@example');
  });

  it('has exactly one route per contract endpoint, and a handler for each', () => {
    const routes = mockRoutes();
    expect([...routes.keys()].sort()).toEqual(allEndpoints.map((endpoint) => endpoint.id).sort());
    for (const [id, route] of routes) expect(route.endpoint).toBe(allEndpoints.find((endpoint) => endpoint.id === id));
    expect(createHandlers(createMockDb())).toHaveLength(allEndpoints.length);
  });

  it('exports the documented entry points', () => {
    for (const name of [
      'createMockDb',
      'createHandlers',
      'createMockBackend',
      'setupMockServer',
      'startMockWorker',
      'startMockHttpServer',
      'createFaults',
      'parseFaultParams',
      'faultsToParams',
      'createMockRateLimiter',
    ]) {
      expect(typeof (mocks as Record<string, unknown>)[name], name).toBe('function');
    }
    expect(Object.keys(mocks.DEMO_TOKENS).sort()).toEqual(['admin', 'nonAdmin', 'scopedAdmin', 'superAdmin']);
  });
});
