import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { OrganizationsBloc } from '../../src/blocs/organizations/organizations-bloc.js';
import { selectOrganizations } from '../../src/blocs/organizations/organizations-selectors.js';
import { PlatformBloc } from '../../src/blocs/platform/platform-bloc.js';
import { selectPlatformUsers } from '../../src/blocs/platform/platform-selectors.js';
import {
  BASE_URL,
  manualTimers,
  NORD,
  PATHS,
  setupBlocBackend,
  testClient,
  until,
} from '../blocs/shared/test-support.js';
import type { UserListBlocOptions } from '../../src/blocs/user-list/user-list-bloc.js';
import { cancelWhileSecondChunkInFlight, startUserImport, startUserList } from '../blocs/shared/user-blocs.js';
import type { BulkInsertRow } from '../../src/blocs/user-import/user-import-state.js';
import { errorEnvelope } from '../../src/contract/errors.js';
import { DEMO_TOKENS } from '../../src/mocks/demo-tokens.js';
import { DEMO_TENANT } from '../../src/mocks/handlers/platform.js';

const backend = setupBlocBackend();

/** The faults a refused optimistic edit is tried under: the server's answer never arrives as a success. */
const FAULTS = [
  ['500', 'INTERNAL_ERROR', () => HttpResponse.json(errorEnvelope('INTERNAL_ERROR', 'boom'), { status: 500 })],
  ['409', 'CONFLICT', () => HttpResponse.json(errorEnvelope('CONFLICT', 'changed meanwhile'), { status: 409 })],
  ['network error', 'NETWORK_ERROR', () => HttpResponse.error()],
] as const;

/** What the mock db holds of people and organizations, deep-copied, to compare before and after. */
const snapshot = () => structuredClone({ people: [...backend.db.people], orgs: [...backend.db.orgs] });

/** The user list with a long undo window: a delete is sent only when the test says so. */
const userList = (options: Partial<UserListBlocOptions> = {}) => startUserList({ undoWindowMs: 5000, ...options });
const userImport = startUserImport;

describe('a failed optimistic edit is rolled back and reported, never dropped', () => {
  it.each(FAULTS)(
    'user list status change refused (%s): old status back, failure shown, db unchanged',
    async (_n, code, answer) => {
      const { bloc } = await userList();
      const user = bloc.state.users.find((row) => row.status === 'active');
      if (!user) throw new Error('no active user on the first page');
      const before = snapshot();
      backend.server.use(http.put(`${BASE_URL}${PATHS.dataUsers}/:id`, answer));
      await bloc.add({ type: 'userList/userStatusChanged', userId: user.user_id, status: 'inactive' });
      expect(bloc.state.users.find((row) => row.user_id === user.user_id)).toEqual(user);
      expect(bloc.state.pending).toEqual({});
      expect(bloc.state.changeFailure).toMatchObject({
        kind: 'status',
        userId: user.user_id,
        fullName: user.full_name,
        failure: { code },
      });
      expect(snapshot()).toEqual(before);
      await bloc.close();
    },
  );

  it.each(FAULTS)(
    'user list delete refused after the undo window (%s): row back in place, failure shown, db unchanged',
    async (_n, code, answer) => {
      const { bloc, timers } = await userList();
      const rows = bloc.state.users;
      const total = bloc.state.total;
      const user = rows[3];
      if (!user) throw new Error('fewer than 4 users on the first page');
      const before = snapshot();
      backend.server.use(http.delete(`${BASE_URL}${PATHS.dataUsers}/:id`, answer));
      await bloc.add({ type: 'userList/userDeleted', userId: user.user_id });
      expect(bloc.state.users.some((row) => row.user_id === user.user_id)).toBe(false);
      timers.advance(5000);
      await until(bloc.state$, (state) => state.changeFailure !== null && Object.keys(state.pending).length === 0);
      expect(bloc.state.users).toEqual(rows);
      expect(bloc.state.total).toBe(total);
      expect(bloc.state.changeFailure).toMatchObject({ kind: 'delete', userId: user.user_id, failure: { code } });
      expect(backend.db.people.has(user.user_id)).toBe(true);
      expect(snapshot()).toEqual(before);
      await bloc.close();
    },
  );

  describe('organizations (edits wait for the server: the list keeps the old record, the form keeps the failure)', () => {
    const LIST = `${BASE_URL}/api/admin/organizations`;
    const open = async () => {
      const bloc = new OrganizationsBloc({ client: testClient({ token: DEMO_TOKENS.superAdmin }), pageSize: 20 });
      await bloc.add({ type: 'organizations/opened' });
      const first = selectOrganizations(bloc.state)[0];
      if (!first) throw new Error('no organization listed');
      return { bloc, first, listed: selectOrganizations(bloc.state) };
    };

    it.each(FAULTS)('create refused (%s)', async (_n, code, answer) => {
      const { bloc, listed } = await open();
      const before = snapshot();
      backend.server.use(http.post(LIST, answer));
      await bloc.add({
        type: 'organizations/createSubmitted',
        draft: { name: 'Nytt lag', slug: 'nytt-lag', plan: 'pro' },
      });
      expect(bloc.state.edit).toMatchObject({ status: 'failure', intent: 'create', failure: { code } });
      expect(selectOrganizations(bloc.state)).toEqual(listed);
      expect(snapshot()).toEqual(before);
      await bloc.close();
    });

    it.each(FAULTS)('update refused (%s)', async (_n, code, answer) => {
      const { bloc, first, listed } = await open();
      const before = snapshot();
      backend.server.use(http.patch(`${LIST}/:id`, answer));
      await bloc.add({ type: 'organizations/updateSubmitted', id: first.id, changes: { name: 'Omdøpt' } });
      expect(bloc.state.edit).toMatchObject({
        status: 'failure',
        intent: 'update',
        savedId: first.id,
        failure: { code },
      });
      expect(selectOrganizations(bloc.state)).toEqual(listed);
      expect(snapshot()).toEqual(before);
      await bloc.close();
    });

    it.each(FAULTS)('delete refused (%s)', async (_n, code, answer) => {
      const { bloc, first, listed } = await open();
      const before = snapshot();
      backend.server.use(http.delete(`${LIST}/:id`, answer));
      await bloc.add({ type: 'organizations/deleteRequested', id: first.id });
      expect(bloc.state.removal).toMatchObject({ status: 'failure', id: first.id, failure: { code } });
      expect(selectOrganizations(bloc.state)).toEqual(listed);
      expect(snapshot()).toEqual(before);
      await bloc.close();
    });
  });

  describe('platform users (optimistic overlay)', () => {
    const USERS = `${BASE_URL}/api/v1/admin/users`;
    const open = async () => {
      const client = testClient({ token: DEMO_TOKENS.admin, tenant: DEMO_TENANT });
      const bloc = new PlatformBloc({ client, timers: manualTimers(), pageSize: 20 });
      await bloc.add({ type: 'platform/usersRequested' });
      const target = bloc.state.users?.items.find((user) => user.role === 'user' && user.status === 'active');
      if (!target) throw new Error('no active plain user listed');
      return { bloc, target, shown: selectPlatformUsers(bloc.state) };
    };

    it.each(FAULTS)('role change refused (%s)', async (_n, code, answer) => {
      const { bloc, target, shown } = await open();
      const before = snapshot();
      backend.server.use(http.patch(`${USERS}/:userId`, answer));
      await bloc.add({ type: 'platform/roleChangeRequested', userId: target.id, role: 'admin' });
      expect(selectPlatformUsers(bloc.state)).toEqual(shown);
      expect(bloc.state.pending).toEqual({});
      expect(bloc.state.mutationFailure).toMatchObject({ userId: target.id, action: 'roleChange', failure: { code } });
      expect(snapshot()).toEqual(before);
      await bloc.close();
    });

    it.each(FAULTS)('suspend refused (%s)', async (_n, code, answer) => {
      const { bloc, target, shown } = await open();
      const before = snapshot();
      backend.server.use(http.post(`${USERS}/:userId/suspend`, answer));
      await bloc.add({ type: 'platform/suspendRequested', userId: target.id });
      expect(selectPlatformUsers(bloc.state)).toEqual(shown);
      expect(bloc.state.pending).toEqual({});
      expect(bloc.state.mutationFailure).toMatchObject({ userId: target.id, action: 'suspend', failure: { code } });
      expect(snapshot()).toEqual(before);
      await bloc.close();
    });
  });
});

describe('a bulk import interrupted by faults or cancel: an exact account, and a retry inserts each row once', () => {
  const rows = (count: number) =>
    Array.from({ length: count }, (_, n) => ({
      full_name: `Import Person ${n}`,
      email: `import.person.${n}@company.no`,
      role: 'mentor' as const,
    }));
  const emailOf = (row: BulkInsertRow) => (row.input as { email: string }).email;
  const inDb = (email: string) =>
    [...backend.db.people.values()].filter((person) => person.email.toLowerCase() === email.toLowerCase()).length;
  const emailsIn = (state: readonly BulkInsertRow[], ...states: BulkInsertRow['state'][]) =>
    state
      .filter((row) => states.includes(row.state))
      .map(emailOf)
      .sort();

  /** The account the job gives must be what the db holds: rows it calls inserted are there once, failed rows are absent. */
  const expectExactAccount = (job: readonly BulkInsertRow[]) => {
    for (const row of job) {
      const count = inDb(emailOf(row));
      if (row.state === 'inserted') expect(count, emailOf(row)).toBe(1);
      else expect(count, `${emailOf(row)} (${row.state})`).toBe(0);
    }
  };

  it('every 3rd chunk answered 500: failed rows are exactly the refused chunks, retry inserts each once', async () => {
    const { bloc } = await userImport({ bulkChunkSize: 3, bulkConcurrency: 2 });
    const peopleBefore = backend.db.people.size;
    const refused: string[] = [];
    let posts = 0;
    backend.server.use(
      http.post(`${BASE_URL}${PATHS.dataUsers}`, async ({ request }) => {
        posts++;
        if (posts % 3 !== 0) return undefined;
        const body = (await request.clone().json()) as { users: { email: string }[] };
        refused.push(...body.users.map((user) => user.email));
        return HttpResponse.json(errorEnvelope('INTERNAL_ERROR', 'chunk lost'), { status: 500 });
      }),
    );
    await bloc.add({ type: 'userImport/started', rows: rows(20) });
    const job = bloc.state.bulkInsert;
    expect(job?.status).toBe('done');
    expect(job?.failure).toMatchObject({ code: 'INTERNAL_ERROR', retryable: true });
    expect(posts).toBe(7);
    expect(emailsIn(job?.rows ?? [], 'error')).toEqual([...refused].sort());
    expect(refused.length).toBeGreaterThanOrEqual(5);
    expect(emailsIn(job?.rows ?? [], 'inserted')).toHaveLength(20 - refused.length);
    expectExactAccount(job?.rows ?? []);
    expect(backend.db.people.size).toBe(peopleBefore + 20 - refused.length);

    backend.server.resetHandlers();
    await bloc.add({ type: 'userImport/retried' });
    expect(bloc.state.bulkInsert?.status).toBe('done');
    expect(bloc.state.bulkInsert?.rows.every((row) => row.state === 'inserted')).toBe(true);
    for (const row of rows(20)) expect(inDb(row.email), row.email).toBe(1);
    expect(backend.db.people.size).toBe(peopleBefore + 20);
    await bloc.close();
  });

  it('an answer lost after the server wrote: retry adds no duplicate and the rows end as already there', async () => {
    const { bloc } = await userImport({ bulkChunkSize: 4, bulkConcurrency: 1 });
    const peopleBefore = backend.db.people.size;
    let posts = 0;
    backend.server.use(
      http.post(`${BASE_URL}${PATHS.dataUsers}`, async ({ request }) => {
        posts++;
        if (posts !== 2) return undefined;
        // Let the real handler insert the chunk, then lose its answer on the way back.
        await fetch(request.clone());
        return HttpResponse.error();
      }),
    );
    await bloc.add({ type: 'userImport/started', rows: rows(12) });
    expect(bloc.state.bulkInsert?.rows.map((row) => row.state)).toEqual([
      ...Array(4).fill('inserted'),
      ...Array(4).fill('error'),
      ...Array(4).fill('inserted'),
    ]);
    backend.server.resetHandlers();
    await bloc.add({ type: 'userImport/retried' });
    expect(bloc.state.bulkInsert?.rows.map((row) => row.state)).toEqual([
      ...Array(4).fill('inserted'),
      ...Array(4).fill('skipped'),
      ...Array(4).fill('inserted'),
    ]);
    for (const row of rows(12)) expect(inDb(row.email), row.email).toBe(1);
    expect(backend.db.people.size).toBe(peopleBefore + 12);
    await bloc.close();
  });

  it('cancelled while a chunk is in flight: that chunk is recorded, the rest stay pending, retry inserts each once', async () => {
    const { bloc } = await userImport({ bulkChunkSize: 3, bulkConcurrency: 1 });
    const peopleBefore = backend.db.people.size;
    const cancelled = await cancelWhileSecondChunkInFlight(backend, bloc, rows(15));
    expect(bloc.state.bulkInsert?.status).toBe('cancelled');
    await cancelled.finish();
    const job = bloc.state.bulkInsert?.rows ?? [];
    expect(bloc.state.bulkInsert?.status).toBe('cancelled');
    expect(emailsIn(job, 'inserted')).toHaveLength(6);
    expect(emailsIn(job, 'pending')).toHaveLength(9);
    expectExactAccount(job);
    expect(backend.db.people.size).toBe(peopleBefore + 6);
    expect(backend.requests(PATHS.dataUsers, 'POST')).toHaveLength(2);

    backend.hold(null);
    await bloc.add({ type: 'userImport/retried' });
    expect(bloc.state.bulkInsert?.rows.every((row) => row.state === 'inserted')).toBe(true);
    for (const row of rows(15)) expect(inDb(row.email), row.email).toBe(1);
    expect(backend.db.people.size).toBe(peopleBefore + 15);
    // Rows already inserted were not sent again.
    const sent = backend
      .requests(PATHS.dataUsers, 'POST')
      .flatMap((post) => (post.body as { users: { email: string }[] }).users.map((user) => user.email));
    expect(sent).toHaveLength(15);
    expect(new Set(sent).size).toBe(15);
    await bloc.close();
  });
});

describe('a change that ends after sign-out belongs to the old session', () => {
  it('a 401 on a status change arriving after sign-out reset the list is not shown after signing in again', async () => {
    const { bloc, session, scope, nodes } = await userList();
    const user = bloc.state.users.find((row) => row.status === 'active');
    if (!user) throw new Error('no active user');
    backend.hold((request) => request.method === 'PUT');
    const change = bloc.add({ type: 'userList/userStatusChanged', userId: user.user_id, status: 'inactive' });
    await backend.waitHeld(1);
    session.signOut();
    await until(bloc.state$, (state) => state.scopeKey === null && state.users.length === 0);
    backend.held[0]?.fail(401);
    await change;
    expect(bloc.state.changeFailure).toBeNull();
    session.signIn(DEMO_TOKENS.admin);
    // The app's OrgTreeBloc and SelectedOrgBloc give the new session its scope again.
    scope.setTree(nodes);
    scope.select(NORD);
    await until(bloc.state$, (state) => state.status === 'success');
    expect(bloc.state.changeFailure).toBeNull();
    expect(bloc.state.failure).toBeNull();
    expect(bloc.state.users.find((row) => row.user_id === user.user_id)?.status).toBe('active');
    await bloc.close();
  });
});
