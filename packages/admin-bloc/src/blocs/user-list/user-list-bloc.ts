import { filter } from 'rxjs';
import type { AdminClient } from '../../api/create-admin-client.js';
import { MAX_PAGE_LIMIT } from '../../contract/common.js';
import type { DataUser } from '../../contract/data.js';
import { Bloc } from '../../core/bloc.js';
import type { Emitter } from '../../core/emitter.js';
import type { HydrationStorage } from '../../core/hydration-storage.js';
import { concurrent, droppable, restartable, sequential } from '../../core/transformers.js';
import { createAdminStateStorage, userFiltersKey } from '../../repositories/admin-state-storage.js';
import { type UsersQuery, usersSource } from '../../repositories/list-sources.js';
import type { OrgScope, OrgScopeRepository } from '../../repositories/org-scope-repository.js';
import { debouncedOn } from '../shared/debounce.js';
import { toFailure } from '../shared/failure.js';
import { followStream } from '../shared/follow.js';
import { perRecord } from '../shared/per-record.js';
import { type LatestRun, PagedQuery } from '../shared/paged-query.js';
import { ScopeGuard } from '../shared/scope-guard.js';
import { systemTimers, type Timers } from '../shared/timers.js';
import { UserChanges } from './user-changes.js';
import type { UserListEvent } from './user-list-event.js';
import { queryKey, sameFilter } from './user-list-query.js';
import { selectFilterKey } from './user-list-selectors.js';
import { initialUserListState, type UserFilters, type UserListQuery, type UserListState } from './user-list-state.js';

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
  private readonly pages: PagedQuery<UsersQuery, DataUser>;
  private readonly timers: Timers;
  private readonly storage: HydrationStorage;
  /** Aborted by close(): the saves of the filters this bloc started do not outlive it. */
  private readonly closing = new AbortController();
  private readonly changes: UserChanges;
  private scope: OrgScope | null = null;
  private saves: Promise<unknown> = Promise.resolve();

  constructor(options: UserListBlocOptions) {
    super(initialUserListState, { name: 'UserListBloc' });
    const users = usersSource(options.client);
    this.pages = new PagedQuery(users, this.guard);
    this.timers = options.timers ?? systemTimers;
    this.storage = options.storage ?? createAdminStateStorage({ client: options.client, signal: this.closing.signal });
    const bloc = this;
    this.changes = new UserChanges(
      {
        get state() {
          return bloc.state;
        },
        get scope() {
          return bloc.scope;
        },
        get isClosed() {
          return bloc.isClosed;
        },
        add: (event) => this.add(event),
        reload: (emit) => this.load(emit, this.pages.begin(emit.signal)),
        requery: (emit, patch) => this.requery(emit, patch),
      },
      {
        client: options.client,
        guard: this.guard,
        timers: this.timers,
        users,
        undoMs: options.undoWindowMs ?? 5000,
        concurrency: Math.max(1, options.bulkConcurrency ?? 2),
      },
    );

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
      (event, emit) => this.changes.changeStatus(event.userId, event.status, emit),
      // A second change of one person waits for the first's answer instead of being dropped or raced.
      perRecord((event) => event.userId),
    );
    this.on('userList/userDeleted', (event, emit) => this.changes.deleteWithUndo(event.userId, emit), sequential());
    this.on('userList/deleteUndone', (event, emit) => this.changes.undoDelete(event.userId, emit), sequential());
    this.on('userList/deleteWindowClosed', (event, emit) => this.changes.sendDelete(event.userId, emit), concurrent());
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
    this.on(
      'userList/bulkStatusChangeRequested',
      (event, emit) => this.changes.bulkStatus(event.status, emit),
      droppable(),
    );

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
    if (!this.isClosed) this.changes.sendWaitingDeletes();
    this.closing.abort();
    return super.close();
  }

  private async onScope(scope: OrgScope | null, emit: Emit): Promise<void> {
    this.scope = scope;
    if (scope === null) {
      // The session is over: its requests stop, and an answer of one still on its way is kept out.
      this.guard.end();
      this.pages.cancel();
      this.changes.forgetWaitingDeletes();
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
}
