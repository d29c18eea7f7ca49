import { describe, expect, it } from 'vitest';
import { SuccessEnvelope } from '../../src/contract/admin.js';
import { allEndpoints, contract } from '../../src/contract/all-endpoints.js';
import { buildPath, pathParamNames } from '../../src/contract/endpoint.js';
import { ErrorEnvelope } from '../../src/contract/errors.js';
import { allExamples, document002ErrorEnvelope, document002SuccessEnvelope } from './fixtures/index.js';

const byId = new Map(allEndpoints.map((endpoint) => [endpoint.id, endpoint]));

function endpointOf(id: string) {
  const endpoint = byId.get(id);
  if (!endpoint) throw new Error(`no endpoint ${id}`);
  return endpoint;
}

describe('contract', () => {
  it('has the 39 endpoints of the five documents plus the audit-log extension', () => {
    const perDocument: Record<string, number> = {};
    for (const { document } of allEndpoints) perDocument[document] = (perDocument[document] ?? 0) + 1;
    expect(perDocument).toEqual({ '000': 7, '001': 7, '002': 10, '003': 9, '004': 6, ext: 1 });
    expect(new Set(allEndpoints.map((endpoint) => endpoint.id)).size).toBe(40);
    expect(new Set(allEndpoints.map((endpoint) => `${endpoint.method} ${endpoint.path}`)).size).toBe(40);
  });

  it('contract groups hold exactly allEndpoints', () => {
    const fromGroups = Object.values(contract).flatMap((group) => Object.values(group));
    expect(new Set(fromGroups)).toEqual(new Set(allEndpoints));
  });

  it('every path is the real path (base once) and its params schema names exactly its placeholders', () => {
    for (const endpoint of allEndpoints) {
      expect(endpoint.path).toMatch(/^\/api\/(admin|v1)\//);
      expect(endpoint.path).not.toMatch(/^(\/api\/[^/]+(?:\/[^/]+)*)\1/);
      const names = pathParamNames(endpoint.path);
      const shape = endpoint.params && 'shape' in endpoint.params ? Object.keys(endpoint.params.shape as object) : [];
      expect(shape, endpoint.id).toEqual(names);
    }
  });

  it('orders literal paths before parameterised ones so in-order routers match the specific route', () => {
    const paths = allEndpoints.map((endpoint) => endpoint.path);
    expect(paths.indexOf('/api/v1/contacts/search')).toBeLessThan(paths.indexOf('/api/v1/contacts/:id'));
    expect(paths.indexOf('/api/v1/contacts/peer-mentors')).toBeLessThan(paths.indexOf('/api/v1/contacts/:id'));
    expect(paths.indexOf('/api/v1/contacts/peer-mentors/search')).toBeLessThan(
      paths.indexOf('/api/v1/contacts/peer-mentors/:id'),
    );
  });

  it('buildPath encodes values and refuses a missing one', () => {
    expect(buildPath('/api/v1/admin/users/:userId/suspend', { userId: 'a/b c' })).toBe(
      '/api/v1/admin/users/a%2Fb%20c/suspend',
    );
    expect(() => buildPath('/api/v1/contacts/:id', {})).toThrow(/Missing path parameter "id"/);
  });
});

describe('every example of the five documents parses with its endpoint schema', () => {
  it('covers each endpoint of documents 000, 001, 003 and 004 with a response example', () => {
    const withResponse = new Set(allExamples.filter((example) => 'response' in example).map((example) => example.id));
    for (const endpoint of allEndpoints) {
      if (['000', '001', '003', '004'].includes(endpoint.document))
        expect(withResponse, endpoint.id).toContain(endpoint.id);
    }
  });

  for (const example of allExamples) {
    const { id } = example;
    if (example.request !== undefined) {
      const text = example.request;
      it(`${id} request (${example.printed})`, () => {
        const body = endpointOf(id).body;
        expect(body, `${id} has a body schema`).toBeDefined();
        expect(body?.safeParse(JSON.parse(text)).error).toBeUndefined();
      });
    }
    if (example.query !== undefined) {
      const query = example.query;
      it(`${id} query (${example.printed})`, () => {
        expect(endpointOf(id).query?.safeParse(query).error).toBeUndefined();
      });
    }
    if (example.response !== undefined) {
      const text = example.response;
      it(`${id} response (${example.printed})`, () => {
        const result = endpointOf(id).response.safeParse(JSON.parse(text));
        expect(result.error).toBeUndefined();
      });
    }
  }

  it('document 002 success envelope', () => {
    const json = JSON.parse(document002SuccessEnvelope.replace('{ ... }', '{}'));
    expect(SuccessEnvelope.safeParse(json).error).toBeUndefined();
    // and the concrete list envelopes accept the same meta
    expect(contract.admin.usersList.response.safeParse({ ...json, data: [] }).error).toBeUndefined();
  });

  it('document 002 error envelope', () => {
    expect(ErrorEnvelope.parse(JSON.parse(document002ErrorEnvelope))).toEqual({
      success: false,
      error: { code: 'FORBIDDEN', message: 'Admin access required' },
    });
  });
});
