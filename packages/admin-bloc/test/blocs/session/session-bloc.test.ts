import { describe, expect, it } from 'vitest';
import type { AdminApiError } from '../../../src/api/admin-api-error.js';
import { DEMO_PEOPLE, DEMO_TOKENS } from '../../../src/mocks/demo-tokens.js';
import { OrgScopeRepository } from '../../../src/repositories/org-scope-repository.js';
import { SessionRepository } from '../../../src/repositories/session-repository.js';
import { blocTest } from '../../../src/testing/index.js';
import { PATHS, setupBlocBackend, testClient } from '../shared/test-support.js';
import { SessionBloc, type SessionBlocOptions } from '../../../src/blocs/session/session-bloc.js';
import {
  selectIsAuthenticated,
  selectIsForbidden,
  selectIsSuperAdmin,
  selectSessionExpired,
} from '../../../src/blocs/session/session-selectors.js';
import { initialSessionState } from '../../../src/blocs/session/session-state.js';

const backend = setupBlocBackend();

function build(overrides: Partial<SessionBlocOptions> = {}) {
  const session = new SessionRepository();
  const client = testClient({ token: session.tokenSource, onUnauthorized: session.onUnauthorized });
  return new SessionBloc({ client, session, ...overrides });
}

const astrid = expect.objectContaining({ id: DEMO_PEOPLE.admin, name: 'Astrid Haugen', role: 'admin' });
// `as const`: blocTest types `expect` by the bloc's state, whose `status` and `signedIn` decide its variant.
const loading = { ...initialSessionState, status: 'loading', signedIn: true } as const;

describe('SessionBloc', () => {
  blocTest('session/signedIn: loads the current admin behind the token', () => build(), {
    act: (bloc) => bloc.add({ type: 'session/signedIn', token: DEMO_TOKENS.admin }),
    expect: () => [loading, { ...loading, status: 'success', admin: astrid, role: 'admin' }],
    verify: (bloc) => {
      expect(selectIsAuthenticated(bloc.state)).toBe(true);
      expect(selectIsSuperAdmin(bloc.state)).toBe(false);
      expect(backend.requests(PATHS.selectedOrg)).toHaveLength(1);
      expect(backend.requests(PATHS.adminUser(DEMO_PEOPLE.admin))).toHaveLength(1);
    },
  });

  blocTest('session/signedIn: resolveRole tells a super-admin apart', {
    build: () => build({ resolveRole: (admin) => (admin.id === DEMO_PEOPLE.superAdmin ? 'super_admin' : 'admin') }),
    act: (bloc) => bloc.add({ type: 'session/signedIn', token: DEMO_TOKENS.superAdmin }),
    skip: 1,
    expect: () => [expect.objectContaining({ status: 'success', role: 'super_admin' })],
    verify: (bloc) => expect(selectIsSuperAdmin(bloc.state)).toBe(true),
  });

  blocTest('session/signedIn: a non-admin token becomes a forbidden failure, not a crash', () => build(), {
    act: (bloc) => bloc.add({ type: 'session/signedIn', token: DEMO_TOKENS.nonAdmin }),
    skip: 1,
    expect: () => [
      { ...loading, status: 'failure', failure: expect.objectContaining({ code: 'FORBIDDEN', forbidden: true }) },
    ],
    verify: (bloc) => expect(selectIsForbidden(bloc.state)).toBe(true),
  });

  blocTest('session/signedIn: an unknown token (401) signs out with reason unauthorized', () => build(), {
    act: (bloc) => bloc.add({ type: 'session/signedIn', token: 'expired-token' }),
    expect: () => [loading, { ...initialSessionState, signedOutReason: 'unauthorized' }],
    verify: (bloc) => expect(selectSessionExpired(bloc.state)).toBe(true),
  });

  it('a 401 from any later request signs out and drops the org scope', async () => {
    const session = new SessionRepository();
    const client = testClient({ token: session.tokenSource, onUnauthorized: session.onUnauthorized });
    const scope = new OrgScopeRepository({ session });
    const bloc = new SessionBloc({ client, session, scope });
    await bloc.add({ type: 'session/signedIn', token: DEMO_TOKENS.admin });
    scope.setTree((await client.data.orgNodes({ limit: 100 })).data);
    scope.select('org_tY2zLm');
    await Promise.resolve();
    expect(bloc.state.scope?.selectedOrgId).toBe('org_tY2zLm');
    backend.db.tokens.delete(DEMO_TOKENS.admin);
    const failed = await client.data.dashboardStats({}).catch((error: AdminApiError) => error);
    expect((failed as AdminApiError).code).toBe('UNAUTHORIZED');
    await Promise.resolve();
    expect(bloc.state).toEqual({ ...initialSessionState, signedOutReason: 'unauthorized' });
    expect(scope.current).toBeNull();
    await bloc.close();
  });

  blocTest('session/signedOut: resets to the initial state with the reason', () => build(), {
    act: async (bloc) => {
      await bloc.add({ type: 'session/signedIn', token: DEMO_TOKENS.admin });
      await bloc.add({ type: 'session/signedOut' });
    },
    skip: 2,
    expect: () => [{ ...initialSessionState, signedOutReason: 'signedOut' }],
  });

  it('session/signedOut while loading aborts the request at the mock', async () => {
    const bloc = build();
    backend.hold((request) => request.path === PATHS.selectedOrg);
    const signingIn = bloc.add({ type: 'session/signedIn', token: DEMO_TOKENS.admin });
    await backend.waitHeld(1);
    await bloc.add({ type: 'session/signedOut' });
    await signingIn;
    expect(backend.held).toHaveLength(0);
    expect(backend.requests(PATHS.selectedOrg)[0]?.outcome).toBe('aborted');
    expect(bloc.state).toEqual({ ...initialSessionState, signedOutReason: 'signedOut' });
    await bloc.close();
  });

  describe.each([
    [500, 'INTERNAL_ERROR', true],
    [404, 'NOT_FOUND', false],
    [429, 'RATE_LIMITED', true],
  ] as const)('when the admin state answers %i', (status, code, retryable) => {
    blocTest(`fails with ${code}, and session/reloadRequested recovers`, {
      build: () => build(),
      act: async (bloc) => {
        backend.faults.set({ fail: { 'state.selectedOrg.get': status } });
        await bloc.add({ type: 'session/signedIn', token: DEMO_TOKENS.admin });
        backend.faults.reset();
        await bloc.add({ type: 'session/reloadRequested' });
      },
      expect: () => [
        loading,
        { ...loading, status: 'failure', failure: expect.objectContaining({ code, retryable }) },
        loading,
        expect.objectContaining({ status: 'success', admin: astrid }),
      ],
    });
  });

  blocTest('a network failure and a broken answer are failures too', {
    build: () => build(),
    act: async (bloc) => {
      backend.faults.set({ fail: { 'state.selectedOrg.get': 'network' } });
      await bloc.add({ type: 'session/signedIn', token: DEMO_TOKENS.admin });
      backend.faults.reset({ contractBreak: ['users.get'] });
      await bloc.add({ type: 'session/reloadRequested' });
    },
    expect: () => [
      loading,
      expect.objectContaining({ status: 'failure', failure: expect.objectContaining({ code: 'NETWORK_ERROR' }) }),
      loading,
      expect.objectContaining({ status: 'failure', failure: expect.objectContaining({ code: 'INVALID_RESPONSE' }) }),
    ],
  });
});
