import { afterEach, describe, expect, it } from 'vitest';
import { createAdminClient } from '../../src/api/create-admin-client.js';
import { DEMO_TOKENS } from '../../src/mocks/demo-tokens.js';
import { setupMockServer } from '../../src/mocks/server.js';

/**
 * msw 3 on Node 20 sets up without error and then intercepts nothing: tests would send their requests to the
 * network. setupMockServer refuses to start there and says what to do. The version is what Node reports.
 */
const versions = Object.getOwnPropertyDescriptor(process, 'versions');

function runningOn(node: string) {
  Object.defineProperty(process, 'versions', { value: { ...process.versions, node }, configurable: true });
}

afterEach(() => {
  if (versions) Object.defineProperty(process, 'versions', versions);
});

describe('setupMockServer on a Node it cannot intercept on', () => {
  it('refuses Node 20 with an error that names the version and the way out', () => {
    runningOn('20.20.2');
    expect(() => setupMockServer()).toThrow(/needs Node\.js 22\.12 or later; this is Node\.js 20\.20\.2/);
    expect(() => setupMockServer()).toThrow(/Run the tests on Node 22\.12\+/);
  });

  it('refuses Node 22 before 22.12 (no require of ES modules, msw 3 does not support it)', () => {
    runningOn('22.11.0');
    expect(() => setupMockServer()).toThrow(/this is Node\.js 22\.11\.0/);
  });

  it('starts on Node 22.12 and later, and answers', async () => {
    runningOn('22.12.0');
    const server = setupMockServer();
    server.listen();
    try {
      const client = createAdminClient({ baseUrl: 'http://localhost', token: DEMO_TOKENS.admin, retry: false });
      expect((await client.data.dashboardStats({ orgIds: ['org_kNr8aQ'] })).data.total_users).toBe(291);
    } finally {
      server.close();
    }
  });
});
