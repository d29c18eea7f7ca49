import { UserImportBloc, type UserImportBlocOptions } from '../../../src/blocs/user-import/user-import-bloc.js';
import { UserListBloc, type UserListBlocOptions } from '../../../src/blocs/user-list/user-list-bloc.js';
import { DEMO_TOKENS } from '../../../src/mocks/demo-tokens.js';
import { createScopedRig, manualTimers, NORD, PATHS, type setupBlocBackend, settled, until } from './test-support.js';

// The user list and the user import are started the same way by their own tests, the bulk-work tests and the
// reliability suites: on a scoped rig (Rogaland Nord unless a test chooses), with hand-stepped timers.

/**
 * A user list of `selected` (Rogaland Nord by default), handed over once its first load has ended.
 *
 * @example
 * const { bloc, timers, scope } = await startUserList({ token: DEMO_TOKENS.superAdmin, searchDebounceMs: 300 });
 */
export async function startUserList(
  options: { token?: string; selected?: string | null } & Partial<UserListBlocOptions> = {},
) {
  const { token = DEMO_TOKENS.admin, selected = NORD, ...blocOptions } = options;
  const rig = await createScopedRig(selected, token);
  const timers = manualTimers();
  const bloc = new UserListBloc({ client: rig.client, scope: rig.scope, timers, ...blocOptions });
  await settled(bloc);
  return { ...rig, timers, bloc };
}

/**
 * A user import at Rogaland Nord, handed over once it knows its scope (a job is started in a scope).
 *
 * @example
 * const { bloc } = await startUserImport({ bulkChunkSize: 2, bulkConcurrency: 1 });
 */
export async function startUserImport(options: { token?: string } & Partial<UserImportBlocOptions> = {}) {
  const { token = DEMO_TOKENS.admin, ...blocOptions } = options;
  const rig = await createScopedRig(NORD, token);
  const timers = manualTimers();
  const bloc = new UserImportBloc({ client: rig.client, scope: rig.scope, timers, ...blocOptions });
  await until(bloc.state$, (state) => state.scopeKey !== null);
  return { ...rig, timers, bloc };
}

/**
 * Starts importing `rows` with every chunk held at the mock, lets the first chunk answer and cancels the job while
 * the second is in flight. `finish` lets that chunk answer and waits for the job to end: what a cancel in the
 * middle of a send leaves is what the caller checks.
 *
 * @example
 * const cancelled = await cancelWhileSecondChunkInFlight(backend, bloc, rows);
 * expect(bloc.state.bulkInsert?.status).toBe('cancelled');
 * await cancelled.finish();
 */
export async function cancelWhileSecondChunkInFlight(
  backend: ReturnType<typeof setupBlocBackend>,
  bloc: UserImportBloc,
  rows: readonly unknown[],
) {
  backend.hold((request) => request.method === 'POST' && request.path === PATHS.dataUsers);
  const running = bloc.add({ type: 'userImport/started', rows: [...rows] });
  await backend.waitHeld(1);
  backend.held[0]?.release();
  await backend.waitHeld(1);
  await bloc.add({ type: 'userImport/cancelled' });
  return {
    async finish() {
      backend.held[0]?.release();
      await running;
    },
  };
}
