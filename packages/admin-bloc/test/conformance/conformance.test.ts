import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TOKENS, type MockHttpServer, startMockHttpServer } from 'admin-bloc/mocks';
import { formatConformance, runConformance } from '../../src/conformance/conformance.js';

/** `npx admin-bloc conformance` against our mock server in both profiles, and against a deliberately broken answer. */
describe.each(['strict', 'liberal'] as const)('conformance against the %s mock server', (profile) => {
  let server: MockHttpServer;
  beforeAll(async () => {
    server = await startMockHttpServer({ port: 0, profile, rateLimit: false });
  });
  afterAll(() => server.close());

  it('every read and write of the five documents is accepted: 0 refusals', async () => {
    // The super-admin token, so document 000's hard delete (super-admin only) is among the accepted writes.
    const report = await runConformance({ baseUrl: server.url, token: DEMO_TOKENS.superAdmin, writes: true });
    expect(report.results.filter((result) => result.outcome !== 'accepted')).toEqual([]);
    expect(report.results).toHaveLength(39);
    expect(formatConformance(report).at(-1)).toBe('39 endpoints: 39 accepted, 0 refused, 0 failed, 0 skipped');
  });
});

describe('conformance against a deliberately broken answer', () => {
  let server: MockHttpServer;
  beforeAll(async () => {
    server = await startMockHttpServer({ port: 0, profile: 'liberal', rateLimit: false });
  });
  afterAll(() => server.close());

  it('prints the refusal with the status, the field path and what was wrong', async () => {
    // A server whose user list sends the total as text and a role as a number: both documented types broken.
    const broken: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      const url = new URL(input instanceof Request ? input.url : String(input));
      if (url.pathname !== '/api/v1/admin/data/users') return response;
      const body = (await response.json()) as { data: { role: unknown }[]; pagination: { total: unknown } };
      body.pagination.total = String(body.pagination.total);
      if (body.data[0]) body.data[0].role = 7;
      return Response.json(body, { status: response.status });
    };
    const report = await runConformance({ baseUrl: server.url, token: DEMO_TOKENS.admin, fetch: broken });
    expect(report.refused).toBe(1);
    const line = formatConformance(report).find((text) => text.includes(' refused'));
    expect(line).toMatch(
      /^000 GET {4}\/api\/v1\/admin\/data\/users +200 refused {2}data\.0\.role: .+; pagination\.total: .+/,
    );
    expect(line).toContain('expected number');
    expect(formatConformance(report).at(-1)).toBe('21 endpoints: 20 accepted, 1 refused, 0 failed, 0 skipped');
  });

  it('a server that refuses the caller is a failure, not a pass', async () => {
    const report = await runConformance({ baseUrl: server.url, token: 'not-a-token' });
    expect(report.failed).toBeGreaterThan(0);
    expect(report.results[0]).toMatchObject({
      outcome: 'failed',
      status: 401,
      why: expect.stringMatching(/^UNAUTHORIZED/),
    });
  });
});
