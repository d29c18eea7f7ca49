import { describe, expect, it } from 'vitest';
import { BASE_URL, setupBlocBackend } from '../blocs/shared/test-support.js';
import { DEMO_TOKENS } from '../../src/mocks/demo-tokens.js';
import { createAdminRepositories } from '../../src/repositories/admin-repositories.js';

setupBlocBackend();

describe('createAdminRepositories', () => {
  it('sends the session token and signs out on a 401', async () => {
    const { session, client, scope } = createAdminRepositories({ baseUrl: BASE_URL, retry: 0, rateLimit: false });
    session.signIn(DEMO_TOKENS.admin);
    const nodes = (await client.data.orgNodes({ limit: 100 })).data;
    scope.setTree(nodes);
    scope.select(null);
    expect(scope.current?.orgIds).toHaveLength(6);
    session.signIn('revoked-token');
    await expect(client.data.orgNodes()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    expect(session.auth).toMatchObject({ status: 'signedOut', reason: 'unauthorized' });
    expect(scope.current).toBeNull();
  });

  it('lets a given onUnauthorized refresh the token and retry first', async () => {
    const { session, client } = createAdminRepositories({
      baseUrl: BASE_URL,
      token: 'stale-token',
      retry: 0,
      rateLimit: false,
      onUnauthorized: () => {
        session.signIn(DEMO_TOKENS.admin);
        return true;
      },
    });
    const answer = await client.data.dashboardStats({});
    expect(answer.data.total_users).toBe(291);
    expect(session.auth).toEqual({ status: 'signedIn', token: DEMO_TOKENS.admin });
  });
});
