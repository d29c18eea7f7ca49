import * as z from 'zod/mini';
import * as admin from './admin.js';
import { allEndpoints } from './all-endpoints.js';
import * as audit from './audit.js';
import * as common from './common.js';
import * as contacts from './contacts.js';
import * as data from './data.js';
import {
  endpointParameterDescriptions,
  endpointSummaries,
  parameterDescriptions,
  schemaDescriptions,
} from './descriptions.js';
import type { Endpoint } from './endpoint.js';
import * as errors from './errors.js';
import * as platform from './platform.js';
import { RATE_LIMITS, STATUS_ERROR_CODES, TENANT_HEADER } from './protocol.js';
import { openEnumValues } from './reading.js';
import * as state from './state.js';

/**
 * The OpenAPI 3.1 document of the contract, generated from the same zod definitions the client and the
 * mocks use (zod 4's own `z.toJSONSchema`), so the published description cannot drift from the code.
 * Every exported schema becomes a component under its exported name; endpoints refer to them by `$ref`.
 */

type JsonObject = { [key: string]: unknown };

export interface OpenApiOptions {
  /** `info.version`, normally the package version. */
  readonly version?: string;
  /** Server URLs to list; default none (paths are origin-relative). */
  readonly servers?: readonly string[];
}

const DOCUMENTS: Record<Endpoint['document'], { name: string; description: string }> = {
  '000': {
    name: 'Admin Repository (000)',
    description: 'Dashboard stats, users, activity log and org nodes across orgs. Base /api/v1/admin/data.',
  },
  '001': { name: 'Admin State (001)', description: "The admin's server-side UI state. Base /api/v1/admin/state." },
  '002': {
    name: 'Admin API (002)',
    description: 'Users and organizations CRUD behind the admin role. Base /api/admin.',
  },
  '003': {
    name: 'Contact Repository (003)',
    description: 'Contacts, peer mentors and search within an org. Base /api/v1/contacts.',
  },
  '004': {
    name: 'Platform admin (004)',
    description: 'Stats, users (cursor pages), roles, suspension, sessions. Base /api/v1/admin.',
  },
  ext: { name: 'Audit log (extension)', description: 'Reads the audit log document 002 describes. Base /api/admin.' },
};

/** Query and path schemas become parameters, not components. */
const NOT_COMPONENTS = /(Query|Params|Headers)$/;

/** Every exported schema of the document modules with its exported name (first name wins). */
function namedSchemas(): Map<z.ZodMiniType, string> {
  const names = new Map<z.ZodMiniType, string>();
  for (const module of [common, errors, data, state, admin, contacts, platform, audit]) {
    for (const [name, value] of Object.entries(module)) {
      if (value instanceof z.ZodMiniType && /^[A-Z]/.test(name) && !NOT_COMPONENTS.test(name) && !names.has(value)) {
        names.set(value, name);
      }
    }
  }
  return names;
}

const componentRef = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/**
 * What the schemas' checks cannot say in JSON Schema: an open list prints its known values beside "any string"
 * (at run time it is a plain string), and the documents' dates print their `format`.
 */
function jsonOverride(names: Map<z.ZodMiniType, string>) {
  return ({ zodSchema, jsonSchema }: { zodSchema: unknown; jsonSchema: JsonObject }) => {
    const known = openEnumValues.get(zodSchema as z.ZodMiniType);
    if (known) {
      const name = names.get(known.schema);
      for (const key of Object.keys(jsonSchema)) delete jsonSchema[key];
      Object.assign(jsonSchema, {
        anyOf: [name ? componentRef(name) : { type: 'string', enum: [...known.values] }, { type: 'string' }],
        description: `Known values: ${known.values.join(', ')}; any other string is read as it is`,
      });
    } else if (zodSchema === common.Timestamp) {
      jsonSchema.format = 'date-time';
    } else if (zodSchema === common.DateOrTimestamp) {
      jsonSchema.anyOf = [{ format: 'date' }, { format: 'date-time' }];
    }
  };
}

/** Throws on a summary or parameter text in `descriptions.ts` that names an endpoint or parameter the contract lacks. */
function checkDescriptionsUsed(parameters: ReadonlySet<string>): void {
  const ids = new Set(allEndpoints.map((endpoint) => endpoint.id));
  const unknown = [
    ...Object.keys(endpointSummaries).filter((id) => !ids.has(id)),
    ...Object.entries(endpointParameterDescriptions).flatMap(([id, texts]) =>
      Object.keys(texts)
        .map((name) => `${id} ${name}`)
        .filter((key) => !parameters.has(key)),
    ),
    ...Object.keys(parameterDescriptions).filter((name) => !parameters.has(name)),
  ];
  if (unknown.length > 0) throw new Error(`descriptions.ts describes what the contract lacks: ${unknown.join(', ')}`);
}

/**
 * Puts the texts of `descriptions.ts` on the generated components, and throws on a name the contract lacks.
 */
function describeComponents(schemas: Record<string, JsonObject>): void {
  for (const [name, texts] of Object.entries(schemaDescriptions)) {
    const schema = schemas[name];
    if (!schema) throw new Error(`descriptions.ts describes ${name}, which is not a component`);
    for (const [path, text] of Object.entries(texts)) {
      let node: JsonObject | undefined = schema;
      for (const property of path === '' ? [] : path.split('.')) {
        node = (node?.properties as Record<string, JsonObject> | undefined)?.[property];
      }
      if (!node) throw new Error(`descriptions.ts describes ${name}.${path}, which ${name} does not have`);
      node.description = text;
    }
  }
}

/**
 * Builds the OpenAPI 3.1 document.
 *
 * @example
 * writeFileSync('openapi.json', `${JSON.stringify(buildOpenApiDocument({ version: '0.1.0' }), null, 2)}\n`);
 */
export function buildOpenApiDocument(options: OpenApiOptions = {}): JsonObject {
  const names = namedSchemas();
  const registry = z.registry<{ id: string }>();
  for (const [schema, name] of names) registry.add(schema, { id: name });

  const override = jsonOverride(names);
  const generated = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    io: 'input',
    uri: (id) => `#/components/schemas/${id}`,
    override,
  }) as { schemas: Record<string, JsonObject> };
  const schemas: Record<string, JsonObject> = {};
  for (const name of [...Object.keys(generated.schemas)].sort()) {
    const { $schema: _schema, $id: _id, ...schema } = generated.schemas[name] as JsonObject;
    schemas[name] = schema;
  }
  describeComponents(schemas);

  /** A schema as used inside an operation: a `$ref` when it is a component, else inline with refs into components. */
  function schemaOf(schema: z.ZodMiniType): JsonObject {
    const name = names.get(schema);
    if (name) return componentRef(name);
    const {
      $schema: _schema,
      $defs,
      ...inline
    } = z.toJSONSchema(schema, {
      target: 'draft-2020-12',
      io: 'input',
      metadata: registry,
      override,
    }) as JsonObject & { $defs?: Record<string, unknown> };
    for (const id of Object.keys($defs ?? {})) {
      if (!(id in schemas)) throw new Error(`schema ${id} is not a component`);
    }
    return JSON.parse(JSON.stringify(inline).replaceAll('"#/$defs/', '"#/components/schemas/')) as JsonObject;
  }

  const seenParameters = new Set<string>();
  function parameters(endpoint: Endpoint): JsonObject[] {
    const list: JsonObject[] = [];
    const add = (location: 'path' | 'query' | 'header', object: z.ZodMiniType | undefined) => {
      if (!object || !('shape' in object)) return;
      for (const [name, field] of Object.entries(object.shape as Record<string, z.ZodMiniType>)) {
        const schema = schemaOf(field);
        const description = endpointParameterDescriptions[endpoint.id]?.[name] ?? parameterDescriptions[name];
        seenParameters.add(`${endpoint.id} ${name}`).add(name);
        const isArray = JSON.stringify(schema).includes('"type":"array"');
        list.push({
          name,
          in: location,
          required: location === 'path' || !field.safeParse(undefined).success,
          ...(description ? { description } : {}),
          ...(location === 'query' && isArray ? { style: 'form', explode: false } : {}),
          schema,
        });
      }
    };
    add('path', endpoint.params);
    add('query', endpoint.query);
    add('header', endpoint.headers);
    return list;
  }

  const errorResponse = (description: string) => ({
    description,
    content: { 'application/json': { schema: componentRef('ErrorEnvelope') } },
  });

  const paths: Record<string, Record<string, JsonObject>> = {};
  for (const endpoint of allEndpoints) {
    const summary = endpointSummaries[endpoint.id];
    if (summary === undefined) throw new Error(`descriptions.ts has no summary of ${endpoint.id}`);
    const path = endpoint.path.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, '{$1}');
    const operation: JsonObject = {
      operationId: endpoint.id,
      summary,
      tags: [DOCUMENTS[endpoint.document].name],
      parameters: parameters(endpoint),
      ...(endpoint.body
        ? { requestBody: { required: true, content: { 'application/json': { schema: schemaOf(endpoint.body) } } } }
        : {}),
      responses: {
        [String(endpoint.successStatus ?? 200)]: {
          description: summary,
          content: { 'application/json': { schema: schemaOf(endpoint.response) } },
        },
        '4XX': errorResponse(`Client error in the document 002 envelope: ${statusList((status) => status < 500)}`),
        '5XX': errorResponse(`Server error in the document 002 envelope: ${statusList((status) => status >= 500)}`),
      },
    };
    paths[path] = { ...paths[path], [endpoint.method.toLowerCase()]: operation };
  }
  checkDescriptionsUsed(seenParameters);

  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'admin-bloc REST contract',
      version: options.version ?? '0.0.0',
      description: `The five admin contract documents (000–004) plus the audit-log extension, generated from the zod schemas in admin-bloc/src/contract. Lists in a query string are one comma-separated parameter (org_ids=org_a,org_b). Every request carries Authorization: Bearer <token>; document 004 also requires ${TENANT_HEADER}. Rate limits (document 002): ${RATE_LIMITS.map(({ limit, windowMs }) => `${limit} requests per ${windowMs / 60_000} min`).join(', ')} per admin.`,
    },
    ...(options.servers && options.servers.length > 0 ? { servers: options.servers.map((url) => ({ url })) } : {}),
    security: [{ bearerAuth: [] }],
    tags: Object.values(DOCUMENTS),
    paths,
    components: {
      schemas,
      securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer' } },
    },
  };
}

/** `400 BAD_REQUEST, 401 UNAUTHORIZED, …` from the contract's one status table. */
function statusList(include: (status: number) => boolean): string {
  return Object.entries(STATUS_ERROR_CODES)
    .filter(([status]) => include(Number(status)))
    .map(([status, code]) => `${status} ${code}${code === 'RATE_LIMITED' ? ' (with Retry-After)' : ''}`)
    .join(', ');
}

/**
 * The document as the committed `openapi.json` holds it: two-space JSON and a final newline.
 *
 * @example
 * writeFileSync('openapi.json', renderOpenApiDocument({ version: '0.1.0' }));
 */
export function renderOpenApiDocument(options: OpenApiOptions = {}): string {
  return `${JSON.stringify(buildOpenApiDocument(options), null, 2)}\n`;
}
