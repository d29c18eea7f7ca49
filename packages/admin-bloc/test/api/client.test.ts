import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { allEndpoints } from '../../src/contract/all-endpoints.js';
import { TENANT_HEADER } from '../../src/contract/protocol.js';
import { DEMO_TOKENS } from '../../src/mocks/demo-tokens.js';
import { createAdminClient, QUERY_NAMES } from '../../src/api/create-admin-client.js';
import { BASE_URL, type SeenRequest, see, setupStrictServer, testClient } from '../support/msw.js';
import { wireCases as cases, example } from './test-support/wire-cases.js';

/**
 * Every client method against MSW: what reaches the server (method, path, query, body, headers) is what the
 * contract says, and the typed result is the parsed answer. Answers are the documents' own examples where
 * the document has one; document 002 and the audit log show none, so those are written here.
 */

const server = setupStrictServer();

describe('every client method puts the contract on the wire and returns the parsed answer', () => {
  it('covers every endpoint of the contract', () => {
    expect(cases.map((c) => c.id).sort()).toEqual(allEndpoints.map((e) => e.id).sort());
  });

  for (const testCase of cases) {
    it(`${testCase.id}: ${testCase.method} ${testCase.path}`, async () => {
      const endpoint = allEndpoints.find((e) => e.id === testCase.id);
      const seen: SeenRequest[] = [];
      const verb = testCase.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
      // Registered on the contract's own path pattern: a wrong method or path is an unhandled request.
      server.use(
        http[verb](`${BASE_URL}${endpoint?.path}`, async ({ request }) => {
          seen.push(await see(request));
          return HttpResponse.json(testCase.reply as object, { status: testCase.status ?? 200 });
        }),
      );
      const client = testClient({ tenant: 'bulwark-tenant' });
      const result = await testCase.call(client);

      expect(result).toEqual(testCase.reply);
      expect(seen).toHaveLength(1);
      const [request] = seen as [SeenRequest];
      expect(request.method).toBe(testCase.method);
      expect(request.path).toBe(testCase.path);
      expect(request.search.toString()).toBe(testCase.search ?? '');
      expect(request.body).toEqual(testCase.body);
      expect(request.headers.get('authorization')).toBe(`Bearer ${DEMO_TOKENS.admin}`);
      // The tenant goes only where the endpoint's definition declares the header (document 004).
      expect(request.headers.get(TENANT_HEADER)).toBe(endpoint?.headers ? 'bulwark-tenant' : null);
      if (testCase.body !== undefined) expect(request.headers.get('content-type')).toMatch(/^application\/json/);
      if (endpoint?.query) {
        // What the client sent parses with the endpoint's own query schema (as the mocks will parse it).
        const { fromSearchParams } = await import('../../src/contract/query.js');
        expect(endpoint.query.safeParse(fromSearchParams(request.search, endpoint.query)).error).toBeUndefined();
      }
    });
  }
});

describe('query argument names', () => {
  it('each rename map reaches every wire name of its query schema', () => {
    const pairs: [keyof typeof QUERY_NAMES, string][] = [
      ['dashboardStats', 'data.dashboardStats'],
      ['dataUsers', 'data.users.list'],
      ['activityLog', 'data.activityLog'],
      ['orgNodes', 'data.orgNodes'],
      ['userListState', 'state.users.get'],
      ['adminList', 'users.list'],
      ['adminList', 'organizations.list'],
      ['contactList', 'contacts.list'],
      ['contactList', 'peerMentors.list'],
      ['contactSearch', 'contacts.search'],
      ['contactSearch', 'peerMentors.search'],
      ['platformUsers', 'platform.users.list'],
      ['sessions', 'platform.sessions.list'],
      ['auditLog', 'auditLog.list'],
    ];
    const withQuery = allEndpoints.filter((e) => e.query).map((e) => e.id);
    expect(pairs.map(([, id]) => id).sort()).toEqual(withQuery.sort());
    for (const [names, id] of pairs) {
      const query = allEndpoints.find((e) => e.id === id)?.query as { shape: object } | undefined;
      expect(Object.values(QUERY_NAMES[names]).sort(), id).toEqual(Object.keys(query?.shape ?? {}).sort());
    }
  });

  it('leaves undefined arguments off the wire and sends no query at all for none', async () => {
    let search = 'unset';
    server.use(
      http.get(`${BASE_URL}/api/admin/users`, ({ request }) => {
        search = new URL(request.url).search;
        return HttpResponse.json({ success: true, data: [], meta: { page: 1, limit: 20, total: 0 } });
      }),
    );
    await testClient().users.list({ page: undefined, search: undefined });
    expect(search).toBe('');
  });
});

describe('transport options', () => {
  it('sends through an injected fetch (no MSW involved)', async () => {
    const requests: Request[] = [];
    const fetch = async (input: Request | string | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      requests.push(request);
      return Response.json(example('contacts.get'));
    };
    const client = createAdminClient({ baseUrl: 'https://admin.example.no', fetch, rateLimit: false });
    await expect(client.contacts.get('usr_01J3K8X')).resolves.toMatchObject({ full_name: 'Ane Berg' });
    expect(requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      'GET https://admin.example.no/api/v1/contacts/usr_01J3K8X',
    ]);
  });

  it('needs a base URL outside a browser page', () => {
    expect(() => createAdminClient()).toThrow(/baseUrl/);
  });
});

describe('auth and tenant', () => {
  it('reads a token function before every request, so a refreshed token is used', async () => {
    const tokens: (string | null)[] = [];
    server.use(
      http.get(`${BASE_URL}/api/v1/admin/stats`, ({ request }) => {
        tokens.push(request.headers.get('authorization'));
        return HttpResponse.json(example('platform.stats') as object);
      }),
    );
    let token = 'first-token';
    const client = testClient({ token: () => token, tenant: () => 'tenant-a' });
    await client.platform.stats();
    token = 'refreshed-token';
    await client.platform.stats();
    expect(tokens).toEqual(['Bearer first-token', 'Bearer refreshed-token']);
  });

  it('sends no Authorization header without a token and never puts the token in the URL', async () => {
    const seen: SeenRequest[] = [];
    server.use(
      http.get(`${BASE_URL}/api/v1/admin/stats`, async ({ request }) => {
        seen.push(await see(request));
        return HttpResponse.json(example('platform.stats') as object);
      }),
    );
    await testClient({ token: undefined }).platform.stats();
    await testClient({ token: async () => 'async-secret-token' }).platform.stats();
    expect(seen[0]?.headers.get('authorization')).toBeNull();
    expect(seen[1]?.headers.get('authorization')).toBe('Bearer async-secret-token');
    expect(seen.map((s) => s.search.toString()).join('')).not.toContain('secret');
  });

  it('encodes path ids so an id cannot change the path', async () => {
    const seen: { path: string; id: unknown }[] = [];
    server.use(
      http.get(`${BASE_URL}/api/v1/contacts/:id`, ({ request, params }) => {
        seen.push({ path: new URL(request.url).pathname, id: params.id });
        return HttpResponse.json(example('contacts.get') as object);
      }),
    );
    for (const id of ['a/b?c', '../admin#x', '%2F']) await testClient().contacts.get(id);
    expect(seen).toEqual([
      { path: '/api/v1/contacts/a%2Fb%3Fc', id: 'a/b?c' },
      { path: '/api/v1/contacts/..%2Fadmin%23x', id: '../admin#x' },
      { path: '/api/v1/contacts/%252F', id: '%2F' },
    ]);
  });

  it('refuses a dot-segment id, which no encoding keeps from climbing the path, before sending anything', async () => {
    const sent: string[] = [];
    server.events.on('request:start', ({ request }) => void sent.push(request.url));
    const client = testClient();
    await expect(client.contacts.remove('..')).rejects.toThrow(/cannot be "\.\."/);
    await expect(client.data.users.remove('.')).rejects.toThrow(/cannot be "\."/);
    await expect(client.organizations.get('..')).rejects.toBeInstanceOf(TypeError);
    server.events.removeAllListeners();
    expect(sent).toEqual([]);
  });

  it('keeps a base URL path prefix (gateway mounts)', async () => {
    server.use(
      http.get(`${BASE_URL}/gateway/api/v1/admin/stats`, () => HttpResponse.json(example('platform.stats') as object)),
    );
    const client = testClient({ baseUrl: `${BASE_URL}/gateway/` });
    await expect(client.platform.stats()).resolves.toMatchObject({ data: { users: { total: 1240 } } });
  });
});
