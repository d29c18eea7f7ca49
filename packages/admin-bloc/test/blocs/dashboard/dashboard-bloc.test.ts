import { describe, expect, it, vi } from 'vitest';
import { OrgScopeRepository } from '../../../src/repositories/org-scope-repository.js';
import { blocTest } from '../../../src/testing/index.js';
import {
  createRig,
  createScopedRig,
  manualTimers,
  NORD,
  PATHS,
  ROOT,
  settled,
  setupBlocBackend,
  until,
} from '../shared/test-support.js';
import { DashboardBloc } from '../../../src/blocs/dashboard/dashboard-bloc.js';
import {
  selectDashboardCards,
  selectIsReloading,
  selectSnapshotMatchesScope,
} from '../../../src/blocs/dashboard/dashboard-selectors.js';
import { initialDashboardState } from '../../../src/blocs/dashboard/dashboard-state.js';

const backend = setupBlocBackend();

const NORD_CARDS = { totalUsers: 184, activeMentors: 42, monthlyActivities: 317, pendingReimbursements: 9 };
const ROOT_CARDS = { totalUsers: 291, activeMentors: 67, monthlyActivities: 502, pendingReimbursements: 14 };

describe('DashboardBloc', () => {
  it('loads the four figures for the scope and the server snapshot', async () => {
    const rig = await createScopedRig();
    const bloc = new DashboardBloc({ ...rig, refreshIntervalMs: 0 });
    expect(bloc.state).toMatchObject({ status: 'loading', scopeKey: `${ROOT}>${NORD}`, stats: null });
    const state = await settled(bloc);
    expect(selectDashboardCards(state)).toEqual(NORD_CARDS);
    expect(state.refreshedAt).toBe('2026-03-26T11:00:00Z');
    expect(selectSnapshotMatchesScope(state, NORD)).toBe(true);
    const [request] = backend.requests(PATHS.dashboardStats);
    expect(request?.url.searchParams.get('org_ids')?.split(',')).toEqual(rig.scope.current?.orgIds);
    await bloc.close();
  });

  it('dashboard/scopeChanged: clears the old figures at once, aborts the old request, loads the new scope', async () => {
    const rig = await createScopedRig();
    const bloc = new DashboardBloc({ ...rig, refreshIntervalMs: 0 });
    await settled(bloc);
    backend.hold((request) => request.path === PATHS.dashboardStats);
    rig.scope.select(null);
    expect(bloc.state).toEqual({ ...initialDashboardState, status: 'loading', scopeKey: `${ROOT}>*` });
    await backend.waitHeld(1);
    rig.scope.select(NORD);
    expect(bloc.state.stats).toBeNull();
    await backend.waitHeld(1);
    expect(backend.requests(PATHS.dashboardStats).map((request) => request.outcome)).toEqual([
      'passed',
      'aborted',
      'held',
    ]);
    backend.held[0]?.release();
    expect(selectDashboardCards(await settled(bloc))).toEqual(NORD_CARDS);
    await bloc.close();
  });

  it('the whole tree shows the whole tree’s figures', async () => {
    const rig = await createScopedRig(null);
    const bloc = new DashboardBloc({ ...rig, refreshIntervalMs: 0 });
    expect(selectDashboardCards(await settled(bloc))).toEqual(ROOT_CARDS);
    await bloc.close();
  });

  it('dashboard/refreshRequested: the server recounts, the previous figures stay visible meanwhile', async () => {
    const rig = await createScopedRig();
    const bloc = new DashboardBloc({ ...rig, refreshIntervalMs: 0 });
    const before = await settled(bloc);
    backend.db.clock.advance(30 * 60_000);
    backend.hold((request) => request.path === PATHS.dashboardStats);
    const refreshing = bloc.add({ type: 'dashboard/refreshRequested' });
    await backend.waitHeld(1);
    expect(bloc.state.status).toBe('loading');
    expect(bloc.state.stats).toBe(before.stats);
    expect(selectIsReloading(bloc.state)).toBe(true);
    backend.held[0]?.release();
    await refreshing;
    expect(backend.requests(PATHS.dashboardRefresh, 'POST').map((request) => request.body)).toEqual([{ org_id: NORD }]);
    expect(bloc.state.status).toBe('success');
    expect(bloc.state.refreshedAt).not.toBe('2026-03-26T11:00:00Z');
    await bloc.close();
  });

  it('refreshes periodically while someone listens, pauses while nobody does', async () => {
    const rig = await createScopedRig();
    const timers = manualTimers();
    const bloc = new DashboardBloc({ ...rig, timers, refreshIntervalMs: 60_000 });
    await settled(bloc);
    const reads = () => backend.requests(PATHS.dashboardStats).length;
    expect(reads()).toBe(1);
    expect(timers.pending).toBe(0);

    const off = bloc.subscribe(() => undefined);
    expect(timers.pending).toBe(1);
    timers.advance(60_000);
    await until(bloc.state$, (state) => state.status === 'loading');
    await settled(bloc);
    expect(reads()).toBe(2);

    off();
    expect(timers.pending).toBe(0);
    timers.advance(10 * 60_000);
    expect(reads()).toBe(2);

    // Back after a long pause: the figures are stale, so they are read again at once.
    const again = bloc.subscribe(() => undefined);
    await until(bloc.state$, (state) => state.status === 'loading');
    await settled(bloc);
    expect(reads()).toBe(3);
    again();
    await bloc.close();
    expect(timers.pending).toBe(0);
  });

  it('runs on the global timers by default, so vitest fake timers drive it', async () => {
    const rig = await createScopedRig();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const bloc = new DashboardBloc({ ...rig, refreshIntervalMs: 30_000 });
      const off = bloc.subscribe(() => undefined);
      await settled(bloc);
      vi.advanceTimersByTime(29_999);
      expect(backend.requests(PATHS.dashboardStats)).toHaveLength(1);
      vi.advanceTimersByTime(1);
      await until(bloc.state$, (state) => state.status === 'loading');
      await settled(bloc);
      expect(backend.requests(PATHS.dashboardStats)).toHaveLength(2);
      off();
      vi.advanceTimersByTime(10 * 60_000);
      expect(bloc.state.status).toBe('success');
      expect(backend.requests(PATHS.dashboardStats)).toHaveLength(2);
      await bloc.close();
    } finally {
      vi.useRealTimers();
    }
  });

  it('a returning listener with fresh figures waits out the rest of the interval', async () => {
    const rig = await createScopedRig();
    const timers = manualTimers();
    const bloc = new DashboardBloc({ ...rig, timers, refreshIntervalMs: 60_000 });
    await settled(bloc);
    timers.advance(20_000);
    const off = bloc.subscribe(() => undefined);
    timers.advance(39_999);
    expect(bloc.state.status).toBe('success');
    timers.advance(1);
    await until(bloc.state$, (state) => state.status === 'loading');
    await settled(bloc);
    expect(backend.requests(PATHS.dashboardStats)).toHaveLength(2);
    off();
    await bloc.close();
  });

  describe.each([
    [403, 'FORBIDDEN', { forbidden: true }],
    [500, 'INTERNAL_ERROR', { retryable: true }],
    [429, 'RATE_LIMITED', { retryable: true }],
    ['network', 'NETWORK_ERROR', { retryable: true }],
  ] as const)('when dashboard-stats answers %s', (fault, code, flags) => {
    it(`shows a ${code} failure and keeps the previous figures`, async () => {
      const rig = await createScopedRig();
      const bloc = new DashboardBloc({ ...rig, refreshIntervalMs: 0 });
      const before = await settled(bloc);
      backend.faults.set({ fail: { 'data.dashboardStats': fault } });
      await bloc.add({ type: 'dashboard/refreshTicked' });
      expect(bloc.state).toEqual({
        ...before,
        status: 'failure',
        failure: expect.objectContaining({ code, ...flags }),
      });
      await bloc.close();
    });
  });

  it('a 401 signs the session out and the dashboard resets', async () => {
    const rig = await createScopedRig();
    const bloc = new DashboardBloc({ ...rig, refreshIntervalMs: 0 });
    await settled(bloc);
    backend.db.tokens.delete('demo-admin-token');
    await bloc.add({ type: 'dashboard/refreshRequested' });
    expect(rig.session.auth).toMatchObject({ status: 'signedOut', reason: 'unauthorized' });
    expect(bloc.state).toEqual(initialDashboardState);
    await bloc.close();
  });

  it('a snapshot that breaks the contract is an INVALID_RESPONSE failure', async () => {
    backend.faults.set({ contractBreak: ['state.dashboard.get'] });
    const rig = await createScopedRig();
    const bloc = new DashboardBloc({ ...rig, refreshIntervalMs: 0 });
    expect(await settled(bloc)).toMatchObject({
      status: 'failure',
      stats: null,
      failure: { code: 'INVALID_RESPONSE' },
    });
    await bloc.close();
  });

  it('a scope without people or activity shows zeros', async () => {
    const rig = await createScopedRig();
    const db = backend.db;
    for (const person of [...db.people.values()]) if (person.orgId !== ROOT) db.people.delete(person.id);
    db.activities.splice(0);
    db.reimbursements.splice(0);
    const bloc = new DashboardBloc({ ...rig, refreshIntervalMs: 0 });
    expect(selectDashboardCards(await settled(bloc))).toEqual({
      totalUsers: 0,
      activeMentors: 0,
      monthlyActivities: 0,
      pendingReimbursements: 0,
    });
    await bloc.close();
  });

  blocTest(
    'signing out resets to initial and aborts the running load',
    () => new DashboardBloc({ client: createRig().client, scope: new OrgScopeRepository(), refreshIntervalMs: 0 }),
    {
      act: async (bloc) => {
        const rig = await createScopedRig();
        backend.hold((request) => request.path === PATHS.dashboardStats);
        void bloc.add({ type: 'dashboard/scopeChanged', scope: rig.scope.current });
        await backend.waitHeld(1);
        await bloc.add({ type: 'dashboard/scopeChanged', scope: null });
        await backend.waitHeld(0);
      },
      expect: () => [
        { ...initialDashboardState, status: 'loading', scopeKey: `${ROOT}>${NORD}` },
        initialDashboardState,
      ],
      verify: () => expect(backend.requests(PATHS.dashboardStats)[0]?.outcome).toBe('aborted'),
    },
  );
});
