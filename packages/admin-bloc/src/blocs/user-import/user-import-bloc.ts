import type { AdminClient } from '../../api/create-admin-client.js';
import type { NewDataUser } from '../../contract/data.js';
import { Bloc } from '../../core/bloc.js';
import type { Emitter } from '../../core/emitter.js';
import { droppable, restartable, sequential } from '../../core/transformers.js';
import type { OrgScope, OrgScopeRepository } from '../../repositories/org-scope-repository.js';
import { failureOf, isAbort, toFailure } from '../shared/failure.js';
import { followStream } from '../shared/follow.js';
import { systemTimers, type Timers } from '../shared/timers.js';
import { BULK_CHECK_SLICE, checkBulkRow } from './bulk-row-check.js';
import { pause } from './pause.js';
import type { UserImportEvent } from './user-import-event.js';
import { type BulkInsertRow, initialUserImportState, type UserImportState } from './user-import-state.js';

/**
 * What the user import bloc needs.
 *
 * @example
 * const options: UserImportBlocOptions = { client, scope, bulkChunkSize: 25, bulkConcurrency: 2 };
 */
export interface UserImportBlocOptions {
  client: AdminClient;
  /** The org scope: its node is the default org of a job; a sign-out (no scope) stops and forgets the job. */
  scope: OrgScopeRepository;
  /** Timers of the pauses between slices of the row check (tests step them by hand). */
  timers?: Timers;
  /** Rows per bulk-insert request. Default 25. */
  bulkChunkSize?: number;
  /** Bulk-insert requests in flight at once. Default 2. */
  bulkConcurrency?: number;
}

type Emit = Emitter<UserImportState>;

/**
 * The bulk insert of users from a file (document 000 `users/bulk`), as a job with an outcome per row. The job
 * shows at once; its rows are checked against the contract in slices (a 10,000-row file must not freeze the
 * page), then sent in chunks, a few requests at a time. Cancelling stops new chunks (one already sent finishes
 * and is recorded); a retry sends the rows that failed, were cut off or were never sent. Closing the bloc or
 * signing out stops the job. The user list does not follow the job: whoever shows both reloads the list when
 * the job is done.
 *
 * @example
 * const userImport = new UserImportBloc({ client, scope });
 * await userImport.add({ type: 'userImport/started', rows: [{ full_name: 'Kari Olsen', email: 'kari@org.no', role: 'mentee' }] });
 * selectBulkInsertProgress(userImport.state.bulkInsert);
 */
export class UserImportBloc extends Bloc<UserImportEvent, UserImportState> {
  private readonly client: AdminClient;
  private readonly timers: Timers;
  private readonly chunkSize: number;
  private readonly concurrency: number;
  private scope: OrgScope | null = null;
  private bulkStop: AbortController | undefined;
  /**
   * How far the current job's rows have been checked against the contract, and the e-mail addresses seen so
   * far (a repeated one is skipped). Rows from `next` on are `pending` with their input as given.
   */
  private bulkCheck: { next: number; seen: Set<string> } | null = null;

  constructor(options: UserImportBlocOptions) {
    super(initialUserImportState, { name: 'UserImportBloc' });
    this.client = options.client;
    this.timers = options.timers ?? systemTimers;
    this.chunkSize = options.bulkChunkSize ?? 25;
    this.concurrency = Math.max(1, options.bulkConcurrency ?? 2);

    this.on(
      'userImport/scopeChanged',
      (event, emit) => {
        this.scope = event.scope;
        if (event.scope !== null) {
          emit({ ...this.state, scopeKey: event.scope.key });
          return;
        }
        // Nothing of a session outlives it: the job stops and is forgotten.
        this.bulkStop?.abort();
        this.bulkCheck = null;
        emit(initialUserImportState);
      },
      restartable(),
    );
    this.on(
      'userImport/started',
      async (event, emit) => {
        if (this.state.bulkInsert?.status === 'running') return;
        const scope = this.scope;
        const orgId = event.orgId ?? scope?.selectedOrgId ?? scope?.rootOrgId;
        if (!orgId) return;
        // The job shows at once; its rows are checked against the contract in slices as it runs.
        const rows: BulkInsertRow[] = event.rows.map((input, index) => ({ index, input, state: 'pending' }));
        this.bulkCheck = { next: 0, seen: new Set() };
        emit({
          ...this.state,
          bulkInsert: { status: 'running', orgIds: [orgId], rows, failure: null, added: 0, skipped: 0 },
        });
        await this.runBulkInsert(emit);
      },
      droppable(),
    );
    this.on(
      'userImport/retried',
      async (_event, emit) => {
        const job = this.state.bulkInsert;
        if (!job || job.status === 'running') return;
        const again = new Set<BulkInsertRow['state']>(['error', 'interrupted', 'pending']);
        emit({
          ...this.state,
          bulkInsert: {
            ...job,
            status: 'running',
            failure: null,
            rows: job.rows.map((row) =>
              again.has(row.state) ? { index: row.index, input: row.input, state: 'pending' } : row,
            ),
          },
        });
        await this.runBulkInsert(emit);
      },
      droppable(),
    );
    this.on(
      'userImport/cancelled',
      (_event, emit) => {
        this.bulkStop?.abort();
        const job = this.state.bulkInsert;
        if (job?.status === 'running') emit({ ...this.state, bulkInsert: { ...job, status: 'cancelled' } });
      },
      sequential(),
    );

    followStream<UserImportEvent, OrgScope | null>(this, options.scope.scope$, (scope) => ({
      type: 'userImport/scopeChanged',
      scope,
    }));
  }

  /** Closing stops the job: chunks in flight are aborted (their rows: `interrupted`), no more are sent. */
  override close(): Promise<void> {
    this.bulkStop?.abort();
    return super.close();
  }

  /**
   * Checks the job's rows not checked yet against the contract, {@link BULK_CHECK_SLICE} at a time with a pause
   * on the bloc's timers between slices, each slice's outcome emitted. Checking 10 000 rows in one go was a long
   * task of 47–220 ms in Chromium. Resolves `false` when stopped (cancelled, signed out, closed): the rows not
   * checked stay `pending` as given, and a retry checks them before anything is sent.
   */
  private async checkBulkRows(emit: Emit, stop: AbortSignal): Promise<boolean> {
    const check = this.bulkCheck;
    if (check === null) return true;
    for (;;) {
      const job = this.state.bulkInsert;
      if (!job || stop.aborted || emit.isDone) return false;
      const end = Math.min(check.next + BULK_CHECK_SLICE, job.rows.length);
      if (check.next < end) {
        const rows = [...job.rows];
        let skipped = 0;
        for (let index = check.next; index < end; index++) {
          const row = checkBulkRow((rows[index] as BulkInsertRow).input, index, check.seen);
          if (row.state === 'skipped') skipped++;
          rows[index] = row;
        }
        check.next = end;
        emit({ ...this.state, bulkInsert: { ...job, rows, skipped: job.skipped + skipped } });
      }
      if (end >= job.rows.length) break;
      await pause(this.timers, 0, stop);
    }
    this.bulkCheck = null;
    return true;
  }

  /**
   * Sends the pending rows in chunks, `concurrency` requests at a time. Cancelling stops new chunks from
   * starting; a chunk already sent is never cut off (its rows would be neither known sent nor unsent), so it
   * finishes and its outcome is recorded. Only closing the bloc aborts sent chunks (rows: `interrupted`).
   */
  private async runBulkInsert(emit: Emit): Promise<void> {
    const stop = new AbortController();
    this.bulkStop = stop;
    if (!(await this.checkBulkRows(emit, stop.signal))) return;
    const job = this.state.bulkInsert;
    if (!job) return;
    const pendingRows = job.rows.filter((row) => row.state === 'pending').map((row) => row.index);
    const chunks: number[][] = [];
    for (let at = 0; at < pendingRows.length; at += this.chunkSize)
      chunks.push(pendingRows.slice(at, at + this.chunkSize));
    const setRows = (patch: Map<number, Partial<BulkInsertRow>>, answered = { inserted: 0, skipped: 0 }) => {
      const current = this.state.bulkInsert;
      if (!current || emit.isDone) return;
      emit({
        ...this.state,
        bulkInsert: {
          ...current,
          added: current.added + answered.inserted,
          skipped: current.skipped + answered.skipped,
          rows: current.rows.map((row) => {
            const change = patch.get(row.index);
            return change ? ({ ...row, ...change } as BulkInsertRow) : row;
          }),
        },
      });
    };
    let lastFailure: ReturnType<typeof toFailure> | null = null;
    const worker = async () => {
      for (let chunk = chunks.shift(); chunk && !stop.signal.aborted && !emit.isDone; chunk = chunks.shift()) {
        const rows = chunk.map((index) => this.state.bulkInsert?.rows[index]) as BulkInsertRow[];
        setRows(new Map(chunk.map((index) => [index, { state: 'sending' }])));
        try {
          const { data } = await this.client.data.users.bulkInsert(
            { org_ids: [...job.orgIds], users: rows.map((row) => row.input as NewDataUser) },
            { signal: emit.signal },
          );
          const errors = new Map(data.errors.map((error) => [error.index, error.message]));
          const ok: BulkInsertRow['state'] =
            data.skipped === 0 ? 'inserted' : data.inserted === 0 ? 'skipped' : 'insertedOrSkipped';
          setRows(
            new Map(
              chunk.map((index, position) => {
                const row: Partial<BulkInsertRow> = !errors.has(position)
                  ? { state: ok }
                  : { state: 'error', ...(errors.get(position) ? { message: errors.get(position) as string } : {}) };
                return [index, row];
              }),
            ),
            data,
          );
        } catch (error) {
          if (emit.isDone) return;
          const failure = isAbort(error) ? failureOf('ABORTED') : toFailure(error);
          lastFailure = failure;
          const state: BulkInsertRow['state'] = isAbort(error) ? 'interrupted' : 'error';
          setRows(new Map(chunk.map((index) => [index, { state, message: failure.message, failure }])));
        }
      }
    };
    await Promise.all(Array.from({ length: this.concurrency }, worker));
    if (emit.isDone) return;
    const done = this.state.bulkInsert;
    if (done) {
      emit({
        ...this.state,
        bulkInsert: { ...done, status: stop.signal.aborted ? 'cancelled' : 'done', failure: lastFailure },
      });
    }
  }
}
