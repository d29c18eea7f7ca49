import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allEndpoints } from '../../src/contract/index.js';
import { createMockDb } from '../../src/mocks/db.js';
import { createHandlers, mockRoutes } from '../../src/mocks/handlers/index.js';
import * as mocks from '../../src/mocks/index.js';
import { exportedDeclarations } from '../support/exported-docs.js';

// The mocks' sources: src/mocks, the twin of this test's folder.
const sourceDir = join(import.meta.dirname, '../../src/mocks');
const folders = [sourceDir, join(sourceDir, 'handlers')];
const exported = exportedDeclarations(folders, /^export (?:async )?(?:class|function|const) (\w+)/gm, [
  'test-support.ts',
]);

describe('admin-bloc/mocks', () => {
  it.each(exported)('$name has a doc comment with an @example', ({ doc }) => {
    expect(doc).toContain('@example');
  });

  it('has exactly one route per contract endpoint, and a handler for each (plus one for CORS preflights)', () => {
    const routes = mockRoutes();
    expect([...routes.keys()].sort()).toEqual(allEndpoints.map((endpoint) => endpoint.id).sort());
    for (const [id, route] of routes) expect(route.endpoint).toBe(allEndpoints.find((endpoint) => endpoint.id === id));
    expect(createHandlers(createMockDb(), { cors: false })).toHaveLength(allEndpoints.length);
    expect(createHandlers(createMockDb())).toHaveLength(allEndpoints.length + 1);
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
