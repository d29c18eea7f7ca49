// @vitest-environment happy-dom
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdminClient } from '../../src/api/create-admin-client.js';
import { DEMO_TOKENS } from '../../src/mocks/demo-tokens.js';
import { setupMockServer } from '../../src/mocks/server.js';

/**
 * The same under happy-dom, whose `fetch` is its own (it resolves relative URLs and applies CORS, so an absolute
 * base on another origin would need a preflight the mocks do not answer: leave `baseUrl` out there).
 */
const mock = setupMockServer();
beforeAll(() => mock.listen());
afterAll(() => mock.close());

describe('setupMockServer under happy-dom', () => {
  it('answers a client that leaves baseUrl out', async () => {
    const client = createAdminClient({ token: DEMO_TOKENS.admin, retry: false });
    const stats = await client.data.dashboardStats({ orgIds: ['org_kNr8aQ'] });
    expect(stats.data.total_users).toBe(291);
  });

  it('answers a client whose baseUrl is the page origin', async () => {
    const client = createAdminClient({ baseUrl: location.origin, token: DEMO_TOKENS.admin, retry: false });
    const stats = await client.data.dashboardStats({ orgIds: ['org_tY2zLm'] });
    expect(stats.data.total_users).toBe(184);
  });
});
