import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAdminClient } from '../../src/api/create-admin-client.js';
import { DEMO_TOKENS } from '../../src/mocks/demo-tokens.js';
import { setupMockServer } from '../../src/mocks/server.js';
import { crossOriginCases } from './cross-origin-cases.js';

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

describe('setupMockServer under jsdom, on the wire', () => {
  // jsdom's fetch is Node's, which applies no CORS: the client cases below would pass against a server a browser
  // refuses. What a browser on this page would check is checked here.
  it('answers the preflight a browser on this page sends, and labels the answer for the page', async () => {
    const preflight = await fetch('http://localhost/api/v1/contacts', {
      method: 'OPTIONS',
      headers: {
        Origin: location.origin,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization,content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
    expect(preflight.headers.get('access-control-allow-headers')).toBe('authorization,content-type');
    const answer = await fetch('http://localhost/api/v1/contacts/usr_01J3K8X', {
      headers: { Origin: location.origin, Authorization: `Bearer ${DEMO_TOKENS.admin}` },
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
  });
});

crossOriginCases('jsdom', mock);
