import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ActivityLogBloc } from '../../../src/blocs/activity-log/activity-log-bloc.js';
import {
  selectActiveActivityFilterCount,
  selectActivities,
  selectActivityPageCount,
} from '../../../src/blocs/activity-log/activity-log-selectors.js';
import { initialActivityLogState, noActivityLogFilters } from '../../../src/blocs/activity-log/activity-log-state.js';
import { DEMO_PEOPLE } from '../../../src/mocks/demo-tokens.js';
import { OrgScopeRepository } from '../../../src/repositories/org-scope-repository.js';
import { blocTest } from '../../../src/testing/index.js';
import {
  BASE_URL,
  createScopedRig,
  JAEREN,
  NORD,
  ROOT,
  settled,
  setupBlocBackend,
  testClient,
} from '../shared/test-support.js';
import { checkInterleavings, nextAnswer, scheduleAnswers, settleScheduled } from '../shared/scheduled-answers.js';

const backend = setupBlocBackend();
const PATH = '/api/v1/admin/data/activity-log';

/** How many activities the mock holds for a subtree. */
const countIn = (orgId: string) => {
  const subtree = backend.db.subtree(orgId);
  return backend.db.activities.filter((activity) => subtree.has(activity.orgId)).length;
};

describe('ActivityLogBloc', () => {
  it('loads the newest activities of the scope (its org ids sent)', async () => {
    const rig = await createScopedRig();
    const bloc = new ActivityLogBloc(rig);
    expect(bloc.state).toMatchObject({ status: 'loading', query: { scopeKey: `${ROOT}>${NORD}` }, results: null });
    const state = await settled(bloc);
    expect(state).toMatchObject({ status: 'success', results: { total: countIn(NORD) } });
    expect(selectActivities(state)).toHaveLength(20);
    const times = selectActivities(state).map((activity) => activity.occurred_at);
    expect(times).toEqual([...times].sort().reverse());
    expect(backend.requests(PATH)[0]?.url.searchParams.get('org_ids')?.split(',')).toEqual(rig.scope.current?.orgIds);
    await bloc.close();
  });

  it('activityLog/scopeChanged: drops the old scope’s page at once, aborts its request, loads the new scope', async () => {
    const rig = await createScopedRig();
    const bloc = new ActivityLogBloc(rig);
    await settled(bloc);
    backend.hold((request) => request.path === PATH);
    rig.scope.select(JAEREN);
    expect(bloc.state).toMatchObject({ status: 'loading', query: { scopeKey: `${ROOT}>${JAEREN}` }, results: null });
    await backend.waitHeld(1);
    rig.scope.select(null);
    expect(bloc.state.results).toBeNull();
    await backend.waitHeld(1);
    expect(backend.requests(PATH).map((request) => request.outcome)).toEqual(['passed', 'aborted', 'held']);
    backend.held[0]?.release();
    const state = await settled(bloc);
    expect(state.results).toMatchObject({ query: { scopeKey: `${ROOT}>*` }, total: countIn(ROOT) });
    await bloc.close();
  });

  blocTest(
    'signing out resets to the initial state and aborts the running load',
    () => new ActivityLogBloc({ client: testClient(), scope: new OrgScopeRepository() }),
    {
      act: async (bloc) => {
        const rig = await createScopedRig();
        backend.hold((request) => request.path === PATH);
        void bloc.add({ type: 'activityLog/scopeChanged', scope: rig.scope.current });
        await backend.waitHeld(1);
        await bloc.add({ type: 'activityLog/scopeChanged', scope: null });
        await backend.waitHeld(0);
      },
      expect: () => [
        {
          ...initialActivityLogState,
          status: 'loading',
          query: { ...initialActivityLogState.query, scopeKey: `${ROOT}>${NORD}` },
        },
        initialActivityLogState,
      ],
      verify: () => expect(backend.requests(PATH)[0]?.outcome).toBe('aborted'),
    },
  );

  it('activityLog/filtersChanged: type, user and date range, back to page 1; filtersCleared undoes them', async () => {
    const rig = await createScopedRig();
    const bloc = new ActivityLogBloc(rig);
    await settled(bloc);
    await bloc.add({ type: 'activityLog/pageRequested', page: 3 });
    expect(bloc.state.results?.query.page).toBe(3);
    await bloc.add({ type: 'activityLog/filtersChanged', filters: { activityType: 'phone_call' } });
    await bloc.add({ type: 'activityLog/filtersChanged', filters: { from: '2026-03-01', to: '2026-03-26' } });
    expect(bloc.state.query).toMatchObject({
      page: 1,
      filters: { activityType: 'phone_call', from: '2026-03-01', to: '2026-03-26' },
    });
    expect(selectActiveActivityFilterCount(bloc.state)).toBe(3);
    const entries = selectActivities(bloc.state);
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      expect(entry.activity_type).toBe('phone_call');
      const at = entry.occurred_at ?? '';
      expect(at >= '2026-03-01' && at <= '2026-03-26T23:59:59Z').toBe(true);
    }
    const user = entries[0]?.user_id as string;
    await bloc.add({ type: 'activityLog/filtersChanged', filters: { userId: user } });
    for (const entry of selectActivities(bloc.state)) expect(entry.user_id).toBe(user);
    await bloc.add({ type: 'activityLog/filtersCleared' });
    expect(bloc.state.query.filters).toEqual(noActivityLogFilters);
    expect(bloc.state.results?.total).toBe(countIn(NORD));
    await bloc.close();
  });

  it('activityLog/pageRequested: pages through; a page past the end shows the last page', async () => {
    const rig = await createScopedRig();
    const bloc = new ActivityLogBloc({ ...rig, pageSize: 50 });
    await settled(bloc);
    const pages = selectActivityPageCount(bloc.state);
    expect(pages).toBe(Math.ceil(countIn(NORD) / 50));
    await bloc.add({ type: 'activityLog/pageRequested', page: 2 });
    expect(bloc.state.results?.entries[0]).not.toEqual(undefined);
    await bloc.add({ type: 'activityLog/pageRequested', page: pages + 3 });
    expect(bloc.state).toMatchObject({
      status: 'success',
      query: { page: pages },
      results: { query: { page: pages } },
    });
    await bloc.close();
  });

  it('a user without activities is an empty success; the example activity is found by its user', async () => {
    const rig = await createScopedRig(null);
    const bloc = new ActivityLogBloc(rig);
    await settled(bloc);
    await bloc.add({ type: 'activityLog/filtersChanged', filters: { userId: 'usr_nobody' } });
    expect(bloc.state).toMatchObject({ status: 'success', results: { entries: [], total: 0 } });
    await bloc.add({
      type: 'activityLog/filtersChanged',
      filters: { userId: DEMO_PEOPLE.admin, to: '2026-03-18T14:00:00Z', from: '2026-03-18' },
    });
    expect(selectActivities(bloc.state).map((activity) => activity.activity_id)).toContain('act_rN5qYm');
    await bloc.close();
  });

  it('an invalid date range is refused without a request; emptying the field makes it valid again', async () => {
    const rig = await createScopedRig();
    const bloc = new ActivityLogBloc(rig);
    await settled(bloc);
    const before = bloc.state.results;
    await bloc.add({ type: 'activityLog/filtersChanged', filters: { from: '26.03.2026' } });
    expect(bloc.state).toMatchObject({
      status: 'failure',
      failure: { code: 'VALIDATION' },
      invalidFilters: { from: expect.any(String) },
    });
    await bloc.add({ type: 'activityLog/filtersChanged', filters: { from: '2026-03-20', to: '2026-03-01' } });
    expect(bloc.state.invalidFilters).toEqual({ to: 'must not be before from' });
    expect(bloc.state.results).toBe(before);
    expect(backend.requests(PATH)).toHaveLength(1);
    await bloc.add({ type: 'activityLog/filtersChanged', filters: { to: '' } });
    expect(bloc.state).toMatchObject({ status: 'success', invalidFilters: {} });
    await bloc.close();
  });

  // The list's other failures (forbidden, signed out, a failed refresh) are checked with contacts and peer
  // mentors in shared/scoped-list-failures.test.ts.
  describe('failures', () => {
    it('a 401 with the session wired: the session signs out, the scope drops, the bloc is back to initial', async () => {
      const rig = await createScopedRig();
      const bloc = new ActivityLogBloc(rig);
      await settled(bloc);
      backend.faults.set({ fail: { 'data.activityLog': 401 } });
      await bloc.add({ type: 'activityLog/refreshRequested' });
      expect(bloc.state).toEqual(initialActivityLogState);
      await bloc.close();
    });
  });

  it('random interleavings of scope switches, filter and page changes and answers: the page always answers the current scope and query; no old-scope request is left running', async () => {
    const nodes = (await testClient().data.orgNodes({ limit: 100 })).data;
    await checkInterleavings(
      fc.oneof(
        fc.record({
          kind: fc.constant('scope' as const),
          orgId: fc.constantFrom(NORD, JAEREN, null, 'org_mJ4vRc'),
        }),
        fc.record({ kind: fc.constant('type' as const), value: fc.constantFrom('phone_call', 'training', null) }),
        fc.record({ kind: fc.constant('page' as const), page: fc.integer({ min: 1, max: 4 }) }),
      ),
      { minLength: 1, maxLength: 6, numRuns: 30 },
      async (s, steps) => {
        const requests: { orgIds: string; signal: AbortSignal; answered: boolean }[] = [];
        scheduleAnswers(backend, s, `${BASE_URL}${PATH}`, 'activity answer', {
          arrived: (request) => {
            const entry = {
              orgIds: new URL(request.url).searchParams.get('org_ids') ?? '',
              signal: request.signal,
              answered: false,
            };
            requests.push(entry);
            return () => {
              entry.answered = true;
            };
          },
        });
        const scope = OrgScopeRepository.of(nodes, NORD);
        const bloc = new ActivityLogBloc({ client: testClient(), scope, pageSize: 10 });
        for (const step of steps) {
          if (step.kind === 'scope') {
            scope.select(step.orgId);
            await new Promise((resolve) => setImmediate(resolve));
            const current = (scope.current?.orgIds ?? []).join(',');
            for (const request of requests) {
              if (request.orgIds !== current && !request.answered) expect(request.signal.aborted).toBe(true);
            }
          } else if (step.kind === 'type') {
            void bloc.add({ type: 'activityLog/filtersChanged', filters: { activityType: step.value } });
          } else {
            void bloc.add({ type: 'activityLog/pageRequested', page: step.page });
          }
          await nextAnswer(s);
        }
        await settleScheduled(backend, s, bloc);
        const state = bloc.state;
        expect(state.status).toBe('success');
        expect(state.results?.query).toEqual(state.query);
        expect(state.query.scopeKey).toBe(scope.current?.key);
        const truth = await testClient().data.activityLog({
          orgIds: [...(scope.current?.orgIds ?? [])],
          page: state.query.page,
          limit: 10,
          ...(state.query.filters.activityType ? { activityType: state.query.filters.activityType } : {}),
        });
        expect(state.results?.entries).toEqual(truth.data);
        await bloc.close();
      },
    );
  });
});
