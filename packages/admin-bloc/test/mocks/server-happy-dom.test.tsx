// @vitest-environment happy-dom
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAdminClient } from '../../src/api/create-admin-client.js';
import { DEMO_TOKENS } from '../../src/mocks/demo-tokens.js';
import { setupMockServer } from '../../src/mocks/server.js';
import { crossOriginCases } from './cross-origin-cases.js';

/**
 * The same under happy-dom, whose `fetch` is its own: it resolves relative URLs and applies CORS, so a client whose
 * absolute base is on another origin than the page sends a preflight first, which the mocks answer as an API that
 * allows the page's origin.
 */
const mock = setupMockServer();
beforeAll(() => mock.listen());
afterEach(() => mock.reset());
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

crossOriginCases('happy-dom', mock);
