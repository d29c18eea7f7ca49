import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAdminClient } from '../../src/api/create-admin-client.js';
import { DEMO_TOKENS } from '../../src/mocks/demo-tokens.js';
import { setupMockServer } from '../../src/mocks/server.js';

/**
 * Component tests run under jsdom (this file) with the Node mock server: the page has an origin
 * (`http://localhost:3000` under vitest) but `fetch` is Node's, which cannot resolve a relative URL, and MSW would
 * resolve relative handler paths against the fake page's origin only. Both the documented absolute base and a
 * client that leaves `baseUrl` out must reach the mocks.
 */
const mock = setupMockServer();
beforeAll(() => mock.listen());
afterEach(() => mock.reset());
afterAll(() => mock.close());

describe('setupMockServer under jsdom', () => {
  it('runs on a page with an origin', () => {
    expect(location.origin).toMatch(/^http:\/\/localhost/);
  });

  it('answers a client that leaves baseUrl out (it calls the page origin)', async () => {
    const client = createAdminClient({ token: DEMO_TOKENS.admin, retry: false });
    const stats = await client.data.dashboardStats({ orgIds: ['org_kNr8aQ'] });
    expect(stats.data.total_users).toBe(291);
  });

  it("answers a client with the documented baseUrl 'http://localhost', which is not the page origin", async () => {
    const client = createAdminClient({ baseUrl: 'http://localhost', token: DEMO_TOKENS.admin, retry: false });
    const stats = await client.data.dashboardStats({ orgIds: ['org_tY2zLm'] });
    expect(stats.data.total_users).toBe(184);
  });
});
