import fc from 'fast-check';
import { expect, it } from 'vitest';
import { DashboardBloc } from '../../src/blocs/dashboard/dashboard-bloc.js';
import { createRig, manualTimers, setupBlocBackend, until } from '../blocs/shared/test-support.js';
import { UserListBloc } from '../../src/blocs/user-list/user-list-bloc.js';
import type { DataUserRole, OrgNode } from '../../src/contract/data.js';
import { DEMO_TOKENS } from '../../src/mocks/demo-tokens.js';
import { chaosParameters, chaosTimeout } from './chaos-parameters.js';
import { userListEvent } from './user-list-race.js';

type Backend = ReturnType<typeof setupBlocBackend>;
type Step =
  | { kind: 'scope'; at: number | null }
  | { kind: 'filter'; role: DataUserRole | null }
  | { kind: 'page'; page: number }
  | { kind: 'fault'; on: 500 | 'network' | null }
  | { kind: 'retry' };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('scope' as const), at: fc.option(fc.integer({ min: 0, max: 5 })) }),
  fc.record({ kind: fc.constant('filter' as const), role: fc.constantFrom(null, 'mentor', 'mentee' as const) }),
  fc.record({ kind: fc.constant('page' as const), page: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ kind: fc.constant('fault' as const), on: fc.constantFrom(500 as const, 'network' as const, null) }),
  fc.record({ kind: fc.constant('retry' as const) }),
);

/**
 * Model-based run over the org scope, the user list and the dashboard against the fault-injecting mock
 * (`faults.set({ fail })` on the list and the figures): random scope switches, filters, pages, faults that
 * come and go, retries. After every step, once the blocs settle: the screen shows the current scope and
 * query only, a failure is shown exactly when the faulty endpoint was read, and a retry after the fault
 * clears always recovers. A failing run prints its seed and path (replay: CHAOS_SEED / CHAOS_PATH).
 */
export async function runScopeModel(backend: Backend, numRuns: number) {
  const nodes: OrgNode[] = (await createRig().client.data.orgNodes({ limit: 100 })).data;
  await fc.assert(
    fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 15 }), async (steps) => {
      backend.faults.reset();
      const rig = createRig(DEMO_TOKENS.admin);
      rig.scope.setTree(nodes);
      rig.scope.select(null);
      const timers = manualTimers();
      const users = new UserListBloc({ client: rig.client, scope: rig.scope, timers });
      const dashboard = new DashboardBloc({ client: rig.client, scope: rig.scope, timers, refreshIntervalMs: 0 });
      let fault: 500 | 'network' | null = null;
      const settle = async () => {
        await until(users.state$, (state) => state.status !== 'loading' && users.inFlight === 0);
        await until(dashboard.state$, (state) => state.status !== 'loading');
      };
      const check = () => {
        const scope = rig.scope.current;
        expect(users.state.scopeKey).toBe(scope?.key);
        expect(dashboard.state.scopeKey).toBe(scope?.key);
        for (const user of users.state.users) expect(scope?.orgIds).toContain(user.org_id);
        if (users.state.filters.role)
          for (const user of users.state.users) expect(user.role).toBe(users.state.filters.role);
        if (dashboard.state.stats) expect(dashboard.state.stats.org_ids).toEqual(scope?.orgIds);
        if (users.state.status === 'failure') {
          // Rows may stay only when they answer the very query on screen (a reload of it failed).
          if (users.state.loaded === null) expect(users.state.users).toEqual([]);
          else expect(users.state.loaded).toMatchObject({ ...users.state.filters, page: users.state.page });
          expect(users.state.failure?.retryable).toBe(true);
        } else expect(users.state.failure).toBeNull();
        if (users.state.loaded) expect(users.state.loaded.scopeKey).toBe(scope?.key);
      };
      await settle();
      for (const next of steps) {
        switch (next.kind) {
          case 'scope':
            rig.scope.select(next.at === null ? null : (nodes[next.at % nodes.length]?.org_id ?? null));
            break;
          case 'filter':
          case 'page':
            await users.add(userListEvent(next));
            break;
          case 'fault':
            fault = next.on;
            backend.faults.set({
              fail: fault === null ? undefined : { 'data.users.list': fault, 'data.dashboardStats': fault },
            });
            break;
          case 'retry':
            await Promise.all([
              users.add({ type: 'userList/reloadRequested' }),
              dashboard.add({ type: 'dashboard/refreshRequested' }),
            ]);
            if (fault === null) {
              expect(users.state.status).toBe('success');
              expect(dashboard.state.status).toBe('success');
            } else {
              expect(users.state.failure?.code).toBe(fault === 500 ? 'INTERNAL_ERROR' : 'NETWORK_ERROR');
              expect(dashboard.state.failure?.code).toBe(fault === 500 ? 'INTERNAL_ERROR' : 'NETWORK_ERROR');
            }
            break;
        }
        await settle();
        check();
      }
      // The fault clears: one retry brings both back.
      backend.faults.reset();
      await Promise.all([
        users.add({ type: 'userList/reloadRequested' }),
        dashboard.add({ type: 'dashboard/refreshRequested' }),
      ]);
      expect(users.state.status).toBe('success');
      expect(dashboard.state.status).toBe('success');
      check();
      await Promise.all([users.close(), dashboard.close()]);
      rig.scope.dispose();
    }),
    chaosParameters(numRuns),
  );
}

/**
 * The scope model as a test of `numRuns` schedules on its own mock backend: a few in `npm test`
 * (scope-model.test.ts), many in `npm run test:chaos` (scope-model.chaos.test.ts), within `timeoutMs`.
 */
export function testScopeModel(numRuns: number, timeoutMs: number) {
  const backend = setupBlocBackend();
  it(
    `org scope, user list and dashboard under random scope switches, filters, pages and faults (${numRuns} runs)`,
    () => runScopeModel(backend, numRuns),
    chaosTimeout(timeoutMs, numRuns),
  );
}
