import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createAdminClient } from '../../src/api/create-admin-client.js';
import { createMockBackend } from '../../src/mocks/backend.js';
import { DEMO_TOKENS } from '../../src/mocks/demo-tokens.js';

/**
 * The handlers serve the contract under any base URL: a frontend whose API lives on another origin, or behind
 * a gateway path, points both the mocks and the client at the same prefix. Requests are answered through MSW's
 * `getResponse` (no interception), so `undefined` means "no handler matched": MSW would let it through.
 */

const auth = { Authorization: `Bearer ${DEMO_TOKENS.admin}` };

async function answer(handlers: ReturnType<typeof createMockBackend>['handlers'], url: string) {
  return getResponse(handlers, new Request(url, { headers: auth }));
}

describe('createHandlers under a base URL', () => {
  it('answers under an absolute origin with a path prefix, and nowhere else', async () => {
    const { handlers } = createMockBackend({ baseUrl: 'https://api.example.test/gateway' });
    const served = await answer(handlers, 'https://api.example.test/gateway/api/v1/admin/data/org-nodes');
    expect(served?.status).toBe(200);
    const body = (await served?.json()) as { pagination: { total: number } } | undefined;
    expect(body?.pagination.total).toBe(6);

    expect(await answer(handlers, 'https://api.example.test/api/v1/admin/data/org-nodes')).toBeUndefined();
    expect(await answer(handlers, 'https://elsewhere.test/gateway/api/v1/admin/data/org-nodes')).toBeUndefined();
  });

  it('ignores a trailing slash on the base URL', async () => {
    const { handlers } = createMockBackend({ baseUrl: 'http://localhost:4010/' });
    expect((await answer(handlers, 'http://localhost:4010/api/admin/users'))?.status).toBe(200);
  });

  it('answers relative paths on any origin in node by default (there is no page origin)', async () => {
    const { handlers } = createMockBackend();
    expect((await answer(handlers, 'http://one.test/api/admin/organizations'))?.status).toBe(200);
    expect((await answer(handlers, 'https://two.test/api/admin/organizations'))?.status).toBe(200);
  });

  it('serves the client configured with the same prefix', async () => {
    const { handlers } = createMockBackend({ baseUrl: 'https://api.example.test/gateway' });
    const fetch = async (input: Request | string | URL, init?: RequestInit) =>
      (await getResponse(handlers, new Request(input, init))) ?? Response.error();
    const client = createAdminClient({
      baseUrl: 'https://api.example.test/gateway',
      token: DEMO_TOKENS.admin,
      fetch,
      retry: false,
    });
    const stats = await client.data.dashboardStats({ orgIds: ['org_tY2zLm'] });
    expect(stats.data).toMatchObject({ total_users: 184, active_mentors: 42 });
  });
});
