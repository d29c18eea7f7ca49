import { filter } from 'rxjs';
import type { AdminClient } from '../../api/create-admin-client.js';
import { MAX_PAGE_LIMIT } from '../../contract/common.js';
import type { DataUser, DataUserStatus } from '../../contract/data.js';
import { Bloc } from '../../core/bloc.js';
import type { Emitter } from '../../core/emitter.js';
import type { HydrationStorage } from '../../core/hydration-storage.js';
import { concurrent, droppable, restartable, sequential } from '../../core/transformers.js';
import { createAdminStateStorage, userFiltersKey } from '../../repositories/admin-state-storage.js';
import { type UsersQuery, usersSource } from '../../repositories/list-sources.js';
import type { OrgScope, OrgScopeRepository } from '../../repositories/org-scope-repository.js';
import { allPages, type PagedSource } from '../../repositories/paged-source.js';
import { debouncedOn } from '../shared/debounce.js';
import { isAbort, toFailure } from '../shared/failure.js';
import { followStream } from '../shared/follow.js';
import { perRecord } from '../shared/per-record.js';
import { type LatestRun, PagedQuery } from '../shared/paged-query.js';
import { ScopeGuard } from '../shared/scope-guard.js';
import { systemTimers, type Timers } from '../shared/timers.js';
import type { UserListEvent } from './user-list-event.js';
import { selectFilterKey } from './user-list-selectors.js';
import {
  initialUserListState,
  type PendingUserChange,
  type UserFilters,
  type UserListQuery,
  type UserListState,
} from './user-list-state.js';

/**
 * What the user list bloc needs.
 *
 * @example
 * const options: UserListBlocOptions = { client, scope, timers: systemTimers, searchDebounceMs: 300, undoWindowMs: 5000 };
 */
export interface UserListBlocOptions {
  client: AdminClient;
  scope: OrgScopeRepository;
  /** Where role and status filters are remembered. Default: the server's admin state (document 001). */
  storage?: HydrationStorage;
  timers?: Timers;
  /** Pause in typing before a search applies. Default 300 ms. */
  searchDebounceMs?: number;
  /** How long a delete can be undone before it is sent. Default 5 s. */
  undoWindowMs?: number;
  /** Status updates of a bulk change in flight at once. Default 2. */
  bulkConcurrency?: number;
}

type Emit = Emitter<UserListState>;

const queryKey = (query: UserListQuery | null) => (query === null ? '' : JSON.stringify(query));

/** Whether a query key (as a pending delete keeps it) has the same scope, filters and page size as `query`. */
function sameFilter(key: string, query: UserListQuery): boolean {
  if (key === '') return false;
  const other = JSON.parse(key) as UserListQuery;
  return (
    other.scopeKey === query.scopeKey &&
    other.role === query.role &&
    other.status === query.status &&
    other.search === query.search &&
    other.limit === query.limit
  );
}

/**
 * The user list of the current org scope (document 000 `users` over the scope's org ids), with filters,
 * paging, client-side sort, optimistic changes, selection and bulk jobs.
 *
 * Latest wins: every load (scope switch, filter, debounced search, page, page size, reload) begins a run of
 * one shared `Latest`, which aborts the previous run's request; `users` are only ever replaced together with
 * `loaded`, the exact query they answer, and a change of query clears them at once. A filter change resets
 * to page 1; a page past the end is corrected to the last page. Role and status are saved to the server's
 * admin state and restored on the first scope of a session.
 *
 * @example
 * const userList = new UserListBloc({ client, scope });
 * await userList.add({ type: 'userList/filtersChanged', role: 'mentor', status: 'active' });
 * userList.add({ type: 'userList/searchChanged', search: 'haugen' }); // applies after 300 ms
 * selectVisibleUsers(userList.state);
 */
export class UserListBloc extends Bloc<UserListEvent, UserListState> {
  /** Ends with the session (sign-out: every request) or the scope (a new scope: the old scope's reads). */
  private readonly guard = new ScopeGuard();
  private readonly users: PagedSource<UsersQuery, DataUser>;
  private readonly pages: PagedQuery<UsersQuery, DataUser>;
  private readonly timers: Timers;
  private readonly storage: HydrationStorage;
  /** Aborted by close(): the saves of the filters this bloc started do not outlive it. */
  private readonly closing = new AbortController();
  private readonly client: AdminClient;
  private readonly undoMs: number;
  private readonly concurrency: number;
  private readonly undoTimers = new Map<string, unknown>();
  private scope: OrgScope | null = null;
  private saves: Promise<unknown> = Promise.resolve();

  constructor(options: UserListBlocOptions) {
    super(initialUserListState, { name: 'UserListBloc' });
    this.client = options.client;
    this.users = usersSource(options.client);
    this.pages = new PagedQuery(this.users, this.guard);
    this.timers = options.timers ?? systemTimers;
    this.storage = options.storage ?? createAdminStateStorage({ client: options.client, signal: this.closing.signal });
    this.undoMs = options.undoWindowMs ?? 5000;
    this.concurrency = Math.max(1, options.bulkConcurrency ?? 2);

    this.on('userList/scopeChanged', (event, emit) => this.onScope(event.scope, emit), restartable());
    this.on(
      'userList/filtersChanged',
      async (event, emit) => {
        if (this.scope === null) return;
        const filters: UserFilters = {
          ...this.state.filters,
          ...(event.role === undefined ? {} : { role: event.role }),
          ...(event.status === undefined ? {} : { status: event.status }),
        };
        const saved = this.saveFilters(filters);
        this.requery(emit, { filters, page: 1 });
        const run = this.pages.begin(emit.signal);
        const [, saveError] = await Promise.all([this.load(emit, run), saved]);
        if (saveError && run.isCurrent()) {
          emit({
            ...this.state,
            changeFailure: { kind: 'saveFilters', userId: null, fullName: null, failure: saveError },
          });
        } else if (!saveError && run.isCurrent() && this.state.changeFailure?.kind === 'saveFilters') {
          // The filters are saved now: an earlier failure to save them no longer holds.
          emit({ ...this.state, changeFailure: null });
        }
      },
      restartable(),
    );
    // Two handlers for one event: the typed text shows at once, the search applies once typing pauses.
    this.on(
      (event): event is Extract<UserListEvent, { type: 'userList/searchChanged' }> =>
        event.type === 'userList/searchChanged',
      (event, emit) => emit({ ...this.state, searchInput: event.search }),
      sequential(),
    );
    this.on(
      'userList/searchChanged',
      async (event, emit) => {
        const search = event.search.trim();
        // Before the remembered filters are read, the scope's first load takes the typed (or linked) search.
        if (this.scope === null || !this.state.filtersRestored || search === this.state.filters.search) return;
        this.requery(emit, { filters: { ...this.state.filters, search }, page: 1 });
        await this.load(emit, this.pages.begin(emit.signal));
      },
      // A search that pauses on the text already applied is dropped before it reaches the restart: restarting
      // would abort the running load of that same search and then load nothing, leaving the list loading.
      debouncedOn(this.timers, options.searchDebounceMs ?? 300, (events, mapper) =>
        restartable<Extract<UserListEvent, { type: 'userList/searchChanged' }>>()(
          events.pipe(filter((event) => event.search.trim() !== this.state.filters.search)),
          mapper,
        ),
      ),
    );
    this.on(
      'userList/pageChanged',
      async (event, emit) => {
        if (this.scope === null) return;
        const pages = this.state.loaded ? Math.max(1, Math.ceil(this.state.total / this.state.limit)) : Infinity;
        const page = Math.min(Math.max(1, Math.floor(event.page)), pages);
        this.requery(emit, { page });
        await this.load(emit, this.pages.begin(emit.signal));
      },
      restartable(),
    );
    this.on(
      'userList/limitChanged',
      async (event, emit) => {
        if (this.scope === null) return;
        const limit = Math.min(Math.max(1, Math.floor(event.limit)), MAX_PAGE_LIMIT);
        this.requery(emit, { limit, page: 1 });
        await this.load(emit, this.pages.begin(emit.signal));
      },
      restartable(),
    );
    this.on('userList/sortChanged', (event, emit) => emit({ ...this.state, sort: event.sort }), sequential());
    this.on(
      'userList/reloadRequested',
      async (_event, emit) => {
        if (this.scope !== null) await this.load(emit, this.pages.begin(emit.signal));
      },
      restartable(),
    );

    this.on(
      'userList/userStatusChanged',
      (event, emit) => this.changeStatus(event.userId, event.status, emit),
      // A second change of one person waits for the first's answer instead of being dropped or raced.
      perRecord((event) => event.userId),
    );
    this.on('userList/userDeleted', (event, emit) => this.deleteWithUndo(event.userId, emit), sequential());
    this.on('userList/deleteUndone', (event, emit) => this.undoDelete(event.userId, emit), sequential());
    this.on('userList/deleteWindowClosed', (event, emit) => this.sendDelete(event.userId, emit), concurrent());
    this.on(
      'userList/changeFailureDismissed',
      (_event, emit) => emit({ ...this.state, changeFailure: null }),
      sequential(),
    );

    this.on(
      'userList/userSelectionToggled',
      (event, emit) => {
        const { selection } = this.state;
        const toggle = (ids: readonly string[]) =>
          ids.includes(event.userId) ? ids.filter((id) => id !== event.userId) : [...ids, event.userId];
        emit({
          ...this.state,
          selection:
            selection.kind === 'ids'
              ? { kind: 'ids', ids: toggle(selection.ids) }
              : { ...selection, excluded: toggle(selection.excluded) },
        });
      },
      sequential(),
    );
    this.on(
      'userList/allMatchingSelected',
      (_event, emit) =>
        emit({
          ...this.state,
          selection: { kind: 'allMatching', filterKey: selectFilterKey(this.state), excluded: [] },
        }),
      sequential(),
    );
    this.on(
      'userList/selectionCleared',
      (_event, emit) => emit({ ...this.state, selection: { kind: 'ids', ids: [] } }),
      sequential(),
    );
    this.on('userList/bulkStatusChangeRequested', (event, emit) => this.bulkStatus(event.status, emit), droppable());

    followStream<UserListEvent, OrgScope | null>(this, options.scope.scope$, (scope) => ({
      type: 'userList/scopeChanged',
      scope,
    }));
  }

  /**
   * List requests of this bloc in flight right now (the loading flag agrees with it).
   *
   * @example
   * userList.inFlight; // 1 while a page loads
   */
  get inFlight(): number {
    return this.pages.inFlight;
  }

  /**
   * Closes the bloc: what it started stops (list reads, filter saves, bulk jobs). A delete the coordinator
   * confirmed and could still undo is not lost with the screen: it is sent at once instead of when the undo
   * window ends (the request outlives the bloc; its outcome has no screen left to show on).
   */
  override close(): Promise<void> {
    for (const [userId, handle] of this.undoTimers) {
      this.timers.clearTimeout(handle);
      if (this.isClosed) continue;
      this.client.data.users.remove(userId).catch(() => undefined);
    }
    this.undoTimers.clear();
    this.closing.abort();
    return super.close();
  }

  private async onScope(scope: OrgScope | null, emit: Emit): Promise<void> {
    this.scope = scope;
    if (scope === null) {
      // The session is over: its requests stop, and an answer of one still on its way is kept out.
      this.guard.end();
      this.pages.cancel();
      for (const handle of this.undoTimers.values()) this.timers.clearTimeout(handle);
      this.undoTimers.clear();
      emit(initialUserListState);
      return;
    }
    // The old scope's reads stop (a page, the reads of a bulk change); the coordinator's own writes go on.
    this.guard.scopeChanged();
    const run = this.pages.begin(emit.signal);
    let filters = this.state.filters;
    if (!this.state.filtersRestored) {
      // Nothing of another scope may stay on screen while the remembered filters are read.
      this.requery(emit, { scopeKey: scope.key, page: 1 });
      filters = { ...filters, ...(await this.restoreFilters(scope, run.signal)) };
      if (!run.isCurrent()) return;
      // A search given before the scope was ready (a link's `?q=`) is part of the first load: no unfiltered
      // request goes out before the searched one.
      filters = { ...filters, search: this.state.searchInput.trim() };
    }
    const keepDeletes = Object.fromEntries(
      Object.entries(this.state.pending).filter(([, change]) => change.kind === 'delete'),
    );
    this.requery(emit, { scopeKey: scope.key, filters, page: 1, filtersRestored: true, pending: keepDeletes });
    await this.load(emit, run);
  }

  private async restoreFilters(scope: OrgScope, signal: AbortSignal): Promise<Partial<UserFilters>> {
    try {
      // Aborted with the run (a newer scope, sign-out, close): no read of the remembered filters outlives it.
      const raw = await this.storage.getItem(userFiltersKey(scope.rootOrgId), { signal });
      if (raw === null) return {};
      const parsed = JSON.parse(raw) as { state?: { role?: UserFilters['role']; status?: UserFilters['status'] } };
      return { role: parsed.state?.role ?? null, status: parsed.state?.status ?? null };
    } catch {
      // Unreadable remembered filters are not worth an error screen: start without them.
      return {};
    }
  }

  /** Queues a save of role and status; resolves with the failure, if any. */
  private saveFilters(filters: UserFilters): Promise<ReturnType<typeof toFailure> | null> {
    const scope = this.scope;
    if (scope === null) return Promise.resolve(null);
    const state = {
      ...(filters.role === null ? {} : { role: filters.role }),
      ...(filters.status === null ? {} : { status: filters.status }),
    };
    const save = this.saves.then(() =>
      this.storage.setItem(userFiltersKey(scope.rootOrgId), JSON.stringify({ v: 1, state })),
    );
    this.saves = save.catch(() => undefined);
    return save.then(
      () => null,
      (error: unknown) => toFailure(error),
    );
  }

  /**
   * Moves to a new query: the rows of the old one go at once (no old data under new filters or scope), the
   * selection clears when the filter changes, and the state says `loading`.
   */
  private requery(emit: Emit, patch: Partial<UserListState>): void {
    const next: UserListState = { ...this.state, ...patch, status: 'loading', failure: null };
    const samePage = queryKey(this.queryOf(next)) === queryKey(this.state.loaded);
    const sameFilter = selectFilterKey(next) === selectFilterKey(this.state);
    if (!samePage) {
      next.users = [];
      next.loaded = null;
      if (!sameFilter || next.limit !== this.state.limit) next.total = 0;
    }
    if (!sameFilter) next.selection = { kind: 'ids', ids: [] };
    emit(next);
  }

  private queryOf(state: UserListState): UserListQuery | null {
    if (state.scopeKey === null) return null;
    const { role, status, search } = state.filters;
    return { scopeKey: state.scopeKey, role, status, search, page: state.page, limit: state.limit };
  }

  private async load(emit: Emit, run: LatestRun): Promise<void> {
    const scope = this.scope;
    const query = this.queryOf(this.state);
    if (scope === null || query === null || !run.isCurrent()) return;
    if (this.state.status !== 'loading') emit({ ...this.state, status: 'loading', failure: null });
    const { role, status, search, page, limit } = query;
    const outcome = await this.pages.loadIn(
      run,
      { orgIds: scope.orgIds, role, status, search, page, limit },
      // Past the end (rows were deleted, or a stale link): the last page with rows is read instead.
      (corrected) => emit({ ...this.state, page: corrected.page }),
    );
    if (outcome.kind === 'superseded') return;
    if (outcome.kind === 'failure') {
      emit({ ...this.state, status: 'failure', failure: outcome.failure });
      return;
    }
    const deleting = new Set(Object.keys(this.state.pending).filter((id) => this.state.pending[id]?.kind === 'delete'));
    const users = outcome.items.filter((user) => !deleting.has(user.user_id));
    // The server still counts the deletes waiting for their undo window: those on this page, and those made
    // under the same filter on another page (an emptied last page moves back one while they wait).
    const notCounted = new Set(outcome.items.filter((user) => deleting.has(user.user_id)).map((user) => user.user_id));
    for (const [userId, change] of Object.entries(this.state.pending))
      if (change.kind === 'delete' && sameFilter(change.query, query)) notCounted.add(userId);
    emit({
      ...this.state,
      status: 'success',
      page: outcome.query.page,
      users,
      total: Math.max(0, outcome.total - notCounted.size),
      loaded: { ...query, page: outcome.query.page },
      failure: null,
    });
  }

  private async changeStatus(userId: string, status: DataUserStatus, emit: Emit): Promise<void> {
    const user = this.state.users.find((row) => row.user_id === userId);
    // Refused, and said so through add()'s promise: the person is not on the page (another page or filter, or
    // deleted while the change waited for the one before it).
    if (!user) throw new Error(`UserListBloc: user ${userId} is not on the page; its status was not changed`);
    if (user.status === status) return;
    const change: PendingUserChange = { kind: 'status', user, next: status };
    emit({
      ...this.state,
      users: this.state.users.map((row) => (row.user_id === userId ? { ...row, status } : row)),
      pending: { ...this.state.pending, [userId]: change },
      changeFailure: null,
    });
    let failure: ReturnType<typeof toFailure> | null = null;
    try {
      // Under the session: an answer that comes after a sign-out is kept out of the next session's state.
      await this.guard.run(emit.signal, (signal) => this.client.data.users.update(userId, { status }, { signal }));
    } catch (error) {
      if (isAbort(error) || emit.isDone) return;
      failure = toFailure(error);
    }
    if (emit.isDone) return;
    const { [userId]: _done, ...pending } = this.state.pending;
    if (failure === null) {
      emit({ ...this.state, pending });
      return;
    }
    emit({
      ...this.state,
      pending,
      // Roll back only the row still showing the refused value (a reload may have replaced it since).
      users: this.state.users.map((row) =>
        row.user_id === userId && row.status === status ? { ...row, status: user.status } : row,
      ),
      changeFailure: { kind: 'status', userId, fullName: user.full_name, failure },
    });
  }

  private async deleteWithUndo(userId: string, emit: Emit): Promise<void> {
    const index = this.state.users.findIndex((row) => row.user_id === userId);
    const user = this.state.users[index];
    if (!user || this.state.pending[userId]) return;
    const confirmAt = this.timers.now() + this.undoMs;
    emit({
      ...this.state,
      users: this.state.users.filter((row) => row.user_id !== userId),
      total: Math.max(0, this.state.total - 1),
      pending: {
        ...this.state.pending,
        [userId]: { kind: 'delete', user, index, query: queryKey(this.state.loaded), confirmAt, sent: false },
      },
      changeFailure: null,
    });
    this.undoTimers.set(
      userId,
      this.timers.setTimeout(() => {
        this.undoTimers.delete(userId);
        if (!this.isClosed) this.add({ type: 'userList/deleteWindowClosed', userId }).catch(() => undefined);
      }, this.undoMs),
    );
    await this.showRowsIfEmptied(emit);
  }

  /**
   * A page emptied by deletes is not "nobody matches": the page before it, now the last, is shown at once (its
   * total leaves out the deletes still waiting), rather than an empty list until the deletes are sent.
   */
  private async showRowsIfEmptied(emit: Emit): Promise<void> {
    if (this.state.users.length > 0 || this.state.page <= 1 || this.scope === null) return;
    this.requery(emit, { page: this.state.page - 1 });
    await this.load(emit, this.pages.begin(emit.signal));
  }

  private async undoDelete(userId: string, emit: Emit): Promise<void> {
    const change = this.state.pending[userId];
    if (change?.kind !== 'delete' || change.sent) return;
    this.timers.clearTimeout(this.undoTimers.get(userId));
    this.undoTimers.delete(userId);
    const { [userId]: _undone, ...pending } = this.state.pending;
    emit({ ...this.state, pending });
    await this.putBack(change, emit);
  }

  /**
   * Puts a row back where it was when the page on screen is the one it left; under any other query the
   * row's place is unknown, so the page is read again (it shows the row if it belongs there).
   */
  private async putBack(change: Extract<PendingUserChange, { kind: 'delete' }>, emit: Emit): Promise<void> {
    const { users, total, loaded } = this.state;
    if (users.some((row) => row.user_id === change.user.user_id)) return;
    if (queryKey(loaded) === change.query) {
      const at = Math.min(change.index, users.length);
      emit({ ...this.state, users: [...users.slice(0, at), change.user, ...users.slice(at)], total: total + 1 });
      return;
    }
    if (this.scope !== null && loaded !== null) await this.load(emit, this.pages.begin(emit.signal));
  }

  private async sendDelete(userId: string, emit: Emit): Promise<void> {
    const change = this.state.pending[userId];
    if (change?.kind !== 'delete' || change.sent) return;
    // Sent before its window closed (the app sends waiting deletes before a sign-out): close() must not send it again.
    this.timers.clearTimeout(this.undoTimers.get(userId));
    this.undoTimers.delete(userId);
    emit({ ...this.state, pending: { ...this.state.pending, [userId]: { ...change, sent: true } } });
    let failure: ReturnType<typeof toFailure> | null = null;
    try {
      // A confirmed delete is not aborted by a sign-out or a scope switch; only its outcome is kept out after one.
      await this.guard.outlive(emit.signal, (signal) => this.client.data.users.remove(userId, { signal }));
    } catch (error) {
      if (isAbort(error) || emit.isDone) return;
      failure = toFailure(error);
    }
    if (emit.isDone) return;
    const { [userId]: _sent, ...pending } = this.state.pending;
    if (failure === null) {
      emit({ ...this.state, pending });
      await this.showRowsIfEmptied(emit);
      return;
    }
    emit({
      ...this.state,
      pending,
      changeFailure: { kind: 'delete', userId, fullName: change.user.full_name, failure },
    });
    await this.putBack(change, emit);
  }

  private async bulkStatus(status: DataUserStatus, emit: Emit): Promise<void> {
    const scope = this.scope;
    const { selection, filters } = this.state;
    if (scope === null) return;
    // Reads and writes of the job belong to this scope: a new scope or a sign-out stops them.
    const signal = this.guard.signal(emit.signal);
    const stale = () => emit.isDone || signal.aborted;
    let ids: string[];
    try {
      if (selection.kind === 'ids') ids = [...selection.ids];
      else {
        if (selection.filterKey !== selectFilterKey(this.state)) return;
        const excluded = new Set(selection.excluded);
        const { role, status: statusFilter, search } = filters;
        const matching = await allPages(
          this.users,
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
        ...this.state,
        changeFailure: { kind: 'bulkStatus', userId: null, fullName: null, failure: toFailure(error) },
      });
      return;
    }
    if (ids.length === 0) return;
    emit({ ...this.state, bulkStatus: { status: 'running', to: status, total: ids.length, done: 0, failedIds: [] } });
    let next = 0;
    let lastFailure: ReturnType<typeof toFailure> | null = null;
    const worker = async () => {
      while (next < ids.length && !stale()) {
        const userId = ids[next++] as string;
        let failed = false;
        try {
          await this.client.data.users.update(userId, { status }, { signal });
        } catch (error) {
          if (isAbort(error) || stale()) return;
          failed = true;
          lastFailure = toFailure(error);
        }
        const bulk = this.state.bulkStatus;
        if (bulk && !stale()) {
          emit({
            ...this.state,
            bulkStatus: {
              ...bulk,
              done: bulk.done + 1,
              failedIds: failed ? [...bulk.failedIds, userId] : bulk.failedIds,
            },
          });
        }
      }
    };
    await Promise.all(Array.from({ length: this.concurrency }, worker));
    if (stale()) return;
    const bulk = this.state.bulkStatus;
    emit({
      ...this.state,
      bulkStatus: bulk ? { ...bulk, status: 'done' } : null,
      selection: { kind: 'ids', ids: [] },
      changeFailure: lastFailure ? { kind: 'bulkStatus', userId: null, fullName: null, failure: lastFailure } : null,
    });
    await this.load(emit, this.pages.begin(emit.signal));
  }
}
