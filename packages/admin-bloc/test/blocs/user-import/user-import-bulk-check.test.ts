import { describe, expect, it } from 'vitest';
import { PATHS, setupBlocBackend, until } from '../shared/test-support.js';
import { startUserImport } from '../shared/user-blocs.js';
import { selectBulkInsertProgress } from '../../../src/blocs/user-import/user-import-selectors.js';
import type { BulkInsertJob, UserImportState } from '../../../src/blocs/user-import/user-import-state.js';

// A long list is checked against the contract in slices of 500 rows with a pause on the bloc's timers between
// them, so the page stays responsive: the job shows at once, and the outcome is the one a check of the whole
// list up front gave.

const backend = setupBlocBackend();
/** Chunks of 100 rows: the 1 200 rows of a long list go in a dozen requests. */
const start = () => startUserImport({ bulkChunkSize: 100 });

/** 1 200 rows: row 100 is invalid, row 1 150 repeats row 10's e-mail in capitals. */
function longList() {
  const rows: unknown[] = Array.from({ length: 1200 }, (_, n) => ({
    full_name: `Kari Olsen ${n}`,
    email: `kari.olsen.check.${n}@company.no`,
    role: 'mentee',
  }));
  rows[100] = { full_name: 'Per Vik', email: 'not-an-email', role: 'mentee' };
  rows[1150] = { full_name: 'Kari Again', email: 'KARI.OLSEN.CHECK.10@company.no', role: 'mentee' };
  return rows;
}
const validEmails = (rows: unknown[]) =>
  rows.filter((_, index) => index !== 100 && index !== 1150).map((row) => (row as { email: string }).email);

const sentEmails = () =>
  backend
    .requests(PATHS.dataUsers, 'POST')
    .flatMap((post) => (post.body as { users: { email: string }[] }).users.map((user) => user.email));

describe('UserImportBloc: a long bulk insert is checked in slices', () => {
  it('shows the job at once, checks 500 rows between pauses, then sends; invalid and repeated rows as before', async () => {
    const { bloc, timers } = await start();
    const jobs: BulkInsertJob[] = [];
    const watching = bloc.state$.subscribe((state) => {
      if (state.bulkInsert !== null && state.bulkInsert !== jobs.at(-1)) jobs.push(state.bulkInsert);
    });
    const rows = longList();
    const running = bloc.add({ type: 'userImport/started', rows });
    await until(bloc.state$, (state: UserImportState) => state.bulkInsert !== null);

    expect(jobs[0]?.status).toBe('running');
    expect(jobs[0]?.rows.map((row) => row.state)).toEqual(rows.map(() => 'pending'));
    expect(jobs[0]?.rows.every((row, index) => row.input === rows[index])).toBe(true);
    expect(bloc.state.bulkInsert?.rows[100]?.state).toBe('invalid');
    expect(bloc.state.bulkInsert?.rows[499]?.input).not.toBe(rows[499]);
    expect(bloc.state.bulkInsert?.rows[500]?.input).toBe(rows[500]);
    expect(timers.pending).toBe(1);
    expect(sentEmails()).toEqual([]);

    timers.advance(0);
    await until(bloc.state$, (state: UserImportState) => state.bulkInsert?.rows[999]?.input !== rows[999]);
    expect(bloc.state.bulkInsert?.rows[1000]?.input).toBe(rows[1000]);
    expect(sentEmails()).toEqual([]);
    timers.advance(0);
    await running;
    watching.unsubscribe();

    const job = bloc.state.bulkInsert;
    expect(job?.status).toBe('done');
    expect(job?.rows[100]).toMatchObject({ state: 'invalid', message: expect.stringMatching(/email/) });
    expect(job?.rows[1150]).toMatchObject({
      state: 'skipped',
      message: 'The same e-mail appears earlier in this list',
    });
    expect(selectBulkInsertProgress(job ?? null)).toMatchObject({
      total: 1199,
      done: 1199,
      invalid: 1,
      inserted: 1198,
    });
    expect(sentEmails()).toEqual(validEmails(rows));
    await bloc.close();
  });

  it('cancelled while checking: nothing is sent and no pause is left; a retry checks the rest and sends each row once', async () => {
    const { bloc, timers } = await start();
    const rows = longList();
    const running = bloc.add({ type: 'userImport/started', rows });
    await until(bloc.state$, (state: UserImportState) => state.bulkInsert !== null);
    await bloc.add({ type: 'userImport/cancelled' });
    await running;

    expect(bloc.state.bulkInsert?.status).toBe('cancelled');
    expect(timers.pending).toBe(0);
    expect(sentEmails()).toEqual([]);
    expect(bloc.state.bulkInsert?.rows[100]?.state).toBe('invalid');
    expect(bloc.state.bulkInsert?.rows[700]).toEqual({ index: 700, input: rows[700], state: 'pending' });
    expect(selectBulkInsertProgress(bloc.state.bulkInsert)).toMatchObject({ done: 0, invalid: 1, pending: 1199 });

    const retried = bloc.add({ type: 'userImport/retried' });
    await until(bloc.state$, (state: UserImportState) => state.bulkInsert?.rows[999]?.input !== rows[999]);
    expect(sentEmails()).toEqual([]);
    timers.advance(0);
    await retried;

    expect(bloc.state.bulkInsert?.status).toBe('done');
    expect(bloc.state.bulkInsert?.rows[1150]?.state).toBe('skipped');
    expect(sentEmails()).toEqual(validEmails(rows));
    await bloc.close();
  });

  it('closing the bloc while checking ends the job without sending anything', async () => {
    const { bloc, timers } = await start();
    const running = bloc.add({ type: 'userImport/started', rows: longList() });
    await until(bloc.state$, (state: UserImportState) => state.bulkInsert !== null);
    await bloc.close();
    await running;
    expect(timers.pending).toBe(0);
    expect(sentEmails()).toEqual([]);
  });
});
