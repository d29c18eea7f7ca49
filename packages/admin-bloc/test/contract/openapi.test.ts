import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allEndpoints } from '../../src/contract/all-endpoints.js';
import {
  endpointParameterDescriptions,
  endpointSummaries,
  schemaDescriptions,
} from '../../src/contract/descriptions.js';
import { buildOpenApiDocument, renderOpenApiDocument } from '../../src/contract/openapi.js';
import { allExamples } from './fixtures/index.js';

/**
 * The generated OpenAPI document: well-formed OpenAPI 3.1 as far as a structural check goes (operations,
 * parameters, responses, every `$ref` resolving), covering every endpoint of `allEndpoints`, and identical
 * to the committed packages/admin-bloc/openapi.json.
 */

type Json = { [key: string]: unknown };

const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};
const doc = buildOpenApiDocument({ version: packageJson.version }) as Json & {
  paths: Record<string, Record<string, Json>>;
  components: { schemas: Record<string, Json> };
};
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

function operations() {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => ({ path, method, operation })),
  );
}

function collectRefs(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) collectRefs(item, out);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === '$ref' && typeof inner === 'string') out.push(inner);
      else collectRefs(inner, out);
    }
  }
  return out;
}

function resolve(ref: string): unknown {
  expect(ref.startsWith('#/'), ref).toBe(true);
  return ref
    .slice(2)
    .split('/')
    .reduce<unknown>(
      (node, part) => (node as Json | undefined)?.[part.replaceAll('~1', '/').replaceAll('~0', '~')],
      doc,
    );
}

/**
 * A small JSON Schema checker for the keywords the generated document uses (no validator is a dependency):
 * enough to show the published schemas accept what the zod schemas accept and reject what they reject.
 */
function violations(schema: unknown, value: unknown, at = '$'): string[] {
  if (schema === true || schema === undefined) return [];
  const s = schema as Json;
  if (typeof s.$ref === 'string') return violations(resolve(s.$ref), value, at);
  const problems: string[] = [];
  const typeOf = (v: unknown) =>
    v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v;
  if (s.type !== undefined) {
    const allowed = ([] as unknown[]).concat(s.type);
    const actual = typeOf(value);
    if (!allowed.includes(actual) && !(actual === 'integer' && allowed.includes('number'))) {
      return [`${at}: ${actual} is not ${allowed.join('|')}`];
    }
  }
  if (Array.isArray(s.enum) && !s.enum.includes(value)) problems.push(`${at}: not in enum`);
  if ('const' in s && s.const !== value) problems.push(`${at}: not the const`);
  if (Array.isArray(s.anyOf) && !s.anyOf.some((option) => violations(option, value, at).length === 0)) {
    problems.push(`${at}: matches no anyOf option`);
  }
  if (typeof s.pattern === 'string' && typeof value === 'string' && !new RegExp(s.pattern).test(value)) {
    problems.push(`${at}: does not match ${s.pattern}`);
  }
  if (typeof s.minimum === 'number' && typeof value === 'number' && value < s.minimum) problems.push(`${at}: < min`);
  if (typeof s.minLength === 'number' && typeof value === 'string' && value.length < s.minLength) {
    problems.push(`${at}: too short`);
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const object = value as Json;
    for (const key of (s.required as string[] | undefined) ?? []) {
      if (!(key in object)) problems.push(`${at}.${key}: required`);
    }
    const properties = (s.properties as Json | undefined) ?? {};
    for (const [key, inner] of Object.entries(object)) {
      if (key in properties) problems.push(...violations(properties[key], inner, `${at}.${key}`));
      else if (s.additionalProperties === false) problems.push(`${at}.${key}: not allowed`);
      else if (typeof s.additionalProperties === 'object') {
        problems.push(...violations(s.additionalProperties, inner, `${at}.${key}`));
      }
    }
  }
  if (Array.isArray(value)) {
    if (typeof s.minItems === 'number' && value.length < s.minItems) problems.push(`${at}: too few items`);
    value.forEach((item, index) => {
      problems.push(...violations(s.items, item, `${at}[${index}]`));
    });
  }
  return problems;
}

function operationOf(id: string): Json {
  const endpoint = allEndpoints.find((candidate) => candidate.id === id);
  if (!endpoint) throw new Error(id);
  return doc.paths[endpoint.path.replace(/:(\w+)/g, '{$1}')]?.[endpoint.method.toLowerCase()] as Json;
}

describe('OpenAPI document', () => {
  it('is OpenAPI 3.1 with the required top-level fields', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info).toMatchObject({ title: expect.any(String), version: packageJson.version });
    expect(doc.components.schemas).toBeTypeOf('object');
    expect(doc.security).toEqual([{ bearerAuth: [] }]);
  });

  it('has exactly one operation per contract endpoint, with its id, method and path', () => {
    const ops = operations();
    expect(ops.every(({ method }) => METHODS.includes(method))).toBe(true);
    expect(ops).toHaveLength(allEndpoints.length);
    for (const endpoint of allEndpoints) {
      const path = endpoint.path.replace(/:(\w+)/g, '{$1}');
      const operation = doc.paths[path]?.[endpoint.method.toLowerCase()];
      expect(operation, `${endpoint.method} ${path}`).toBeDefined();
      expect(operation?.operationId).toBe(endpoint.id);
      expect(operation?.summary).toBe(endpointSummaries[endpoint.id]);
    }
    expect(new Set(ops.map(({ operation }) => operation.operationId)).size).toBe(ops.length);
  });

  it('declares every path template parameter as a required path parameter, and no other', () => {
    for (const { path, operation } of operations()) {
      const templated = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
      const parameters = operation.parameters as Json[];
      const inPath = parameters.filter((parameter) => parameter.in === 'path');
      expect(
        inPath.map((parameter) => parameter.name),
        path,
      ).toEqual(templated);
      expect(inPath.every((parameter) => parameter.required === true)).toBe(true);
      for (const parameter of parameters) {
        expect(['path', 'query', 'header']).toContain(parameter.in);
        expect(parameter.schema, `${path} ${String(parameter.name)}`).toBeTypeOf('object');
      }
      const keys = parameters.map((parameter) => `${String(parameter.in)}:${String(parameter.name)}`);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('documents the query parameters the contract defines, with wire names, and the list format', () => {
    const users = doc.paths['/api/v1/admin/data/users']?.get?.parameters as Json[];
    expect(users.map((parameter) => parameter.name)).toEqual(['org_ids', 'role', 'status', 'search', 'page', 'limit']);
    expect(users[0]).toMatchObject({ in: 'query', style: 'form', explode: false, required: false });
    expect(users.every((parameter) => typeof parameter.description === 'string')).toBe(true);
    const search = doc.paths['/api/v1/contacts/search']?.get?.parameters as Json[];
    expect(search.filter((parameter) => parameter.required).map((parameter) => parameter.name)).toEqual([
      'org_id',
      'q',
    ]);
    const stats = doc.paths['/api/v1/admin/stats']?.get?.parameters as Json[];
    expect(stats).toEqual([expect.objectContaining({ name: 'X-Bulwark-Tenant', in: 'header', required: true })]);
  });

  it('gives every operation a JSON success response and error responses in the 002 envelope', () => {
    for (const endpoint of allEndpoints) {
      const operation = doc.paths[endpoint.path.replace(/:(\w+)/g, '{$1}')]?.[endpoint.method.toLowerCase()] as Json;
      const responses = operation.responses as Record<string, Json>;
      const success = responses[String(endpoint.successStatus ?? 200)];
      expect(success?.description).toBeTypeOf('string');
      expect((success?.content as Json | undefined)?.['application/json']).toMatchObject({
        schema: expect.any(Object),
      });
      expect(collectRefs(responses['4XX'])).toEqual(['#/components/schemas/ErrorEnvelope']);
      if (endpoint.body) expect(operation.requestBody).toMatchObject({ required: true });
      else expect(operation.requestBody).toBeUndefined();
    }
  });

  it('resolves every $ref, and components are plain JSON Schema (no $schema, $id or $defs left)', () => {
    const refs = collectRefs(doc);
    expect(refs.length).toBeGreaterThan(100);
    for (const ref of new Set(refs)) expect(resolve(ref), ref).toBeTypeOf('object');
    for (const [name, schema] of Object.entries(doc.components.schemas)) {
      expect(Object.keys(schema), name).not.toContain('$schema');
      expect(Object.keys(schema), name).not.toContain('$id');
    }
    expect(JSON.stringify(doc)).not.toContain('$defs');
  });

  it('names components after the exported schemas', () => {
    expect(doc.components.schemas.OrgNode).toMatchObject({
      type: 'object',
      required: ['org_id', 'name', 'parent_org_id', 'level'],
    });
    expect(doc.components.schemas.ErrorEnvelope).toMatchObject({ type: 'object' });
    expect(doc.components.schemas.PlatformUserSummary).toMatchObject({ type: 'object' });
  });

  it('accepts every verbatim example of the documents, as the zod schemas do', () => {
    let checked = 0;
    for (const example of allExamples) {
      const operation = operationOf(example.id);
      const endpoint = allEndpoints.find((candidate) => candidate.id === example.id);
      if (example.response !== undefined) {
        const responses = operation.responses as Record<string, Json>;
        const content = responses[String(endpoint?.successStatus ?? 200)]?.content as Json;
        const schema = (content['application/json'] as Json).schema;
        expect(violations(schema, JSON.parse(example.response)), `${example.id} response`).toEqual([]);
        checked += 1;
      }
      if (example.request !== undefined) {
        const content = (operation.requestBody as Json).content as Json;
        const schema = (content['application/json'] as Json).schema;
        expect(violations(schema, JSON.parse(example.request)), `${example.id} request`).toEqual([]);
        checked += 1;
      }
    }
    // 29 responses (000–004) and 9 request bodies (000, 001, 003, 004 and 002's organizations.create)
    expect(checked).toBe(38);
  });

  it('rejects what the zod schemas reject', () => {
    const responses = operationOf('data.orgNodes').responses as Record<string, { content: Record<string, Json> }>;
    const schema = responses['200']?.content['application/json']?.schema;
    const broken = { data: [{ org_id: 'a', name: 'b', parent_org_id: 7, level: -1 }], pagination: { page: 1 } };
    expect(violations(schema, broken)).toEqual([
      '$.data[0].parent_org_id: integer is not string|null',
      '$.data[0].level: < min',
      '$.pagination.limit: required',
      '$.pagination.total: required',
    ]);
  });

  it('is what packages/admin-bloc/openapi.json holds (run `npm run openapi` after changing the contract)', () => {
    const committed = readFileSync(new URL('../../openapi.json', import.meta.url), 'utf8');
    expect(committed === renderOpenApiDocument({ version: packageJson.version })).toBe(true);
  });

  it('prints the texts of descriptions.ts, and refuses a text whose schema, field or parameter the contract lacks', () => {
    const audit = doc.components.schemas.AuditLogEntry as { properties: Record<string, { description?: string }> };
    expect(audit.properties.actor_id?.description).toBe(schemaDescriptions.AuditLogEntry?.actor_id);
    const stale: [Record<string, Record<string, string>>, string, Record<string, string>][] = [
      [schemaDescriptions, 'RenamedEntry', { id: 'gone' }],
      [schemaDescriptions, 'AuditLogEntry', { ...schemaDescriptions.AuditLogEntry, renamed_field: 'gone' }],
      [
        endpointParameterDescriptions,
        'auditLog.list',
        { ...endpointParameterDescriptions['auditLog.list'], gone: 'gone' },
      ],
    ];
    for (const [table, key, texts] of stale) {
      const before = table[key];
      table[key] = texts;
      try {
        expect(() => buildOpenApiDocument()).toThrow(/descriptions\.ts describes/);
      } finally {
        if (before === undefined) delete table[key];
        else table[key] = before;
      }
    }
    expect(() => buildOpenApiDocument()).not.toThrow();
  });
});
