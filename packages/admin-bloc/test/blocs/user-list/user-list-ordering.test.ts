import { describe, expect, it } from 'vitest';
import { DEMO_TOKENS } from '../../../src/mocks/demo-tokens.js';
import { HSV, PATHS, setupBlocBackend } from '../shared/test-support.js';
import { startUserList as start } from '../shared/user-blocs.js';

// What the user list promises about the work it starts: edits of one person are sent in order and never
// dropped, close() aborts its own saves but sends a confirmed delete, and a bulk change belongs to its scope.
// Every schedule here is held at the mock gate and released by the test.

const backend = setupBlocBackend();
const userPath = (id: string) => `${PATHS.dataUsers}/${id}`;

describe('UserListBloc: edits of one person', () => {
  it('a second status change made while the first is in flight is sent after it, and the last one wins', async () => {
    const { bloc } = await start();
    const user = bloc.state.users.find((row) => row.status === 'active');
    if (!user) throw new Error('no active user on the page');
    backend.hold((request) => request.method === 'PUT' && request.path === userPath(user.user_id));
    const first = bloc.add({ type: 'userList/userStatusChanged', userId: user.user_id, status: 'inactive' });
    await backend.waitHeld(1);
    const second = bloc.add({ type: 'userList/userStatusChanged', userId: user.user_id, status: 'active' });
    backend.held[0]?.release();
    await first;
    await backend.waitHeld(1);
    backend.held[0]?.release();
    await second;
    expect(backend.requests(userPath(user.user_id), 'PUT').map((request) => request.body)).toEqual([
      { status: 'inactive' },
      { status: 'active' },
    ]);
    expect(backend.db.people.get(user.user_id)?.status).toBe('active');
    expect(bloc.state.users.find((row) => row.user_id === user.user_id)?.status).toBe('active');
    expect(bloc.state.pending).toEqual({});
    await bloc.close();
  });

  it('a status change of someone not on the page is refused through add(), not dropped in silence', async () => {
    const { bloc } = await start();
    await expect(
      bloc.add({ type: 'userList/userStatusChanged', userId: 'usr_notHere', status: 'inactive' }),
    ).rejects.toThrow(/not on the page/);
    expect(backend.requests(userPath('usr_notHere'), 'PUT')).toHaveLength(0);
    await bloc.close();
  });
});

describe('UserListBloc: close()', () => {
  it('aborts the filters save it started and settles without waiting for the server', async () => {
    const { bloc } = await start();
    backend.hold((request) => request.method === 'PUT' && request.path === PATHS.userListState);
    const changing = bloc.add({ type: 'userList/filtersChanged', role: 'mentor' });
    await backend.waitHeld(1);
    await bloc.close();
    await changing;
    expect(backend.held).toHaveLength(0);
    expect(backend.requests(PATHS.userListState, 'PUT').map((request) => request.outcome)).toEqual(['aborted']);
  });

  it('sends a confirmed delete at once when it closes during the undo window', async () => {
    const { bloc } = await start({ token: DEMO_TOKENS.superAdmin });
    const user = bloc.state.users[0];
    if (!user) throw new Error('empty page');
    await bloc.add({ type: 'userList/userDeleted', userId: user.user_id });
    expect(backend.requests(userPath(user.user_id), 'DELETE')).toHaveLength(0);
    await bloc.close();
    for (let turn = 0; turn < 2000 && backend.db.people.has(user.user_id); turn++)
      await new Promise((resolve) => setImmediate(resolve));
    expect(backend.requests(userPath(user.user_id), 'DELETE')).toHaveLength(1);
    expect(backend.db.people.has(user.user_id)).toBe(false);
  });

  it('sends nothing for a delete that was undone before it closed', async () => {
    const { bloc } = await start({ token: DEMO_TOKENS.superAdmin });
    const user = bloc.state.users[0];
    if (!user) throw new Error('empty page');
    await bloc.add({ type: 'userList/userDeleted', userId: user.user_id });
    await bloc.add({ type: 'userList/deleteUndone', userId: user.user_id });
    await bloc.close();
    expect(backend.requests(userPath(user.user_id), 'DELETE')).toHaveLength(0);
    expect(backend.db.people.has(user.user_id)).toBe(true);
  });
});

describe('UserListBloc: a bulk status change after a scope switch', () => {
  it('stops its writes for the old scope: those in flight are aborted, no more are sent', async () => {
    const { bloc, scope } = await start({ bulkConcurrency: 2 });
    await bloc.add({ type: 'userList/allMatchingSelected' });
    backend.hold((request) => request.method === 'PUT' && request.path.startsWith(`${PATHS.dataUsers}/`));
    const bulk = bloc.add({ type: 'userList/bulkStatusChangeRequested', status: 'inactive' });
    await backend.waitHeld(2);
    scope.select(HSV);
    await backend.waitHeld(0);
    await bulk;
    const writes = backend.seen.filter((request) => request.method === 'PUT');
    expect(writes.map((request) => request.outcome)).toEqual(['aborted', 'aborted']);
    await bloc.close();
  });

  it('stops its reads of the old scope: the "all matching" read is aborted and nothing is written', async () => {
    const { bloc, scope } = await start();
    await bloc.add({ type: 'userList/allMatchingSelected' });
    backend.hold((request) => request.path === PATHS.dataUsers && request.url.searchParams.get('limit') === '100');
    const bulk = bloc.add({ type: 'userList/bulkStatusChangeRequested', status: 'inactive' });
    await backend.waitHeld(1);
    scope.select(HSV);
    await backend.waitHeld(0);
    await bulk;
    const bulkReads = backend
      .requests(PATHS.dataUsers)
      .filter((request) => request.url.searchParams.get('limit') === '100');
    expect(bulkReads.map((request) => request.outcome)).toEqual(['aborted']);
    expect(backend.seen.filter((request) => request.method === 'PUT')).toHaveLength(0);
    await bloc.close();
  });
});
