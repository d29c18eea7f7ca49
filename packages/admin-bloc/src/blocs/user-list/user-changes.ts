import type { AdminClient } from '../../api/create-admin-client.js';
import type { DataUser, DataUserStatus } from '../../contract/data.js';
import type { Emitter } from '../../core/emitter.js';
import type { UsersQuery } from '../../repositories/list-sources.js';
import type { OrgScope } from '../../repositories/org-scope-repository.js';
import { allPages, type PagedSource } from '../../repositories/paged-source.js';
import { type Failure, isAbort, toFailure } from '../shared/failure.js';
import type { ScopeGuard } from '../shared/scope-guard.js';
import type { Timers } from '../shared/timers.js';
import type { UserListEvent } from './user-list-event.js';
import { queryKey } from './user-list-query.js';
import { selectFilterKey } from './user-list-selectors.js';
import type { PendingUserChange, UserListState } from './user-list-state.js';

type Emit = Emitter<UserListState>;

/**
 * What the changes need of the user list bloc they belong to: its state and scope, a way to add events (the
 * undo timer's), and its loads.
 *
 * @example
 * const list: ChangedList = { get state() { return bloc.state; }, ... };
 */
export interface ChangedList {
  readonly state: UserListState;
  readonly scope: OrgScope | null;
  readonly isClosed: boolean;
  add(event: UserListEvent): Promise<void>;
  /** Reads the current page again (latest wins with every other load of the list). */
  reload(emit: Emit): Promise<void>;
  /** Moves to a new query (see `UserListBloc`). */
  requery(emit: Emit, patch: Partial<UserListState>): void;
}

/**
 * What the changes send with and wait on.
 *
 * @example
 * const deps: UserChangeDeps = { client, guard, timers, users: usersSource(client), undoMs: 5000, concurrency: 2 };
 */
export interface UserChangeDeps {
  readonly client: AdminClient;
  readonly guard: ScopeGuard;
  readonly timers: Timers;
  readonly users: PagedSource<UsersQuery, DataUser>;
  readonly undoMs: number;
  readonly concurrency: number;
}

/**
 * The user list's changes to people: a status change (optimistic, rolled back when refused), a delete with an
 * undo window (the row goes at once; the DELETE is sent when the window closes, or at once when the list
 * closes: a confirmed delete is never lost), and a bulk status change over a selection (a few updates at a time,
 * stopped by a new scope). The bloc runs each from its handler; this class keeps the undo timers.
 *
 * @example
 * this.changes = new UserChanges(list, { client, guard, timers, users, undoMs: 5000, concurrency: 2 });
 * this.on('userList/userDeleted', (event, emit) => this.changes.deleteWithUndo(event.userId, emit), sequential());
 */
/**
 * How a change's request ended: `null` accepted, a `Failure` refused, `undefined` when there is nothing to show
 * (aborted, or its handler has ended).
 */
async function refusalOf(emit: Emit, send: () => Promise<unknown>): Promise<Failure | null | undefined> {
  let failure: Failure | null = null;
  try {
    await send();
  } catch (error) {
    if (isAbort(error) || emit.isDone) return undefined;
    failure = toFailure(error);
  }
  return emit.isDone ? undefined : failure;
}

export class UserChanges {
  private readonly undoTimers = new Map<string, unknown>();

  constructor(
    private readonly list: ChangedList,
    private readonly deps: UserChangeDeps,
  ) {}

  /** Stops the undo windows without sending anything (the session ended: its token is gone). */
  forgetWaitingDeletes(): void {
    for (const handle of this.undoTimers.values()) this.deps.timers.clearTimeout(handle);
    this.undoTimers.clear();
  }

  /**
   * Sends at once every delete still in its undo window (the list is closing). The requests outlive the bloc;
   * their outcome has no screen left to show on.
   */
  sendWaitingDeletes(): void {
    for (const [userId, handle] of this.undoTimers) {
      this.deps.timers.clearTimeout(handle);
      this.deps.client.data.users.remove(userId).catch(() => undefined);
    }
    this.undoTimers.clear();
  }

  async changeStatus(userId: string, status: DataUserStatus, emit: Emit): Promise<void> {
    const user = this.list.state.users.find((row) => row.user_id === userId);
    // Refused, and said so through add()'s promise: the person is not on the page (another page or filter, or
    // deleted while the change waited for the one before it).
    if (!user) throw new Error(`UserListBloc: user ${userId} is not on the page; its status was not changed`);
    if (user.status === status) return;
    const change: PendingUserChange = { kind: 'status', user, next: status };
    emit({
      ...this.list.state,
      users: this.list.state.users.map((row) => (row.user_id === userId ? { ...row, status } : row)),
      pending: { ...this.list.state.pending, [userId]: change },
      changeFailure: null,
    });
    // Under the session: an answer that comes after a sign-out is kept out of the next session's state.
    const failure = await refusalOf(emit, () =>
      this.deps.guard.run(emit.signal, (signal) => this.deps.client.data.users.update(userId, { status }, { signal })),
    );
    if (failure === undefined) return;
    const { [userId]: _done, ...pending } = this.list.state.pending;
    if (failure === null) {
      emit({ ...this.list.state, pending });
      return;
    }
    emit({
      ...this.list.state,
      pending,
      // Roll back only the row still showing the refused value (a reload may have replaced it since).
      users: this.list.state.users.map((row) =>
        row.user_id === userId && row.status === status ? { ...row, status: user.status } : row,
      ),
      changeFailure: { kind: 'status', userId, fullName: user.full_name, failure },
    });
  }

  async deleteWithUndo(userId: string, emit: Emit): Promise<void> {
    const index = this.list.state.users.findIndex((row) => row.user_id === userId);
    const user = this.list.state.users[index];
    if (!user || this.list.state.pending[userId]) return;
    const confirmAt = this.deps.timers.now() + this.deps.undoMs;
    emit({
      ...this.list.state,
      users: this.list.state.users.filter((row) => row.user_id !== userId),
      total: Math.max(0, this.list.state.total - 1),
      pending: {
        ...this.list.state.pending,
        [userId]: { kind: 'delete', user, index, query: queryKey(this.list.state.loaded), confirmAt, sent: false },
      },
      changeFailure: null,
    });
    this.undoTimers.set(
      userId,
      this.deps.timers.setTimeout(() => {
        this.undoTimers.delete(userId);
        if (!this.list.isClosed) this.list.add({ type: 'userList/deleteWindowClosed', userId }).catch(() => undefined);
      }, this.deps.undoMs),
    );
    await this.showRowsIfEmptied(emit);
  }

  /**
   * A page emptied by deletes is not "nobody matches": the page before it, now the last, is shown at once (its
   * total leaves out the deletes still waiting), rather than an empty list until the deletes are sent.
   */
  private async showRowsIfEmptied(emit: Emit): Promise<void> {
    if (this.list.state.users.length > 0 || this.list.state.page <= 1 || this.list.scope === null) return;
    this.list.requery(emit, { page: this.list.state.page - 1 });
    await this.list.reload(emit);
  }

  async undoDelete(userId: string, emit: Emit): Promise<void> {
    const change = this.list.state.pending[userId];
    if (change?.kind !== 'delete' || change.sent) return;
    this.deps.timers.clearTimeout(this.undoTimers.get(userId));
    this.undoTimers.delete(userId);
    const { [userId]: _undone, ...pending } = this.list.state.pending;
    emit({ ...this.list.state, pending });
    await this.putBack(change, emit);
  }

  /**
   * Puts a row back where it was when the page on screen is the one it left; under any other query the
   * row's place is unknown, so the page is read again (it shows the row if it belongs there).
   */
  private async putBack(change: Extract<PendingUserChange, { kind: 'delete' }>, emit: Emit): Promise<void> {
    const { users, total, loaded } = this.list.state;
    if (users.some((row) => row.user_id === change.user.user_id)) return;
    if (queryKey(loaded) === change.query) {
      const at = Math.min(change.index, users.length);
      emit({ ...this.list.state, users: [...users.slice(0, at), change.user, ...users.slice(at)], total: total + 1 });
      return;
    }
    if (this.list.scope !== null && loaded !== null) await this.list.reload(emit);
  }

  async sendDelete(userId: string, emit: Emit): Promise<void> {
    const change = this.list.state.pending[userId];
    if (change?.kind !== 'delete' || change.sent) return;
    // Sent before its window closed (the app sends waiting deletes before a sign-out): close() must not send it again.
    this.deps.timers.clearTimeout(this.undoTimers.get(userId));
    this.undoTimers.delete(userId);
    emit({ ...this.list.state, pending: { ...this.list.state.pending, [userId]: { ...change, sent: true } } });
    // A confirmed delete is not aborted by a sign-out or a scope switch; only its outcome is kept out after one.
    const failure = await refusalOf(emit, () =>
      this.deps.guard.outlive(emit.signal, (signal) => this.deps.client.data.users.remove(userId, { signal })),
    );
    if (failure === undefined) return;
    const { [userId]: _sent, ...pending } = this.list.state.pending;
    if (failure === null) {
      emit({ ...this.list.state, pending });
      await this.showRowsIfEmptied(emit);
      return;
    }
    emit({
      ...this.list.state,
      pending,
      changeFailure: { kind: 'delete', userId, fullName: change.user.full_name, failure },
    });
    await this.putBack(change, emit);
  }

  async bulkStatus(status: DataUserStatus, emit: Emit): Promise<void> {
    const scope = this.list.scope;
    const { selection, filters } = this.list.state;
    if (scope === null) return;
    // Reads and writes of the job belong to this scope: a new scope or a sign-out stops them.
    const signal = this.deps.guard.signal(emit.signal);
    const stale = () => emit.isDone || signal.aborted;
    let ids: string[];
    try {
      if (selection.kind === 'ids') ids = [...selection.ids];
      else {
        if (selection.filterKey !== selectFilterKey(this.list.state)) return;
        const excluded = new Set(selection.excluded);
        const { role, status: statusFilter, search } = filters;
        const matching = await allPages(
          this.deps.users,
          { orgIds: scope.orgIds, role, status: statusFilter, search },
          signal,
        );
        ids = matching
          .filter((user) => !excluded.has(user.user_id) && user.status !== status)
          .map((user) => user.user_id);
      }
    } catch (error) {
      if (isAbort(error) || stale()) return;
      emit({
        ...this.list.state,
        changeFailure: { kind: 'bulkStatus', userId: null, fullName: null, failure: toFailure(error) },
      });
      return;
    }
    if (ids.length === 0) return;
    emit({
      ...this.list.state,
      bulkStatus: { status: 'running', to: status, total: ids.length, done: 0, failedIds: [] },
    });
    let next = 0;
    let lastFailure: ReturnType<typeof toFailure> | null = null;
    const worker = async () => {
      while (next < ids.length && !stale()) {
        const userId = ids[next++] as string;
        let failed = false;
        try {
          await this.deps.client.data.users.update(userId, { status }, { signal });
        } catch (error) {
          if (isAbort(error) || stale()) return;
          failed = true;
          lastFailure = toFailure(error);
        }
        const bulk = this.list.state.bulkStatus;
        if (bulk && !stale()) {
          emit({
            ...this.list.state,
            bulkStatus: {
              ...bulk,
              done: bulk.done + 1,
              failedIds: failed ? [...bulk.failedIds, userId] : bulk.failedIds,
            },
          });
        }
      }
    };
    await Promise.all(Array.from({ length: this.deps.concurrency }, worker));
    if (stale()) return;
    const bulk = this.list.state.bulkStatus;
    emit({
      ...this.list.state,
      bulkStatus: bulk ? { ...bulk, status: 'done' } : null,
      selection: { kind: 'ids', ids: [] },
      changeFailure: lastFailure ? { kind: 'bulkStatus', userId: null, fullName: null, failure: lastFailure } : null,
    });
    await this.list.reload(emit);
  }
}
