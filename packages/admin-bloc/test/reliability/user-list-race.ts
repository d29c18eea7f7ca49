import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DashboardBloc } from '../../src/blocs/dashboard/dashboard-bloc.js';
import { OrgTreeBloc } from '../../src/blocs/org-tree/org-tree-bloc.js';
import { SelectedOrgBloc } from '../../src/blocs/selected-org/selected-org-bloc.js';
import { createRig, manualTimers, PATHS, setupBlocBackend } from '../blocs/shared/test-support.js';
import { UserListBloc } from '../../src/blocs/user-list/user-list-bloc.js';
import type { UserListEvent } from '../../src/blocs/user-list/user-list-event.js';
import type { DataUserRole, DataUserStatus, OrgNode } from '../../src/contract/data.js';
import { DEMO_PEOPLE, DEMO_TOKENS } from '../../src/mocks/demo-tokens.js';
import { OrgScopeRepository } from '../../src/repositories/org-scope-repository.js';
import { chaosParameters, chaosTimeout } from './chaos-parameters.js';

type Backend = ReturnType<typeof setupBlocBackend>;

type Command =
  | { kind: 'filter'; role: DataUserRole | null; status: DataUserStatus | null }
  | { kind: 'search'; text: string }
  | { kind: 'page'; page: number }
  | { kind: 'scope'; at: number | null }
  | { kind: 'release'; at: number }
  | { kind: 'fail'; at: number }
  | { kind: 'debounce' };

const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({
    kind: fc.constant('filter' as const),
    role: fc.constantFrom(null, 'mentor', 'mentee', 'coordinator' as const),
    status: fc.constantFrom(null, 'active', 'inactive' as const),
  }),
  fc.record({ kind: fc.constant('search' as const), text: fc.constantFrom('', 'ha', 'sen', 'zzz', 'Sør') }),
  fc.record({ kind: fc.constant('page' as const), page: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant('scope' as const), at: fc.option(fc.integer({ min: 0, max: 5 })) }),
  fc.record({ kind: fc.constant('release' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('release' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('fail' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('debounce' as const) }),
);

const turn = () => new Promise((resolve) => setImmediate(resolve));

/** A list step of a schedule, as the user list's screen sends it: a filter (role, and status where the step has one), a search or a page. */
export function userListEvent(
  step:
    | { kind: 'filter'; role: DataUserRole | null; status?: DataUserStatus | null }
    | { kind: 'search'; text: string }
    | { kind: 'page'; page: number },
): UserListEvent {
  if (step.kind === 'search') return { type: 'userList/searchChanged', search: step.text };
  if (step.kind === 'page') return { type: 'userList/pageChanged', page: step.page };
  return 'status' in step
    ? { type: 'userList/filtersChanged', role: step.role, status: step.status }
    : { type: 'userList/filtersChanged', role: step.role };
}

/** An answer step of a schedule: the held request it points at (any, modulo how many) is let through or failed. */
function answerHeld(backend: Backend, step: { kind: 'release' | 'fail'; at: number }) {
  const request = backend.held[step.at % Math.max(1, backend.held.length)];
  if (step.kind === 'release') request?.release();
  else request?.fail(500);
}

const heldAt = (backend: Backend, path: string) => backend.held.filter((request) => request.path === path);

/**
 * Race property over the user list and the dashboard on one org scope: random scope switches, filters,
 * searches, pages, debounce ticks, and answers held at the mock then released or failed in any order. After
 * every step: no data of another scope or query on screen, loading flags equal the work in flight, no request
 * of an old scope left running. Shared by the fast run in `npm test` and the volume run in `npm run test:chaos`;
 * a failing run prints its seed and path (replay: CHAOS_SEED / CHAOS_PATH).
 *
 * @example
 * await runUserListRace(backend, 40);
 */
export async function runUserListRace(backend: Backend, numRuns: number): Promise<void> {
  const held = (path: string) => heldAt(backend, path);
  const rig = createRig(DEMO_TOKENS.admin);
  const nodes: OrgNode[] = (await rig.client.data.orgNodes({ limit: 100 })).data;

  await fc.assert(
    fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 30 }), async (commands) => {
      backend.hold(null);
      for (const request of [...backend.held]) request.release();
      const scope = OrgScopeRepository.of(nodes, null, { session: rig.session });
      const timers = manualTimers();
      const users = new UserListBloc({ client: rig.client, scope, timers, searchDebounceMs: 300 });
      const dashboard = new DashboardBloc({ client: rig.client, scope, timers, refreshIntervalMs: 0 });
      backend.hold((request) => request.path === PATHS.dataUsers || request.path === PATHS.dashboardStats);

      /** Lets every started request reach the gate and every answered one land: no timers, event-loop turns. */
      const quiesce = async () => {
        for (let i = 0; i < 500; i++) {
          await turn();
          const dashboardLoading = dashboard.state.status === 'loading';
          if (
            held(PATHS.dataUsers).length === users.inFlight &&
            dashboardLoading === held(PATHS.dashboardStats).length > 0 &&
            (users.state.status === 'loading') === users.inFlight > 0
          ) {
            return;
          }
        }
      };

      const check = () => {
        const current = scope.current;
        const state = users.state;
        // Loading flags agree with the work in flight.
        expect(state.status === 'loading').toBe(users.inFlight > 0);
        expect(held(PATHS.dataUsers)).toHaveLength(users.inFlight);
        expect(held(PATHS.dataUsers).length).toBeLessThanOrEqual(1);
        expect(dashboard.state.status === 'loading').toBe(held(PATHS.dashboardStats).length > 0);
        expect(held(PATHS.dashboardStats).length).toBeLessThanOrEqual(1);
        // No request of an old scope is left running.
        for (const request of backend.held) {
          expect(request.url.searchParams.get('org_ids')?.split(',')).toEqual(current?.orgIds);
        }
        // The data on screen is the data of the current scope and filters.
        expect(state.scopeKey).toBe(current?.key);
        expect(dashboard.state.scopeKey).toBe(current?.key);
        if (dashboard.state.stats) expect(dashboard.state.stats.org_ids).toEqual(current?.orgIds);
        if (state.loaded) {
          expect(state.loaded).toEqual({
            scopeKey: state.scopeKey,
            role: state.filters.role,
            status: state.filters.status,
            search: state.filters.search,
            page: state.page,
            limit: state.limit,
          });
        } else expect(state.users).toEqual([]);
        for (const user of state.users) {
          expect(current?.orgIds).toContain(user.org_id);
          if (state.filters.role) expect(user.role).toBe(state.filters.role);
          if (state.filters.status) expect(user.status).toBe(state.filters.status);
        }
      };

      await quiesce();
      for (const step of commands) {
        switch (step.kind) {
          case 'filter':
          case 'search':
          case 'page':
            void users.add(userListEvent(step));
            break;
          case 'scope':
            scope.select(step.at === null ? null : (nodes[step.at % nodes.length]?.org_id ?? null));
            break;
          case 'release':
          case 'fail':
            answerHeld(backend, step);
            break;
          case 'debounce':
            timers.advance(300);
            break;
        }
        await quiesce();
        check();
      }
      // Let everything finish: the last state answers the last query.
      backend.hold(null);
      for (const request of [...backend.held]) request.release();
      timers.advance(300);
      await quiesce();
      check();
      expect(users.state.status).not.toBe('loading');
      expect(users.state.filters.search).toBe(users.state.searchInput.trim());
      await Promise.all([users.close(), dashboard.close()]);
      scope.dispose();
    }),
    chaosParameters(numRuns),
  );
}

type AppCommand =
  | { kind: 'select'; at: number | null }
  | { kind: 'signOut' }
  | { kind: 'signIn' }
  | { kind: 'filter'; role: DataUserRole | null }
  | { kind: 'page'; page: number }
  | { kind: 'release'; at: number }
  | { kind: 'fail'; at: number };

const appCommand: fc.Arbitrary<AppCommand> = fc.oneof(
  fc.record({ kind: fc.constant('select' as const), at: fc.option(fc.integer({ min: 0, max: 5 })) }),
  fc.record({ kind: fc.constant('select' as const), at: fc.option(fc.integer({ min: 0, max: 5 })) }),
  fc.record({ kind: fc.constant('signOut' as const) }),
  fc.record({ kind: fc.constant('signIn' as const) }),
  fc.record({ kind: fc.constant('filter' as const), role: fc.constantFrom(null, 'mentor', 'mentee' as const) }),
  fc.record({ kind: fc.constant('page' as const), page: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant('release' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('release' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('fail' as const), at: fc.nat() }),
);

/**
 * The same race property across the org scope as the app wires it (OrgTreeBloc, SelectedOrgBloc and the
 * server's admin state) and sign-out / sign-in: after every step the user list and the dashboard show only the
 * current scope, nothing of a signed-out session stays on screen or in flight, and the server ends with the
 * selection the screen shows.
 *
 * @example
 * await runSessionRace(backend, 30);
 */
export async function runSessionRace(backend: Backend, numRuns: number): Promise<void> {
  const held = (path: string) => heldAt(backend, path);
  const nodes: OrgNode[] = (await createRig().client.data.orgNodes({ limit: 100 })).data;
  await fc.assert(
    fc.asyncProperty(fc.array(appCommand, { minLength: 1, maxLength: 25 }), async (commands) => {
      backend.hold(null);
      for (const request of [...backend.held]) request.release();
      const rig = createRig(DEMO_TOKENS.admin);
      const timers = manualTimers();
      const orgTree = new OrgTreeBloc(rig);
      const selectedOrg = new SelectedOrgBloc(rig);
      const users = new UserListBloc({ client: rig.client, scope: rig.scope, timers });
      const dashboard = new DashboardBloc({ client: rig.client, scope: rig.scope, timers, refreshIntervalMs: 0 });
      backend.hold((request) => request.path === PATHS.dataUsers || request.path === PATHS.dashboardStats);
      const selections: Promise<void>[] = [];

      const quiesce = async () => {
        for (let i = 0; i < 500; i++) {
          await turn();
          if (
            orgTree.state.status !== 'loading' &&
            selectedOrg.state.status !== 'loading' &&
            held(PATHS.dataUsers).length === users.inFlight &&
            (dashboard.state.status === 'loading') === held(PATHS.dashboardStats).length > 0 &&
            (users.state.status === 'loading') === users.inFlight > 0
          ) {
            return;
          }
        }
      };
      const check = () => {
        const current = rig.scope.current;
        expect(users.state.scopeKey).toBe(current?.key ?? null);
        expect(dashboard.state.scopeKey).toBe(current?.key ?? null);
        expect(users.state.status === 'loading').toBe(users.inFlight > 0);
        expect(held(PATHS.dataUsers).length).toBeLessThanOrEqual(1);
        expect(held(PATHS.dashboardStats).length).toBeLessThanOrEqual(1);
        for (const request of backend.held) {
          expect(request.url.searchParams.get('org_ids')?.split(',')).toEqual(current?.orgIds);
        }
        if (current === null) {
          expect(backend.held).toEqual([]);
          expect(users.state.users).toEqual([]);
          expect(dashboard.state.stats).toBeNull();
        }
        for (const user of users.state.users) expect(current?.orgIds).toContain(user.org_id);
        if (dashboard.state.stats) expect(dashboard.state.stats.org_ids).toEqual(current?.orgIds);
      };

      await quiesce();
      for (const step of commands) {
        switch (step.kind) {
          case 'select': {
            if (rig.session.auth.status !== 'signedIn' || rig.scope.current === null) break;
            const orgId = step.at === null ? null : (nodes[step.at % nodes.length]?.org_id as string);
            selections.push(
              selectedOrg.add(
                orgId === null ? { type: 'selectedOrg/selectionCleared' } : { type: 'selectedOrg/nodeSelected', orgId },
              ),
            );
            break;
          }
          case 'signOut':
            rig.session.signOut();
            break;
          case 'signIn':
            rig.session.signIn(DEMO_TOKENS.admin);
            break;
          case 'filter':
          case 'page':
            void users.add(userListEvent(step));
            break;
          case 'release':
          case 'fail':
            answerHeld(backend, step);
            break;
        }
        await quiesce();
        check();
      }
      backend.hold(null);
      for (const request of [...backend.held]) request.release();
      await Promise.all(selections);
      await quiesce();
      check();
      if (rig.session.auth.status === 'signedIn' && selectedOrg.state.status === 'success') {
        // The server ends with the selection the screen shows.
        expect(backend.db.adminState(DEMO_PEOPLE.admin).selectedOrgId).toBe(selectedOrg.state.selectedOrgId);
        expect(rig.scope.current?.selectedOrgId ?? null).toBe(selectedOrg.state.selectedOrgId);
      }
      await Promise.all([orgTree.close(), selectedOrg.close(), users.close(), dashboard.close()]);
      rig.scope.dispose();
    }),
    chaosParameters(numRuns),
  );
}

/**
 * Both race properties as tests on their own mock backend, each at its number of schedules within `timeoutMs`:
 * a few in `npm test` (blocs/user-list/user-list-race.test.ts), many in `npm run test:chaos`
 * (user-list-race.chaos.test.ts). The names are the same in both, so `-t` picks the same property; the volume
 * run's names also say how many runs (`countInName`).
 */
export function testUserListRaces(runs: {
  userList: number;
  session: number;
  timeoutMs: number;
  countInName: boolean;
}) {
  const named = (name: string, numRuns: number) => (runs.countInName ? `${name} (${numRuns} runs)` : name);
  describe('user list and dashboard under random interleavings (scope switches, filters, pages, slow and failing answers)', () => {
    const backend = setupBlocBackend();
    it(
      named(
        'never show another query’s data, keep loading flags true to the work in flight, leave no old-scope request running',
        runs.userList,
      ),
      () => runUserListRace(backend, runs.userList),
      chaosTimeout(runs.timeoutMs, runs.userList),
    );
    it(
      named('the same holds across selections through the server admin state and sign-out / sign-in', runs.session),
      () => runSessionRace(backend, runs.session),
      chaosTimeout(runs.timeoutMs, runs.session),
    );
  });
}
