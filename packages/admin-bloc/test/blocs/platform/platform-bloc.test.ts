import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AdminClient } from '../../../src/api/create-admin-client.js';
import type { PlatformRole, PlatformUserSummary } from '../../../src/contract/platform.js';
import { DEMO_PEOPLE, DEMO_TOKENS } from '../../../src/mocks/demo-tokens.js';
import { DEMO_TENANT } from '../../../src/mocks/handlers/platform.js';
import {
  BASE_URL,
  blocTest,
  createRig,
  manualTimers,
  setupBlocBackend,
  testClient,
  until,
} from '../shared/test-support.js';
import { PlatformBloc } from '../../../src/blocs/platform/platform-bloc.js';
import {
  selectCanLoadMoreSessions,
  selectCanLoadMoreUsers,
  selectIsUserPending,
  selectPlatformForbidden,
  selectPlatformUsers,
} from '../../../src/blocs/platform/platform-selectors.js';
import { initialPlatformState, type PlatformState } from '../../../src/blocs/platform/platform-state.js';
import { checkInterleavings, scheduleAnswers } from '../shared/scheduled-answers.js';

const backend = setupBlocBackend();
const USERS = '/api/v1/admin/users';
const SESSIONS = '/api/v1/admin/sessions';

function build(options: { token?: string; tenant?: string; pageSize?: number } = {}) {
  const timers = manualTimers();
  const client = testClient({ token: options.token ?? DEMO_TOKENS.admin, tenant: options.tenant ?? DEMO_TENANT });
  const bloc = new PlatformBloc({ client, timers, searchDebounceMs: 300, pageSize: options.pageSize ?? 20 });
  return { bloc, timers, client };
}

const usersSettled = (bloc: PlatformBloc) =>
  until(bloc.state$, (state) => state.status !== 'loading' && state.moreUsers.status !== 'loading');

/** Every user of a query, in the server's order, read page by page straight from the mock. */
async function allUsers(client: AdminClient, query: { search: string; role: PlatformRole | null }) {
  const out: PlatformUserSummary[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await client.platform.users.list({
      limit: 100,
      ...(cursor ? { cursor } : {}),
      ...(query.search.trim() ? { search: query.search.trim() } : {}),
      ...(query.role ? { role: query.role } : {}),
    });
    out.push(...page.data);
    if (!page.pagination.hasMore || !page.pagination.cursor) return out;
    cursor = page.pagination.cursor;
  }
}

const ids = (state: PlatformState) => (state.users?.items ?? []).map((user) => user.id);

describe('PlatformBloc', () => {
  describe('platform/statsRequested', () => {
    blocTest('loads the platform figures of the tenant', () => build().bloc, {
      act: (bloc) => bloc.add({ type: 'platform/statsRequested' }),
      expect: () => [
        { ...initialPlatformState, stats: { status: 'loading', stats: null, failure: null } },
        {
          ...initialPlatformState,
          stats: {
            status: 'success',
            stats: expect.objectContaining({ agents: { total: 78, active: 64, revoked: 14 } }),
            failure: null,
          },
        },
      ],
    });

    it('an unknown tenant is NOT_FOUND; a non-admin is forbidden', async () => {
      const unknown = build({ tenant: 'nowhere' }).bloc;
      await unknown.add({ type: 'platform/statsRequested' });
      expect(unknown.state.stats).toMatchObject({ status: 'failure', failure: { code: 'NOT_FOUND' } });
      const nonAdmin = build({ token: DEMO_TOKENS.nonAdmin }).bloc;
      await nonAdmin.add({ type: 'platform/statsRequested' });
      expect(selectPlatformForbidden(nonAdmin.state)).toBe(true);
      await Promise.all([unknown.close(), nonAdmin.close()]);
    });
  });

  describe('users', () => {
    it('platform/usersRequested, then platform/moreUsersRequested: pages appended in the server’s order', async () => {
      const { bloc, client } = build();
      await bloc.add({ type: 'platform/usersRequested' });
      expect(bloc.state).toMatchObject({ status: 'success', users: { hasMore: true, cursor: expect.any(String) } });
      expect(ids(bloc.state)).toHaveLength(20);
      expect(selectCanLoadMoreUsers(bloc.state)).toBe(true);
      await bloc.add({ type: 'platform/moreUsersRequested' });
      await bloc.add({ type: 'platform/moreUsersRequested' });
      expect(bloc.state.moreUsers).toEqual({ status: 'success', failure: null });
      const truth = await allUsers(client, { search: '', role: null });
      expect(bloc.state.users?.items).toEqual(truth.slice(0, 60));
      await bloc.close();
    });

    it('load-more to the end: hasMore false, and a further load-more sends nothing', async () => {
      const { bloc, client } = build({ pageSize: 100 });
      await bloc.add({ type: 'platform/usersRequested' });
      while (bloc.state.users?.hasMore) await bloc.add({ type: 'platform/moreUsersRequested' });
      const truth = await allUsers(client, { search: '', role: null });
      expect(bloc.state.users?.items).toEqual(truth);
      expect(new Set(ids(bloc.state)).size).toBe(truth.length);
      const sent = backend.requests(USERS).length;
      await bloc.add({ type: 'platform/moreUsersRequested' });
      expect(backend.requests(USERS)).toHaveLength(sent);
      expect(selectCanLoadMoreUsers(bloc.state)).toBe(false);
      await bloc.close();
    });

    it('a load-more asked twice while one runs is dropped; rows are never duplicated', async () => {
      const { bloc } = build();
      await bloc.add({ type: 'platform/usersRequested' });
      backend.hold((request) => request.path === USERS);
      const first = bloc.add({ type: 'platform/moreUsersRequested' });
      await backend.waitHeld(1);
      await bloc.add({ type: 'platform/moreUsersRequested' });
      expect(backend.held).toHaveLength(1);
      backend.held[0]?.release();
      await first;
      expect(ids(bloc.state)).toHaveLength(40);
      expect(new Set(ids(bloc.state)).size).toBe(40);
      await bloc.close();
    });

    it('platform/userSearchChanged: debounced, latest wins, the older request aborted at the server', async () => {
      const { bloc, timers } = build();
      backend.hold((request) => request.path === USERS);
      void bloc.add({ type: 'platform/userSearchChanged', search: 'hau' });
      timers.advance(300);
      await backend.waitHeld(1);
      void bloc.add({ type: 'platform/userSearchChanged', search: 'astrid' });
      timers.advance(100);
      void bloc.add({ type: 'platform/userSearchChanged', search: 'astrid haugen' });
      timers.advance(300);
      await backend.waitHeld(1);
      expect(
        backend.requests(USERS).map((request) => [request.url.searchParams.get('search'), request.outcome]),
      ).toEqual([
        ['hau', 'aborted'],
        ['astrid haugen', 'held'],
      ]);
      backend.held[0]?.release();
      const state = await usersSettled(bloc);
      expect(state.users?.query).toEqual({ search: 'astrid haugen', role: null });
      expect(ids(state)).toEqual([DEMO_PEOPLE.admin]);
      await bloc.close();
    });

    it('a search without hits is an empty success with nothing more to load', async () => {
      const { bloc, timers } = build();
      void bloc.add({ type: 'platform/userSearchChanged', search: 'zzz nobody' });
      timers.advance(300);
      const state = await until(bloc.state$, (s) => s.status === 'success');
      expect(state.users).toEqual({
        query: { search: 'zzz nobody', role: null },
        items: [],
        cursor: null,
        hasMore: false,
      });
      await bloc.close();
    });

    it('platform/roleFilterChanged: only that role, starting again from the first page', async () => {
      const { bloc, client } = build();
      await bloc.add({ type: 'platform/usersRequested' });
      await bloc.add({ type: 'platform/moreUsersRequested' });
      await bloc.add({ type: 'platform/roleFilterChanged', role: 'admin' });
      const admins = await allUsers(client, { search: '', role: 'admin' });
      expect(bloc.state.users?.items).toEqual(admins.slice(0, 20));
      expect(bloc.state.users?.items.every((user) => user.role === 'admin')).toBe(true);
      await bloc.add({ type: 'platform/roleFilterChanged', role: null });
      expect(ids(bloc.state)).toHaveLength(20);
      await bloc.close();
    });

    it('a search change aborts a running load-more; no row of the old query is appended', async () => {
      const { bloc, timers } = build();
      await bloc.add({ type: 'platform/usersRequested' });
      backend.hold((request) => request.path === USERS);
      void bloc.add({ type: 'platform/moreUsersRequested' });
      await backend.waitHeld(1);
      void bloc.add({ type: 'platform/userSearchChanged', search: 'astrid haugen' });
      timers.advance(300);
      await backend.waitHeld(1);
      expect(backend.requests(USERS).map((request) => request.outcome)).toEqual(['passed', 'aborted', 'held']);
      backend.held[0]?.release();
      const state = await usersSettled(bloc);
      expect(ids(state)).toEqual([DEMO_PEOPLE.admin]);
      expect(state.moreUsers.status).toBe('initial');
      await bloc.close();
    });

    it('latest wins under random interleavings of load-more, search and role changes and their answers', async () => {
      await checkInterleavings(
        fc.oneof(
          fc.constant({ kind: 'more' as const }),
          fc.record({ kind: fc.constant('search' as const), search: fc.constantFrom('', 'ha', 'sen', 'astrid') }),
          fc.record({
            kind: fc.constant('role' as const),
            role: fc.constantFrom('admin' as const, 'user' as const, null),
          }),
        ),
        { minLength: 1, maxLength: 6, numRuns: 30 },
        async (s, steps) => {
          scheduleAnswers(backend, s, `${BASE_URL}${USERS}`, 'users answer');
          const { bloc, timers, client } = build({ pageSize: 5 });
          void bloc.add({ type: 'platform/usersRequested' });
          for (const step of steps) {
            if (step.kind === 'more') void bloc.add({ type: 'platform/moreUsersRequested' });
            else if (step.kind === 'search') void bloc.add({ type: 'platform/userSearchChanged', search: step.search });
            else void bloc.add({ type: 'platform/roleFilterChanged', role: step.role });
            timers.advance(s.count() % 2 === 0 ? 300 : 100);
            await s.waitNext(Math.min(1, s.count()));
          }
          timers.advance(300);
          await s.waitFor(usersSettled(bloc));
          backend.server.resetHandlers();
          const state = bloc.state;
          expect(state.status).toBe('success');
          expect(state.users?.query).toEqual(state.usersQuery);
          // What is on screen is exactly the first rows of the current query, in order, without duplicates.
          const truth = await allUsers(client, state.usersQuery);
          const items = state.users?.items ?? [];
          expect(items).toEqual(truth.slice(0, items.length));
          expect(items.length).toBeGreaterThanOrEqual(Math.min(5, truth.length));
          await bloc.close();
        },
      );
    });
  });

  describe('platform/roleChangeRequested', () => {
    it('shows the new role at once, keeps it when the server agrees', async () => {
      const { bloc, timers } = build();
      void bloc.add({ type: 'platform/userSearchChanged', search: 'lars eriksen' });
      timers.advance(300);
      await usersSettled(bloc);
      backend.hold((request) => request.method === 'PATCH');
      const change = bloc.add({ type: 'platform/roleChangeRequested', userId: DEMO_PEOPLE.nonAdmin, role: 'admin' });
      await backend.waitHeld(1);
      expect(selectPlatformUsers(bloc.state)[0]).toMatchObject({ id: DEMO_PEOPLE.nonAdmin, role: 'admin' });
      expect(bloc.state.users?.items[0]?.role).toBe('user');
      expect(selectIsUserPending(bloc.state, DEMO_PEOPLE.nonAdmin)).toBe(true);
      backend.held[0]?.release();
      await change;
      expect(bloc.state.pending).toEqual({});
      expect(bloc.state.users?.items[0]?.role).toBe('admin');
      expect(bloc.state.mutationFailure).toBeNull();
      await bloc.close();
    });

    it('rolls back and says why when the server refuses (403: only a super-admin may change a super-admin)', async () => {
      const { bloc, timers } = build();
      void bloc.add({ type: 'platform/userSearchChanged', search: 'ingrid' });
      timers.advance(300);
      await usersSettled(bloc);
      const before = selectPlatformUsers(bloc.state);
      await bloc.add({ type: 'platform/roleChangeRequested', userId: DEMO_PEOPLE.superAdmin, role: 'user' });
      expect(selectPlatformUsers(bloc.state)).toEqual(before);
      expect(bloc.state.mutationFailure).toMatchObject({
        userId: DEMO_PEOPLE.superAdmin,
        action: 'roleChange',
        failure: { code: 'FORBIDDEN', forbidden: true },
      });
      await bloc.close();
    });

    it.each([
      [500, 'INTERNAL_ERROR'],
      [401, 'UNAUTHORIZED'],
    ])('a %s rolls back the change', async (status, code) => {
      const { bloc } = build();
      await bloc.add({ type: 'platform/usersRequested' });
      const target = bloc.state.users?.items.find((user) => user.role === 'user') as PlatformUserSummary;
      backend.hold((request) => request.method === 'PATCH');
      const change = bloc.add({ type: 'platform/roleChangeRequested', userId: target.id, role: 'admin' });
      await backend.waitHeld(1);
      // A reload while the change is in flight keeps showing it.
      backend.hold(null);
      await bloc.add({ type: 'platform/usersRequested' });
      expect(selectPlatformUsers(bloc.state).find((user) => user.id === target.id)?.role).toBe('admin');
      backend.held[0]?.fail(status);
      await change;
      expect(selectPlatformUsers(bloc.state).find((user) => user.id === target.id)?.role).toBe('user');
      expect(bloc.state.mutationFailure?.failure.code).toBe(code);
      await bloc.close();
    });
  });

  describe('platform/suspendRequested', () => {
    it('suspends at once and keeps it when the server agrees', async () => {
      const { bloc } = build();
      await bloc.add({ type: 'platform/usersRequested' });
      const target = bloc.state.users?.items.find((user) => user.status === 'active' && user.role === 'user');
      const id = target?.id as string;
      backend.hold((request) => request.path.endsWith('/suspend'));
      const suspend = bloc.add({ type: 'platform/suspendRequested', userId: id });
      await backend.waitHeld(1);
      expect(selectPlatformUsers(bloc.state).find((user) => user.id === id)?.status).toBe('suspended');
      backend.held[0]?.release();
      await suspend;
      expect(bloc.state.users?.items.find((user) => user.id === id)?.status).toBe('suspended');
      expect(bloc.state.pending).toEqual({});
      expect(backend.db.people.get(id)?.status).toBe('suspended');
      await bloc.close();
    });

    it('an unknown user is NOT_FOUND and nothing stays changed', async () => {
      const { bloc } = build();
      await bloc.add({ type: 'platform/usersRequested' });
      const before = selectPlatformUsers(bloc.state);
      await bloc.add({ type: 'platform/suspendRequested', userId: 'usr_nobody' });
      expect(selectPlatformUsers(bloc.state)).toEqual(before);
      expect(bloc.state.pending).toEqual({});
      expect(bloc.state.mutationFailure).toMatchObject({ action: 'suspend', failure: { code: 'NOT_FOUND' } });
      await bloc.close();
    });
  });

  describe('sessions', () => {
    it('platform/sessionsRequested and platform/moreSessionsRequested: cursor pages appended', async () => {
      const { bloc } = build();
      await bloc.add({ type: 'platform/sessionsRequested' });
      expect(bloc.state.sessions).toMatchObject({ status: 'success', results: { hasMore: true } });
      expect(selectCanLoadMoreSessions(bloc.state)).toBe(true);
      await bloc.add({ type: 'platform/moreSessionsRequested' });
      const sessionIds = bloc.state.sessions.results?.items.map((session) => session.sessionId) ?? [];
      expect(sessionIds).toHaveLength(40);
      expect(new Set(sessionIds).size).toBe(40);
      await bloc.close();
    });

    it('platform/sessionFiltersChanged: status, user and agent filters apply at once, latest wins', async () => {
      const { bloc } = build();
      backend.hold((request) => request.path === SESSIONS);
      void bloc.add({ type: 'platform/sessionFiltersChanged', filters: { status: 'expired' } });
      await backend.waitHeld(1);
      void bloc.add({ type: 'platform/sessionFiltersChanged', filters: { status: 'active' } });
      await backend.waitHeld(1);
      expect(backend.requests(SESSIONS).map((request) => request.outcome)).toEqual(['aborted', 'held']);
      backend.hold(null);
      backend.held[0]?.release();
      await until(bloc.state$, (state) => state.sessions.status === 'success');
      const active = bloc.state.sessions.results?.items ?? [];
      expect(active.length).toBeGreaterThan(0);
      expect(active.every((session) => session.status === 'active')).toBe(true);
      const sample = active[0];
      await bloc.add({
        type: 'platform/sessionFiltersChanged',
        filters: { userId: sample?.userId ?? null, agentId: sample?.agentId ?? null },
      });
      const filtered = bloc.state.sessions.results?.items ?? [];
      expect(filtered.length).toBeGreaterThan(0);
      for (const session of filtered) {
        expect(session).toMatchObject({ status: 'active', userId: sample?.userId, agentId: sample?.agentId });
      }
      await bloc.add({ type: 'platform/sessionFiltersChanged', filters: { agentId: 'agent_none' } });
      expect(bloc.state.sessions.results).toMatchObject({ items: [], hasMore: false });
      await bloc.close();
    });
  });

  describe('failures', () => {
    it('a non-admin gets forbidden states, not a crash', async () => {
      const { bloc } = build({ token: DEMO_TOKENS.nonAdmin });
      await Promise.all([
        bloc.add({ type: 'platform/usersRequested' }),
        bloc.add({ type: 'platform/sessionsRequested' }),
      ]);
      expect(bloc.state.failure).toMatchObject({ code: 'FORBIDDEN', forbidden: true });
      expect(bloc.state.sessions.failure).toMatchObject({ code: 'FORBIDDEN', forbidden: true });
      expect(selectPlatformForbidden(bloc.state)).toBe(true);
      await bloc.close();
    });

    it('an unknown token is a signed-out failure', async () => {
      const { bloc } = build({ token: 'stale' });
      await bloc.add({ type: 'platform/usersRequested' });
      expect(bloc.state).toMatchObject({ status: 'failure', failure: { code: 'UNAUTHORIZED', signedOut: true } });
      await bloc.close();
    });

    it.each([
      [{ fail: { 'platform.users.list': 500 } }, 'INTERNAL_ERROR'],
      [{ contractBreak: ['platform.users.list'] }, 'INVALID_RESPONSE'],
    ])('%o on load-more keeps the rows and fails only the load-more (%s)', async (faults, code) => {
      const { bloc } = build();
      await bloc.add({ type: 'platform/usersRequested' });
      const before = bloc.state.users;
      backend.faults.set(faults);
      await bloc.add({ type: 'platform/moreUsersRequested' });
      expect(bloc.state.users).toBe(before);
      expect(bloc.state).toMatchObject({ status: 'success', moreUsers: { status: 'failure', failure: { code } } });
      await bloc.add({ type: 'platform/usersRequested' });
      expect(bloc.state).toMatchObject({ status: 'failure', failure: { code } });
      await bloc.close();
    });

    it('a failing stats or sessions request fails only its section', async () => {
      const { bloc } = build();
      backend.faults.set({ fail: { 'platform.stats': 500, 'platform.sessions.list': 'network' } });
      await Promise.all([
        bloc.add({ type: 'platform/statsRequested' }),
        bloc.add({ type: 'platform/sessionsRequested' }),
        bloc.add({ type: 'platform/usersRequested' }),
      ]);
      expect(bloc.state.stats.failure?.code).toBe('INTERNAL_ERROR');
      expect(bloc.state.sessions.failure?.code).toBe('NETWORK_ERROR');
      expect(bloc.state.status).toBe('success');
      await bloc.close();
    });
  });

  it('close aborts the requests in flight at the server', async () => {
    const { bloc } = build();
    backend.hold(() => true);
    void bloc.add({ type: 'platform/usersRequested' });
    void bloc.add({ type: 'platform/sessionsRequested' });
    void bloc.add({ type: 'platform/statsRequested' });
    await backend.waitHeld(3);
    await bloc.close();
    await backend.waitHeld(0);
    expect(backend.seen.map((request) => request.outcome)).toEqual(['aborted', 'aborted', 'aborted']);
  });

  it('platform/authChanged: another account drops users, stats, sessions and pending changes; old answers never land', async () => {
    const { session, client } = createRig(DEMO_TOKENS.admin, { tenant: DEMO_TENANT });
    const bloc = new PlatformBloc({ client, session, timers: manualTimers() });
    await Promise.all([
      bloc.add({ type: 'platform/usersRequested' }),
      bloc.add({ type: 'platform/statsRequested' }),
      bloc.add({ type: 'platform/sessionsRequested' }),
    ]);
    const target = bloc.state.users?.items.find((user) => user.role === 'user') as PlatformUserSummary;
    backend.hold(() => true);
    const change = bloc.add({ type: 'platform/roleChangeRequested', userId: target.id, role: 'admin' });
    void bloc.add({ type: 'platform/moreUsersRequested' });
    void bloc.add({ type: 'platform/statsRequested' });
    await backend.waitHeld(3);
    session.signIn(DEMO_TOKENS.superAdmin);
    expect(bloc.state).toEqual(initialPlatformState);
    await backend.waitHeld(0);
    await change;
    expect(backend.held).toHaveLength(0);
    expect(bloc.state).toEqual(initialPlatformState);
    await bloc.close();
  });
});
