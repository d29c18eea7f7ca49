import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod/mini';
import { allEndpoints, type Endpoint, ErrorEnvelope } from '../../src/contract/index.js';
import { DEMO_TOKENS } from '../../src/mocks/demo-tokens.js';
import { setupMockServer } from '../../src/mocks/server.js';
import { BASE_URL } from '../support/msw.js';

/**
 * A sweep of hostile input over every endpoint: malformed and mistyped bodies, junk query values,
 * strange ids and tenants. The mock must answer 4xx with document 002's error envelope (or a valid
 * 2xx when the junk happens to be valid), never a 500 and never a crash.
 */
const mock = setupMockServer({ rateLimit: false });
beforeAll(() => mock.listen());
afterAll(() => mock.close());

const TOKENS = [DEMO_TOKENS.admin, DEMO_TOKENS.superAdmin, DEMO_TOKENS.scopedAdmin];
const printable = fc.stringMatching(/^[\x20-\x7e]{0,24}$/);

interface Probe {
  id?: string;
  query?: Record<string, string>;
  rawBody?: string;
  tenant?: string;
  token?: string;
}

async function send(endpoint: Endpoint, probe: Probe): Promise<{ status: number; body: unknown; text: string }> {
  const path = endpoint.path.replace(/:([A-Za-z_]+)/g, () => encodeURIComponent(probe.id ?? 'usr_hA3mXp'));
  const search = new URLSearchParams(probe.query ?? {}).toString();
  const headers: Record<string, string> = {
    Authorization: `Bearer ${probe.token ?? DEMO_TOKENS.admin}`,
    'X-Bulwark-Tenant': probe.tenant ?? 'stavanger-region',
  };
  const hasBody = endpoint.method !== 'GET' && probe.rawBody !== undefined;
  if (hasBody) headers['Content-Type'] = 'application/json';
  const response = await fetch(`${BASE_URL}${path}${search ? `?${search}` : ''}`, {
    method: endpoint.method,
    headers,
    body: hasBody ? probe.rawBody : undefined,
  });
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, body, text };
}

/** Never a 5xx; errors carry the envelope; successes match the endpoint's response schema. */
function expectWellBehaved(endpoint: Endpoint, answer: { status: number; body: unknown; text: string }) {
  if (answer.status >= 500) throw new Error(`${endpoint.id} answered ${answer.status}: ${answer.text.slice(0, 300)}`);
  if (answer.status >= 400) {
    expect(ErrorEnvelope.safeParse(answer.body).success, `${endpoint.id}: ${answer.text}`).toBe(true);
  } else {
    expect(endpoint.response.safeParse(answer.body).success, `${endpoint.id}: ${answer.text.slice(0, 300)}`).toBe(true);
  }
}

function expect4xx(endpoint: Endpoint, answer: { status: number; body: unknown; text: string }) {
  expectWellBehaved(endpoint, answer);
  expect(answer.status, `${endpoint.id}: ${answer.text}`).toBeGreaterThanOrEqual(400);
  expect(answer.status).toBeLessThan(500);
}

function shapeKeys(schema: z.ZodMiniType | undefined): string[] {
  return schema && 'shape' in schema ? Object.keys(schema.shape as object) : [];
}

const MALFORMED_BODIES = ['{"full_name": ', '[]', 'null', '"text"', '42', 'true', '\u0000'];
const JUNK_VALUES = ['', '-1', '0', 'abc', '%', '9'.repeat(30), 'null', '[]', 'org_ids=org_kNr8aQ', ' ', 'ø'];
// Not '.' or '..': URL normalisation turns those into another path, which no contract endpoint has.
const STRANGE_IDS = [
  'nope',
  'usr_%00',
  'x'.repeat(300),
  'usr_hA3mXp/../x',
  "'; DROP TABLE users;--",
  '💥',
  ' ',
  '?a=b#c',
];

describe.each(allEndpoints.map((endpoint) => [endpoint.id, endpoint] as const))('%s', (_id, endpoint) => {
  const hasParams = endpoint.params !== undefined;
  const takesBody = endpoint.body !== undefined;
  const queryKeys = shapeKeys(endpoint.query);
  const bodyKeys = shapeKeys(endpoint.body);

  if (takesBody)
    it('malformed and mistyped bodies → 400', async () => {
      for (const rawBody of [...MALFORMED_BODIES, '']) {
        expect4xx(endpoint, await send(endpoint, { rawBody }));
      }
      // Every field of the wrong type at once: `[[]]` is neither a string, number, boolean, enum nor object.
      const mistyped = Object.fromEntries(bodyKeys.map((key) => [key, [[]]]));
      if (bodyKeys.length > 0) expect4xx(endpoint, await send(endpoint, { rawBody: JSON.stringify(mistyped) }));
      // Unknown keys are ignored, prototype keys included: well-behaved, not necessarily refused.
      expectWellBehaved(endpoint, await send(endpoint, { rawBody: '{"__proto__": {"accessRole": "super_admin"}}' }));
      expect(mock.db.people.get('usr_hA3mXp')?.accessRole).toBe('admin');
    });

  if (hasParams)
    it('strange ids → 4xx', async () => {
      for (const id of STRANGE_IDS) {
        expect4xx(endpoint, await send(endpoint, { id, rawBody: takesBody ? '{}' : undefined }));
      }
    });

  if (queryKeys.length > 0)
    it('junk query values → 4xx or a valid answer, never 5xx', async () => {
      for (const key of queryKeys) {
        for (const value of JUNK_VALUES) {
          expectWellBehaved(endpoint, await send(endpoint, { query: { [key]: value } }));
        }
      }
    });

  if (endpoint.headers !== undefined)
    it('strange tenants → 4xx', async () => {
      for (const tenant of ['acme', 'org_nowhere', ' x ', 'org_abc123x']) {
        expect4xx(endpoint, await send(endpoint, { tenant }));
      }
    });

  it('random input (property-based) never breaks the mock', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          id: fc.oneof(
            printable.filter((id) => !['', '.', '..'].includes(id)),
            fc.constantFrom('usr_hA3mXp', 'usr_bQ9vTk', 'org_tY2zLm', 'pm_88A1C'),
          ),
          query: fc.dictionary(fc.oneof(fc.constantFrom(...queryKeys, 'x'), printable), printable, { maxKeys: 4 }),
          rawBody: fc.oneof(
            fc.jsonValue().map((value) => JSON.stringify(value)),
            fc
              .dictionary(fc.constantFrom(...bodyKeys, 'x'), fc.jsonValue(), { maxKeys: 4 })
              .map((value) => JSON.stringify(value)),
            printable,
          ),
          tenant: fc.oneof(printable, fc.constant('stavanger-region')),
          token: fc.constantFrom(...TOKENS),
        }),
        async (probe) => {
          expectWellBehaved(endpoint, await send(endpoint, probe));
        },
      ),
      { numRuns: 12, seed: 2026 },
    );
  });
});
