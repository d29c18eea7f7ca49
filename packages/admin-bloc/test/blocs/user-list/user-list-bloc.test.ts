import { describe, expect, it } from 'vitest';
import { DEMO_TOKENS } from '../../../src/mocks/demo-tokens.js';
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
import { startUserList as start } from '../shared/user-blocs.js';
import { UserListBloc } from '../../../src/blocs/user-list/user-list-bloc.js';
import { OrgScopeRepository } from '../../../src/repositories/org-scope-repository.js';
import {
  selectCanDeleteUsers,
  selectIsUserSelected,
  selectPageCount,
  selectSelectedCount,
  selectUndoableDeletes,
  selectVisibleUsers,
} from '../../../src/blocs/user-list/user-list-selectors.js';
import { initialUserListState } from '../../../src/blocs/user-list/user-list-state.js';

const backend = setupBlocBackend();

const listRequests = () => backend.requests(PATHS.dataUsers);
const lastQuery = () => Object.fromEntries(listRequests().at(-1)?.url.searchParams ?? []);

describe('UserListBloc: loading and filters', () => {
  it('loads the first page of the scope', async () => {
    const { bloc, scope } = await start();
    expect(bloc.state).toMatchObject({
      status: 'success',
      scopeKey: `${ROOT}>${NORD}`,
      page: 1,
      total: 184,
      filtersRestored: true,
      loaded: { scopeKey: `${ROOT}>${NORD}`, role: null, status: null, search: '', page: 1, limit: 20 },
    });
    expect(bloc.state.users).toHaveLength(20);
    expect(bloc.state.users.every((user) => scope.current?.orgIds.includes(user.org_id))).toBe(true);
    expect(lastQuery()).toEqual({ org_ids: scope.current?.orgIds.join(','), page: '1', limit: '20' });
    await bloc.close();
  });

  it('userList/filtersChanged: applies at once, back to page 1, saved to the server', async () => {
    const { bloc } = await start();
    await bloc.add({ type: 'userList/pageChanged', page: 3 });
    expect(bloc.state.page).toBe(3);
    await bloc.add({ type: 'userList/filtersChanged', role: 'mentor', status: 'active' });
    expect(bloc.state).toMatchObject({ page: 1, filters: { role: 'mentor', status: 'active' }, status: 'success' });
    expect(bloc.state.users.every((user) => user.role === 'mentor' && user.status === 'active')).toBe(true);
    expect(bloc.state.total).toBe(42);
    expect(lastQuery()).toMatchObject({ role: 'mentor', status: 'active', page: '1' });
    expect(backend.requests(PATHS.userListState, 'PUT').map((request) => request.body)).toEqual([
      { org_id: ROOT, filters: { role: 'mentor', status: 'active' } },
    ]);
    await bloc.add({ type: 'userList/filtersChanged', status: null });
    expect(bloc.state.filters).toEqual({ role: 'mentor', status: null, search: '' });
    await bloc.close();
  });

  it('the filters survive a reload through the server admin state', async () => {
    const first = await start();
    await first.bloc.add({ type: 'userList/filtersChanged', role: 'mentee', status: 'inactive' });
    await first.bloc.close();
    const second = await start();
    expect(second.bloc.state.filters).toEqual({ role: 'mentee', status: 'inactive', search: '' });
    expect(lastQuery()).toMatchObject({ role: 'mentee', status: 'inactive' });
    expect(second.bloc.state.users.every((user) => user.role === 'mentee' && user.status === 'inactive')).toBe(true);
    await second.bloc.close();
  });

  it('userList/searchChanged: shows the text at once, searches once typing pauses', async () => {
    const { bloc, timers } = await start({ searchDebounceMs: 300 });
    const before = listRequests().length;
    void bloc.add({ type: 'userList/searchChanged', search: 'ha' });
    timers.advance(200);
    void bloc.add({ type: 'userList/searchChanged', search: 'haugen' });
    expect(bloc.state.searchInput).toBe('haugen');
    timers.advance(299);
    expect(listRequests()).toHaveLength(before);
    timers.advance(1);
    await settled(bloc);
    expect(listRequests()).toHaveLength(before + 1);
    expect(lastQuery()).toMatchObject({ search: 'haugen' });
    expect(bloc.state.filters.search).toBe('haugen');
    expect(bloc.state.users.length).toBeGreaterThan(0);
    await bloc.close();
  });

  it('a search given while the remembered filters are read is the first load: no unfiltered request before it', async () => {
    const { client, scope } = await createScopedRig(NORD);
    const timers = manualTimers();
    const before = listRequests().length;
    const bloc = new UserListBloc({ client, scope, timers, searchDebounceMs: 300 });
    // A link's `?q=`: handed over at once, and its debounce ends while the remembered filters are still on their way.
    void bloc.add({ type: 'userList/searchChanged', search: 'haugen' });
    timers.advance(300);
    await until(bloc.state$, (state) => state.filtersRestored && state.status === 'success');
    expect(
      listRequests()
        .slice(before)
        .map((request) => request.url.searchParams.get('search')),
    ).toEqual(['haugen']);
    expect(bloc.state.filters.search).toBe('haugen');
    expect(bloc.state.users.length).toBeGreaterThan(0);
    await bloc.close();
  });

  it('a search that finds nobody is an empty success', async () => {
    const { bloc, timers } = await start();
    void bloc.add({ type: 'userList/searchChanged', search: 'zzzz-nobody' });
    timers.advance(300);
    await until(bloc.state$, (state) => state.filters.search === 'zzzz-nobody' && state.status === 'success');
    expect(bloc.state).toMatchObject({ users: [], total: 0, status: 'success' });
    expect(selectPageCount(bloc.state)).toBe(1);
    await bloc.close();
  });

  it('userList/pageChanged past the end is corrected to the last page', async () => {
    const { bloc } = await start();
    await bloc.add({ type: 'userList/pageChanged', page: 99 });
    expect(bloc.state.page).toBe(10);
    expect(lastQuery()).toMatchObject({ page: '10' });
    expect(bloc.state.users).toHaveLength(4);
    // The server shrank meanwhile: the page asked for no longer exists.
    for (const user of bloc.state.users) backend.db.people.delete(user.user_id);
    await bloc.add({ type: 'userList/reloadRequested' });
    expect(bloc.state.page).toBe(9);
    expect(bloc.state.loaded?.page).toBe(9);
    expect(bloc.state.users).toHaveLength(20);
    await bloc.close();
  });

  it('userList/limitChanged: back to page 1 with the new size', async () => {
    const { bloc } = await start();
    await bloc.add({ type: 'userList/pageChanged', page: 2 });
    await bloc.add({ type: 'userList/limitChanged', limit: 50 });
    expect(bloc.state).toMatchObject({ page: 1, limit: 50 });
    expect(bloc.state.users).toHaveLength(50);
    await bloc.add({ type: 'userList/limitChanged', limit: 1000 });
    expect(bloc.state.limit).toBe(100);
    await bloc.close();
  });

  it('userList/sortChanged: orders the page on the client (the contract has no sort parameter)', async () => {
    const { bloc } = await start();
    const requests = listRequests().length;
    await bloc.add({ type: 'userList/sortChanged', sort: { field: 'full_name', direction: 'desc' } });
    const names = selectVisibleUsers(bloc.state).map((user) => user.full_name);
    expect(names).toEqual([...bloc.state.users.map((user) => user.full_name)].reverse());
    expect(selectVisibleUsers(bloc.state)).toBe(selectVisibleUsers(bloc.state));
    expect(listRequests()).toHaveLength(requests);
    await bloc.close();
  });

  describe.each([
    [403, 'FORBIDDEN', { forbidden: true }],
    [500, 'INTERNAL_ERROR', { retryable: true }],
    [400, 'BAD_REQUEST', { retryable: false }],
    [429, 'RATE_LIMITED', { retryable: true }],
    ['network', 'NETWORK_ERROR', { retryable: true }],
  ] as const)('when the user list answers %s', (fault, code, flags) => {
    it(`fails with ${code} and recovers on reload`, async () => {
      const { bloc } = await start();
      backend.faults.set({ fail: { 'data.users.list': fault } });
      await bloc.add({ type: 'userList/pageChanged', page: 2 });
      expect(bloc.state).toMatchObject({ status: 'failure', page: 2, users: [], loaded: null });
      expect(bloc.state.failure).toMatchObject({ code, ...flags });
      backend.faults.reset();
      await bloc.add({ type: 'userList/reloadRequested' });
      expect(bloc.state).toMatchObject({ status: 'success', page: 2, failure: null, loaded: { page: 2 } });
      await bloc.close();
    });
  });

  it('a 401 signs the session out, which drops the scope and resets the list', async () => {
    const { bloc, session } = await start();
    backend.db.tokens.delete(DEMO_TOKENS.admin);
    await bloc.add({ type: 'userList/pageChanged', page: 2 });
    expect(session.auth).toMatchObject({ status: 'signedOut', reason: 'unauthorized' });
    expect(bloc.state).toEqual(initialUserListState);
    await bloc.close();
  });

  it('a list answer that breaks the contract is INVALID_RESPONSE', async () => {
    backend.faults.set({ contractBreak: ['data.users.list'] });
    const { bloc } = await start();
    expect(bloc.state.failure?.code).toBe('INVALID_RESPONSE');
    await bloc.close();
  });

  it('a scope switch clears the old rows at once and aborts the old request at the mock', async () => {
    const { bloc, scope } = await start();
    backend.hold((request) => request.path === PATHS.dataUsers);
    void bloc.add({ type: 'userList/pageChanged', page: 2 });
    await backend.waitHeld(1);
    scope.select(null);
    expect(bloc.state).toMatchObject({ scopeKey: `${ROOT}>*`, users: [], loaded: null, status: 'loading', page: 1 });
    await backend.waitHeld(1);
    expect(listRequests().map((request) => request.outcome)).toEqual(['passed', 'aborted', 'held']);
    backend.held[0]?.release();
    await settled(bloc);
    expect(bloc.state).toMatchObject({ total: 291, loaded: { scopeKey: `${ROOT}>*` } });
    await bloc.close();
  });

  blocTest('signing out (no scope) resets to the initial state', {
    build: () =>
      new UserListBloc({ client: createRig().client, scope: new OrgScopeRepository(), timers: manualTimers() }),
    act: async (bloc) => {
      const { scope } = await start();
      await bloc.add({ type: 'userList/scopeChanged', scope: scope.current });
      await bloc.add({ type: 'userList/scopeChanged', scope: null });
    },
    expect: () => [
      expect.objectContaining({ status: 'loading', scopeKey: `${ROOT}>${NORD}` }),
      expect.objectContaining({ status: 'loading', filtersRestored: true }),
      expect.objectContaining({ status: 'success' }),
      initialUserListState,
    ],
  });
});

describe('UserListBloc: changes', () => {
  it('userList/userStatusChanged: optimistic, then confirmed by the server', async () => {
    const { bloc } = await start();
    const user = bloc.state.users.find((row) => row.status === 'active');
    if (!user) throw new Error('no active user in the page');
    const changing = bloc.add({ type: 'userList/userStatusChanged', userId: user.user_id, status: 'inactive' });
    expect(bloc.state.users.find((row) => row.user_id === user.user_id)?.status).toBe('inactive');
    expect(bloc.state.pending[user.user_id]).toMatchObject({ kind: 'status', next: 'inactive' });
    await changing;
    expect(bloc.state.pending).toEqual({});
    expect(backend.db.people.get(user.user_id)?.status).toBe('inactive');
    await bloc.close();
  });

  describe.each([
    [500, 'INTERNAL_ERROR'],
    [404, 'NOT_FOUND'],
    [403, 'FORBIDDEN'],
  ] as const)('when a status change answers %i', (status, code) => {
    it(`rolls the row back with a clear ${code} error`, async () => {
      const { bloc } = await start();
      const user = bloc.state.users[0];
      if (!user) throw new Error('empty page');
      backend.faults.set({ fail: { 'data.users.update': status } });
      const to = user.status === 'active' ? 'inactive' : 'active';
      await bloc.add({ type: 'userList/userStatusChanged', userId: user.user_id, status: to });
      expect(bloc.state.users[0]).toEqual(user);
      expect(bloc.state.changeFailure).toMatchObject({
        kind: 'status',
        userId: user.user_id,
        fullName: user.full_name,
        failure: { code },
      });
      await bloc.add({ type: 'userList/changeFailureDismissed' });
      expect(bloc.state.changeFailure).toBeNull();
      await bloc.close();
    });
  });

  it('userList/userDeleted: gone at once, undo brings it back, nothing is sent', async () => {
    const { bloc, timers } = await start({ token: DEMO_TOKENS.superAdmin });
    const [first, second] = bloc.state.users;
    if (!first || !second) throw new Error('empty page');
    await bloc.add({ type: 'userList/userDeleted', userId: first.user_id });
    expect(bloc.state.users[0]).toEqual(second);
    expect(bloc.state.total).toBe(183);
    expect(selectUndoableDeletes(bloc.state)).toHaveLength(1);
    timers.advance(4999);
    await bloc.add({ type: 'userList/deleteUndone', userId: first.user_id });
    expect(bloc.state.users[0]).toEqual(first);
    expect(bloc.state.total).toBe(184);
    timers.advance(10_000);
    expect(backend.requests(`${PATHS.dataUsers}/${first.user_id}`, 'DELETE')).toHaveLength(0);
    await bloc.close();
  });

  it('undo under another query reads the page again instead of guessing where the row goes', async () => {
    const { bloc } = await start({ token: DEMO_TOKENS.superAdmin });
    const user = bloc.state.users[0];
    if (!user) throw new Error('empty page');
    await bloc.add({ type: 'userList/userDeleted', userId: user.user_id });
    await bloc.add({ type: 'userList/filtersChanged', role: user.role === 'mentor' ? 'mentee' : 'mentor' });
    expect(bloc.state.users.some((row) => row.user_id === user.user_id)).toBe(false);
    const reads = listRequests().length;
    await bloc.add({ type: 'userList/deleteUndone', userId: user.user_id });
    expect(listRequests()).toHaveLength(reads + 1);
    expect(bloc.state.users.some((row) => row.user_id === user.user_id)).toBe(false);
    expect(bloc.state.loaded?.role).toBe(bloc.state.filters.role);
    await bloc.add({ type: 'userList/filtersChanged', role: null });
    expect(bloc.state.users.some((row) => row.user_id === user.user_id)).toBe(true);
    await bloc.close();
  });

  it('deleting every row of the last page shows the page before at once, counting the deletes still waiting', async () => {
    const { bloc, timers } = await start({ token: DEMO_TOKENS.superAdmin, selected: NORD });
    await bloc.add({ type: 'userList/pageChanged', page: 10 });
    const lastRows = [...bloc.state.users];
    expect(lastRows).toHaveLength(4);
    for (const user of lastRows) await bloc.add({ type: 'userList/userDeleted', userId: user.user_id });
    // Nothing sent yet, yet the list is not empty: page 9 of 9, 180 people.
    expect(backend.requests(`${PATHS.dataUsers}/${lastRows[0]?.user_id}`, 'DELETE')).toHaveLength(0);
    expect(bloc.state).toMatchObject({ status: 'success', page: 9, total: 180 });
    expect(bloc.state.users).toHaveLength(20);
    expect(selectPageCount(bloc.state)).toBe(9);
    timers.advance(5000);
    await until(bloc.state$, (state) => Object.keys(state.pending).length === 0);
    expect(lastRows.every((user) => !backend.db.people.has(user.user_id))).toBe(true);
    expect(bloc.state).toMatchObject({ page: 9, total: 180 });
    // Undoing one before it is sent brings the count back, and with it a tenth page.
    const again = bloc.state.users[0];
    if (!again) throw new Error('empty page');
    await bloc.add({ type: 'userList/userDeleted', userId: again.user_id });
    expect(bloc.state.total).toBe(179);
    await bloc.add({ type: 'userList/deleteUndone', userId: again.user_id });
    expect(bloc.state.total).toBe(180);
    await bloc.close();
  });

  it('a delete sent before its window closes (deleteWindowClosed) is sent once, not again on close', async () => {
    const { bloc, client } = await start({ token: DEMO_TOKENS.superAdmin });
    const user = bloc.state.users[0];
    if (!user) throw new Error('empty page');
    await bloc.add({ type: 'userList/userDeleted', userId: user.user_id });
    await bloc.add({ type: 'userList/deleteWindowClosed', userId: user.user_id });
    expect(backend.db.people.has(user.user_id)).toBe(false);
    await bloc.close();
    // A request sent after close() went through the same client: one close() sent would have reached the mock first.
    await client.data.orgNodes({ limit: 1 });
    expect(backend.requests(`${PATHS.dataUsers}/${user.user_id}`, 'DELETE')).toHaveLength(1);
  });

  it('a delete is sent when its undo window closes (super-admin)', async () => {
    const { bloc, timers } = await start({ token: DEMO_TOKENS.superAdmin });
    const user = bloc.state.users[0];
    if (!user) throw new Error('empty page');
    expect(selectCanDeleteUsers(bloc.state, 'super_admin')).toBe(true);
    await bloc.add({ type: 'userList/userDeleted', userId: user.user_id });
    timers.advance(5000);
    await until(bloc.state$, (state) => Object.keys(state.pending).length === 0);
    expect(backend.db.people.has(user.user_id)).toBe(false);
    expect(bloc.state.users.some((row) => row.user_id === user.user_id)).toBe(false);
    expect(bloc.state.changeFailure).toBeNull();
    await bloc.close();
  });

  it('an org admin may not delete: not offered, and a refused delete rolls back with FORBIDDEN', async () => {
    const { bloc, timers } = await start();
    expect(selectCanDeleteUsers(bloc.state, 'admin')).toBe(false);
    const user = bloc.state.users[0];
    if (!user) throw new Error('empty page');
    await bloc.add({ type: 'userList/userDeleted', userId: user.user_id });
    timers.advance(5000);
    await until(bloc.state$, (state) => state.changeFailure !== null);
    expect(bloc.state.users[0]).toEqual(user);
    expect(bloc.state.total).toBe(184);
    expect(bloc.state.changeFailure).toMatchObject({ kind: 'delete', failure: { code: 'FORBIDDEN', forbidden: true } });
    expect(backend.db.people.has(user.user_id)).toBe(true);
    await bloc.close();
  });

  it('"all matching" selection is a predicate that clears when the filter changes', async () => {
    const { bloc } = await start();
    const [a, b] = bloc.state.users;
    if (!a || !b) throw new Error('empty page');
    await bloc.add({ type: 'userList/userSelectionToggled', userId: a.user_id });
    expect(selectSelectedCount(bloc.state)).toBe(1);
    await bloc.add({ type: 'userList/allMatchingSelected' });
    await bloc.add({ type: 'userList/userSelectionToggled', userId: b.user_id });
    expect(selectIsUserSelected(bloc.state, a.user_id)).toBe(true);
    expect(selectIsUserSelected(bloc.state, b.user_id)).toBe(false);
    expect(selectSelectedCount(bloc.state)).toBe(183);
    await bloc.add({ type: 'userList/filtersChanged', role: 'coordinator' });
    expect(bloc.state.selection).toEqual({ kind: 'ids', ids: [] });
    expect(selectIsUserSelected(bloc.state, a.user_id)).toBe(false);
    await bloc.add({ type: 'userList/allMatchingSelected' });
    await bloc.add({ type: 'userList/selectionCleared' });
    expect(selectSelectedCount(bloc.state)).toBe(0);
    await bloc.close();
  });

  it('userList/bulkStatusChangeRequested over "all matching" changes exactly the matching users', async () => {
    const { bloc, scope } = await start({ bulkConcurrency: 3 });
    await bloc.add({ type: 'userList/filtersChanged', role: 'coordinator', status: 'active' });
    const matching = bloc.state.total;
    expect(matching).toBeGreaterThan(0);
    await bloc.add({ type: 'userList/allMatchingSelected' });
    await bloc.add({ type: 'userList/bulkStatusChangeRequested', status: 'inactive' });
    expect(bloc.state.bulkStatus).toEqual({
      status: 'done',
      to: 'inactive',
      total: matching,
      done: matching,
      failedIds: [],
    });
    const inScope = [...backend.db.people.values()].filter(
      (person) => scope.current?.orgIds.includes(person.orgId) && person.role === 'coordinator',
    );
    expect(inScope.filter((person) => person.status === 'active')).toEqual([]);
    expect(bloc.state).toMatchObject({ total: 0, selection: { kind: 'ids', ids: [] } });
    await bloc.close();
  });
});

describe('UserListBloc: bulk status change failures', () => {
  it('records the users the server refused, keeps going, and reports the failure', async () => {
    const { bloc } = await start({ bulkConcurrency: 2 });
    const [a, b, c] = bloc.state.users;
    if (!a || !b || !c) throw new Error('empty page');
    for (const user of [a, b, c]) await bloc.add({ type: 'userList/userSelectionToggled', userId: user.user_id });
    backend.db.people.delete(b.user_id);
    await bloc.add({ type: 'userList/bulkStatusChangeRequested', status: 'inactive' });
    expect(bloc.state.bulkStatus).toEqual({
      status: 'done',
      to: 'inactive',
      total: 3,
      done: 3,
      failedIds: [b.user_id],
    });
    expect(bloc.state.changeFailure).toMatchObject({ kind: 'bulkStatus', failure: { code: 'NOT_FOUND' } });
    expect(backend.db.people.get(a.user_id)?.status).toBe('inactive');
    expect(backend.db.people.get(c.user_id)?.status).toBe('inactive');
    await bloc.close();
  });
});
