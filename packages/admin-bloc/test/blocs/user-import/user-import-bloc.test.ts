import { describe, expect, it } from 'vitest';
import { selectBulkInsertProgress } from '../../../src/blocs/user-import/user-import-selectors.js';
import { DEMO_TOKENS } from '../../../src/mocks/demo-tokens.js';
import { NORD, PATHS, ROOT, setupBlocBackend, until } from '../shared/test-support.js';
import { cancelWhileSecondChunkInFlight, startUserImport as start } from '../shared/user-blocs.js';

const backend = setupBlocBackend();

describe('UserImportBloc', () => {
  const row = (n: number) => ({ full_name: `Kari Olsen ${n}`, email: `kari.olsen.${n}@company.no`, role: 'mentor' });

  it('validates rows against the contract first, then sends chunks with progress per row', async () => {
    const { bloc } = await start({ bulkChunkSize: 2, bulkConcurrency: 2 });
    const existing = [...backend.db.people.values()][0]?.email as string;
    await bloc.add({
      type: 'userImport/started',
      rows: [
        row(1),
        { full_name: '', email: 'not-an-email', role: 'boss' },
        row(2),
        { ...row(3), email: existing },
        row(1),
        row(4),
      ],
    });
    const job = bloc.state.bulkInsert;
    expect(job?.status).toBe('done');
    expect(job?.orgIds).toEqual([NORD]);
    // Chunks [row 1, row 2] and [existing e-mail, row 4]; the repeated row 1 never leaves the client. The
    // answer counts inserted and skipped per request without saying which row was which, so a mixed chunk's
    // rows are `insertedOrSkipped`.
    expect(job?.rows.map((r) => r.state)).toEqual([
      'inserted',
      'invalid',
      'inserted',
      'insertedOrSkipped',
      'skipped',
      'insertedOrSkipped',
    ]);
    expect(job?.rows[1]?.message).toMatch(/full_name.*email.*role/s);
    const posts = backend.requests(PATHS.dataUsers, 'POST');
    expect(posts.map((post) => (post.body as { users: unknown[] }).users.length)).toEqual([2, 2]);
    expect(selectBulkInsertProgress(job ?? null)).toMatchObject({ total: 5, done: 5, invalid: 1, pending: 0 });
    // What to tell the coordinator comes from the server's counts: 3 added; 1 skipped by the server (the known
    // e-mail) and 1 before sending (the repeated row), though no row of the mixed chunk says which it was.
    expect(job).toMatchObject({ added: 3, skipped: 2 });
    expect(backend.db.personByEmail('kari.olsen.4@company.no')).toBeDefined();
    await bloc.close();
  });

  it('a list of only invalid rows sends nothing', async () => {
    const { bloc } = await start();
    await bloc.add({ type: 'userImport/started', rows: [{ email: 'x' }, null, 42] });
    expect(bloc.state.bulkInsert?.status).toBe('done');
    expect(bloc.state.bulkInsert?.rows.map((r) => r.state)).toEqual(['invalid', 'invalid', 'invalid']);
    expect(backend.requests(PATHS.dataUsers, 'POST')).toHaveLength(0);
    await bloc.close();
  });

  it('a refused chunk (403 outside the scope) marks its rows as errors with the reason', async () => {
    const { bloc } = await start({ token: DEMO_TOKENS.scopedAdmin });
    await bloc.add({ type: 'userImport/started', rows: [row(1)], orgId: ROOT });
    expect(bloc.state.bulkInsert?.rows[0]).toMatchObject({ state: 'error', message: expect.stringMatching(/access/) });
    expect(bloc.state.bulkInsert?.failure).toMatchObject({ code: 'FORBIDDEN' });
    // The row carries the failure itself, so an app words it from the code in its own language.
    expect(bloc.state.bulkInsert?.rows[0]?.failure).toMatchObject({ code: 'FORBIDDEN', forbidden: true });
    expect(bloc.state.bulkInsert).toMatchObject({ added: 0, skipped: 0 });
    await bloc.close();
  });

  it('retries only the failed rows', async () => {
    const { bloc } = await start({ bulkChunkSize: 2, bulkConcurrency: 1 });
    let calls = 0;
    backend.hold((request) => request.method === 'POST' && request.path === PATHS.dataUsers);
    const running = bloc.add({ type: 'userImport/started', rows: [row(1), row(2), row(3), row(4)] });
    await backend.waitHeld(1);
    backend.held[0]?.release();
    calls++;
    await backend.waitHeld(1);
    backend.held[0]?.fail(500);
    calls++;
    await running;
    expect(calls).toBe(2);
    expect(bloc.state.bulkInsert?.rows.map((r) => r.state)).toEqual(['inserted', 'inserted', 'error', 'error']);
    expect(bloc.state.bulkInsert?.failure).toMatchObject({ code: 'INTERNAL_ERROR', retryable: true });
    backend.hold(null);
    await bloc.add({ type: 'userImport/retried' });
    expect(bloc.state.bulkInsert?.rows.map((r) => r.state)).toEqual(['inserted', 'inserted', 'inserted', 'inserted']);
    const sent = backend
      .requests(PATHS.dataUsers, 'POST')
      .map((post) => (post.body as { users: { email: string }[] }).users.map((u) => u.email));
    expect(sent).toEqual([
      ['kari.olsen.1@company.no', 'kari.olsen.2@company.no'],
      ['kari.olsen.3@company.no', 'kari.olsen.4@company.no'],
      ['kari.olsen.3@company.no', 'kari.olsen.4@company.no'],
    ]);
    await bloc.close();
  });

  it('cancelled half way: the chunk in flight finishes, nothing else is sent; resuming sends each row once', async () => {
    const { bloc } = await start({ bulkChunkSize: 2, bulkConcurrency: 1 });
    const rows = [row(1), row(2), row(3), row(4), row(5), row(6)];
    const cancelled = await cancelWhileSecondChunkInFlight(backend, bloc, rows);
    expect(bloc.state.bulkInsert?.status).toBe('cancelled');
    await cancelled.finish();
    expect(bloc.state.bulkInsert?.rows.map((r) => r.state)).toEqual([
      'inserted',
      'inserted',
      'inserted',
      'inserted',
      'pending',
      'pending',
    ]);
    expect(backend.held).toHaveLength(0);
    backend.hold(null);
    await bloc.add({ type: 'userImport/retried' });
    expect(bloc.state.bulkInsert?.status).toBe('done');
    const emails = backend
      .requests(PATHS.dataUsers, 'POST')
      .flatMap((post) => (post.body as { users: { email: string }[] }).users.map((u) => u.email));
    expect(emails).toEqual(rows.map((r) => r.email));
    for (const r of rows) expect(backend.db.personByEmail(r.email)).toBeDefined();
    await bloc.close();
  });

  it('closing the bloc aborts the chunk in flight at the mock; its rows stay marked as sent, not done', async () => {
    const { bloc } = await start({ bulkChunkSize: 2 });
    backend.hold((request) => request.method === 'POST' && request.path === PATHS.dataUsers);
    void bloc.add({ type: 'userImport/started', rows: [row(1), row(2)] });
    await backend.waitHeld(1);
    await bloc.close();
    expect(backend.requests(PATHS.dataUsers, 'POST')[0]?.outcome).toBe('aborted');
    expect(bloc.state.bulkInsert?.rows.map((r) => r.state)).toEqual(['sending', 'sending']);
  });
});

describe('UserImportBloc: the session', () => {
  it('signing out stops the job and forgets it', async () => {
    const { bloc, session } = await start({ bulkChunkSize: 1, bulkConcurrency: 1 });
    backend.hold((request) => request.method === 'POST' && request.path === PATHS.dataUsers);
    const running = bloc.add({
      type: 'userImport/started',
      rows: [1, 2].map((n) => ({ full_name: `Kari Olsen ${n}`, email: `kari.olsen.${n}@company.no`, role: 'mentor' })),
    });
    await backend.waitHeld(1);
    session.signOut();
    await until(bloc.state$, (state) => state.scopeKey === null && state.bulkInsert === null);
    backend.held[0]?.release();
    await running;
    expect(backend.requests(PATHS.dataUsers, 'POST')).toHaveLength(1);
    await bloc.close();
  });
});
