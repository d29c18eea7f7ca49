import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createMockBackend, type MockBackendOptions } from '../../src/mocks/backend.js';
import { DEMO_TOKENS } from '../../src/mocks/demo-tokens.js';

/**
 * The handlers as an API on another origin than the dashboard's: what a browser checks before it lets the page read
 * an answer (the preflight's Access-Control-Allow-* headers, the answer's Access-Control-Allow-Origin and exposed
 * headers). Answered through MSW's `getResponse`, headers as a browser sends them; `undefined` means no handler
 * matched. The same handlers serve component tests under happy-dom, whose fetch refuses a request whose preflight
 * fails (test/mocks/server-happy-dom.test.tsx).
 */

const PAGE = 'http://localhost:3000';
const API = 'https://api.example.test';

function backend(options: MockBackendOptions = {}) {
  const { handlers } = createMockBackend(options);
  return {
    preflight: (path: string, method: string, requestedHeaders?: string, origin = PAGE) =>
      getResponse(
        handlers,
        new Request(`${API}${path}`, {
          method: 'OPTIONS',
          headers: {
            Origin: origin,
            'Access-Control-Request-Method': method,
            ...(requestedHeaders === undefined ? {} : { 'Access-Control-Request-Headers': requestedHeaders }),
          },
        }),
      ),
    call: (path: string, init: RequestInit = {}, origin = PAGE) =>
      getResponse(
        handlers,
        new Request(`${API}${path}`, {
          ...init,
          headers: { Origin: origin, Authorization: `Bearer ${DEMO_TOKENS.admin}`, ...init.headers },
        }),
      ),
  };
}

describe('the mocks as a cross-origin API (CORS), by default', () => {
  it('answer the preflight of a POST with a JSON body and a token: 204, any origin, the methods, the headers', async () => {
    const answer = await backend().preflight('/api/v1/contacts', 'POST', 'authorization,content-type');
    expect(answer?.status).toBe(204);
    expect(Object.fromEntries(answer?.headers ?? [])).toEqual({
      'access-control-allow-origin': '*',
      'access-control-allow-methods': 'GET, POST',
      'access-control-allow-headers': 'authorization,content-type',
      'access-control-expose-headers': 'Retry-After, X-RateLimit-Limit, X-RateLimit-Remaining',
      'access-control-max-age': '600',
    });
  });

  it("allow document 004's tenant header, and the client's headers when the preflight names none", async () => {
    const tenant = await backend().preflight('/api/v1/admin/stats', 'GET', 'authorization,x-bulwark-tenant');
    expect(tenant?.headers.get('access-control-allow-headers')).toBe('authorization,x-bulwark-tenant');
    // happy-dom's Request drops the Access-Control-Request-* headers before MSW sees them.
    const bare = await backend().preflight('/api/v1/admin/stats', 'GET');
    expect(bare?.headers.get('access-control-allow-headers')).toBe('Authorization, Content-Type, X-Bulwark-Tenant');
  });

  it('allow every method of every path the URL matches: /contacts/search is also a contact id path', async () => {
    const search = await backend().preflight('/api/v1/contacts/search', 'GET');
    expect(search?.headers.get('access-control-allow-methods')).toBe('GET, PUT, DELETE');
    const patch = await backend().preflight('/api/admin/users/usr_bQ9vTk', 'PATCH');
    expect(patch?.headers.get('access-control-allow-methods')).toBe('GET, PATCH, DELETE');
  });

  it('do not answer a preflight outside the contract, as they answer no request there', async () => {
    expect(await backend().preflight('/api/v1/not-in-the-contract', 'GET')).toBeUndefined();
  });

  it('label every answer for the page, failures included, and expose Retry-After on a 429', async () => {
    const { call } = backend({ rateLimit: { perMinute: 1 } });
    const read = await call('/api/v1/contacts/usr_01J3K8X');
    expect(read?.status).toBe(200);
    expect(read?.headers.get('access-control-allow-origin')).toBe('*');
    const limited = await call('/api/v1/contacts/usr_01J3K8X');
    expect(limited?.status).toBe(429);
    expect(limited?.headers.get('access-control-allow-origin')).toBe('*');
    expect(limited?.headers.get('retry-after')).not.toBeNull();
    expect(limited?.headers.get('access-control-expose-headers')).toContain('Retry-After');

    const signedOut = await backend().call('/api/v1/contacts/usr_01J3K8X', {
      headers: { Authorization: 'Bearer revoked' },
    });
    expect(signedOut?.status).toBe(401);
    expect(signedOut?.headers.get('access-control-allow-origin')).toBe('*');

    const injected = await backend({ faults: { fail: { 'contacts.create': 503 } } }).call('/api/v1/contacts', {
      method: 'POST',
      body: '{}',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(injected?.status).toBe(503);
    expect(injected?.headers.get('access-control-allow-origin')).toBe('*');
  });
});

describe('the mocks as a cross-origin API (CORS), with a list of origins', () => {
  const options = { cors: ['http://localhost:5173'] } as const;

  it("echo an allowed page's origin, with Vary: Origin", async () => {
    const preflight = await backend(options).preflight(
      '/api/v1/contacts',
      'POST',
      'content-type',
      'http://localhost:5173',
    );
    expect(preflight?.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    const answer = await backend(options).call('/api/v1/contacts/usr_01J3K8X', {}, 'http://localhost:5173');
    expect(answer?.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(answer?.headers.get('vary')).toBe('Origin');
  });

  it('give another origin nothing to read: its browser refuses the call', async () => {
    const preflight = await backend(options).preflight(
      '/api/v1/contacts',
      'POST',
      'content-type',
      'https://evil.example',
    );
    expect(preflight?.status).toBe(204);
    expect(preflight?.headers.get('access-control-allow-origin')).toBeNull();
    const answer = await backend(options).call('/api/v1/contacts/usr_01J3K8X', {}, 'https://evil.example');
    expect(answer?.status).toBe(200);
    expect(answer?.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('the mocks without CORS (cors: false)', () => {
  it('answer no preflight and label no answer, for a server in front that does its own', async () => {
    const { preflight, call } = backend({ cors: false });
    expect(await preflight('/api/v1/contacts', 'POST')).toBeUndefined();
    const answer = await call('/api/v1/contacts/usr_01J3K8X');
    expect(answer?.status).toBe(200);
    expect(answer?.headers.get('access-control-allow-origin')).toBeNull();
  });
});
