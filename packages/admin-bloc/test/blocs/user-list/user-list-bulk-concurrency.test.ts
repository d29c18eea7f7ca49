import { describe, expect, it } from 'vitest';
import { PATHS, setupBlocBackend } from '../shared/test-support.js';
import { startUserImport, startUserList } from '../shared/user-blocs.js';

// Bulk work is sent with bounded concurrency: a 5 000-row import or a status change over every matching user must
// not open thousands of requests at once. The gate holds every write at the mock, so the number held is exactly the
// number in flight; answers are released newest first, so a worker that waited on order would show it.

const backend = setupBlocBackend();

/** Holds the writes `pick` chooses and records the most that were ever in flight at once. */
function holdWrites(pick: (request: { method: string; path: string }) => boolean) {
  const seen = { peak: 0 };
  backend.hold((request) => {
    if (!pick(request)) return false;
    seen.peak = Math.max(seen.peak, backend.held.length + 1);
    return true;
  });
  return seen;
}

/** Releases held writes newest first until `total` have been answered, checking the bound before each release. */
async function drain(total: number, concurrency: number) {
  for (let answered = 0; answered < total; answered++) {
    await backend.waitHeld(Math.min(concurrency, total - answered));
    backend.held.at(-1)?.release();
  }
}

describe('UserListBloc: bulk work runs with bounded concurrency', () => {
  it('a bulk insert never has more chunks in flight than bulkConcurrency, and sends every valid row once', async () => {
    const { bloc } = await startUserImport({ bulkChunkSize: 2, bulkConcurrency: 3 });
    const rows = Array.from({ length: 17 }, (_, n) => ({
      full_name: `Kari Olsen ${n}`,
      email: `kari.olsen.bounded.${n}@company.no`,
      role: 'mentor',
    }));
    const writes = holdWrites((request) => request.method === 'POST' && request.path === PATHS.dataUsers);
    const running = bloc.add({ type: 'userImport/started', rows });
    await drain(9, 3);
    await running;

    expect(writes.peak).toBe(3);
    expect(bloc.state.bulkInsert?.status).toBe('done');
    expect(new Set(bloc.state.bulkInsert?.rows.map((row) => row.state))).toEqual(new Set(['inserted']));
    const sent = backend
      .requests(PATHS.dataUsers, 'POST')
      .flatMap((post) => (post.body as { users: { email: string }[] }).users.map((user) => user.email));
    expect(sent.toSorted()).toEqual(rows.map((row) => row.email).toSorted());
    for (const row of rows) expect(backend.db.personByEmail(row.email)).toBeDefined();
    await bloc.close();
  });

  it('a bulk status change over all matching users keeps at most bulkConcurrency updates in flight', async () => {
    const { bloc } = await startUserList({ bulkConcurrency: 2 });
    await bloc.add({ type: 'userList/filtersChanged', role: 'coordinator', status: 'active' });
    const matching = bloc.state.total;
    expect(matching).toBeGreaterThan(2);
    await bloc.add({ type: 'userList/allMatchingSelected' });
    const writes = holdWrites((request) => request.method !== 'GET' && request.path.startsWith(`${PATHS.dataUsers}/`));
    const running = bloc.add({ type: 'userList/bulkStatusChangeRequested', status: 'inactive' });
    await drain(matching, 2);
    await running;

    expect(writes.peak).toBe(2);
    expect(bloc.state.bulkStatus).toMatchObject({ status: 'done', total: matching, done: matching, failedIds: [] });
    await bloc.close();
  });
});
