// A headless consumer of the packed `admin-bloc`, run by plain Node from a project outside the workspace:
// the typed client and the blocs against the package's own mock backend (`admin-bloc/mocks`).
// Exits non-zero with a message on the first figure that does not match the contract's examples.
import assert from 'node:assert/strict';
import {
  Cubit,
  createAdminClient,
  DashboardBloc,
  isAdminApiError,
  OrgScopeRepository,
  OrgTreeBloc,
  SessionRepository,
  selectDashboardCards,
} from 'admin-bloc';
import { DEMO_TOKENS, setupMockServer } from 'admin-bloc/mocks';
import openapi from 'admin-bloc/openapi.json' with { type: 'json' };

const ROOT = 'org_kNr8aQ';
const NORD = 'org_tY2zLm';

/** Resolves with the first state matching `done`, or fails after `ms`. */
function until(bloc, done, what, ms = 10_000) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.unsubscribe();
      reject(new Error(`timed out waiting for ${what}; last state: ${JSON.stringify(bloc.state)}`));
    }, ms);
    const subscription = bloc.state$.subscribe((state) => {
      if (!done(state)) return;
      clearTimeout(timer);
      queueMicrotask(() => subscription.unsubscribe());
      resolve(state);
    });
  });
}

const mock = setupMockServer();
mock.listen();
try {
  // 1. The core on its own.
  const counter = new Cubit(0);
  const seen = [];
  const off = counter.subscribe((count) => seen.push(count));
  counter.emit(1);
  counter.emit(1);
  counter.emit(2);
  off();
  await counter.close();
  assert.deepEqual(seen, [1, 2], 'Cubit: subscribers see each distinct state once');
  assert.throws(() => counter.emit(3), /close/i, 'Cubit: emit after close throws');

  // 2. The client alone.
  const session = new SessionRepository({ token: DEMO_TOKENS.admin });
  const client = createAdminClient({
    baseUrl: 'http://admin.example.test',
    token: session.tokenSource,
    onUnauthorized: session.onUnauthorized,
    retry: false,
  });
  const root = await client.data.dashboardStats({ orgIds: [ROOT] });
  assert.equal(root.data.total_users, 291, 'client: dashboard stats of the root org');
  const forbidden = await createAdminClient({ baseUrl: 'http://admin.example.test', token: DEMO_TOKENS.nonAdmin })
    .users.list()
    .then(
      () => null,
      (error) => error,
    );
  assert.ok(isAdminApiError(forbidden), 'client: a non-admin gets an AdminApiError');
  assert.equal(forbidden.code, 'FORBIDDEN', 'client: a non-admin gets FORBIDDEN');

  // 3. The OpenAPI document ships with the package.
  assert.equal(openapi.openapi, '3.1.0', 'admin-bloc/openapi.json is an OpenAPI 3.1 document');
  assert.ok(openapi.paths['/api/v1/admin/data/dashboard-stats'], 'openapi.json describes dashboard-stats');

  // 4. The blocs, wired as an app would: session → org tree → org scope → dashboard.
  const scope = new OrgScopeRepository({ session });
  const orgTree = new OrgTreeBloc({ client, session, scope });
  const tree = await until(orgTree, (state) => state.status === 'success', 'the org tree');
  assert.ok(
    tree.nodes.some((node) => node.org_id === NORD && node.name === 'Rogaland Nord'),
    'OrgTreeBloc: Rogaland Nord is in the tree',
  );
  scope.select(null);
  const dashboard = new DashboardBloc({ client, scope, refreshIntervalMs: 0 });
  const whole = await until(
    dashboard,
    (state) => state.status === 'success' && state.scopeKey === scope.current?.key,
    'the whole tree',
  );
  assert.deepEqual(
    selectDashboardCards(whole),
    { totalUsers: 291, activeMentors: 67, monthlyActivities: 502, pendingReimbursements: 14 },
    'DashboardBloc: figures of the whole tree',
  );
  scope.select(NORD);
  const nord = await until(
    dashboard,
    (state) => state.status === 'success' && state.scopeKey === scope.current?.key,
    'the Rogaland Nord scope',
  );
  assert.deepEqual(
    selectDashboardCards(nord),
    { totalUsers: 184, activeMentors: 42, monthlyActivities: 317, pendingReimbursements: 9 },
    'DashboardBloc: figures of Rogaland Nord',
  );
  await Promise.all([dashboard.close(), orgTree.close()]);
  scope.dispose();
  console.log('node consumer: Cubit, client and blocs OK (root 291 users, Rogaland Nord 184 users)');
} catch (error) {
  console.error(`node consumer FAILED: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  mock.close();
}
