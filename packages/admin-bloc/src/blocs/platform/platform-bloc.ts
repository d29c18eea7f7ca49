import type { AdminClient } from '../../api/create-admin-client.js';
import type { PlatformUserSummary } from '../../contract/platform.js';
import { Bloc } from '../../core/bloc.js';
import type { Emitter } from '../../core/emitter.js';
import { emitUpdate } from '../../core/emit-update.js';
import { concurrent, droppable, restartable } from '../../core/transformers.js';
import { type AuthSource, ScopeGuard } from '../shared/scope-guard.js';
import { debouncedOn } from '../shared/debounce.js';
import { isAbort, toFailure } from '../shared/failure.js';
import { LatestWins } from '../shared/paged-query.js';
import { endWithSession } from '../shared/session-end.js';
import { systemTimers, type Timers } from '../shared/timers.js';
import type { PlatformEvent } from './platform-event.js';
import {
  initialPlatformState,
  type PlatformSessionFilters,
  type PlatformState,
  type PlatformUsersQueryState,
} from './platform-state.js';

/**
 * What the platform bloc needs. The client carries the tenant (`createAdminClient({ tenant })`), which
 * document 004 sends as `X-Bulwark-Tenant` on every request.
 *
 * @example
 * const options: PlatformBlocOptions = { client: createAdminClient({ baseUrl, token, tenant: 'stavanger-region' }) };
 */
export interface PlatformBlocOptions {
  client: AdminClient;
  /** Clock and timers of the search debounce (tests step them by hand). */
  timers?: Timers;
  /** How long typing must pause before the user search runs. Default 300 ms. */
  searchDebounceMs?: number;
  /** Users or sessions per request. Default 20. */
  pageSize?: number;
  /** When given, a sign-out or a switch of account drops everything loaded and aborts what is in flight. */
  session?: AuthSource;
}

/** Appends a page, keeping the first copy of a row the server sent twice (a row moved between two pages). */
function appendNew<T>(items: readonly T[], more: readonly T[], id: (item: T) => string): T[] {
  const seen = new Set(items.map(id));
  const out = [...items];
  for (const item of more) {
    if (seen.has(id(item))) continue;
    seen.add(id(item));
    out.push(item);
  }
  return out;
}

/**
 * Platform administration of document 004: stats, users with cursor paging and load-more, role change and
 * suspension (optimistic, rolled back when refused), and sessions filtered by agent, user and status.
 *
 * Users: every load (first page, search, role filter, load-more) shares one latest-wins run: a new search or
 * role filter aborts a load-more still running, so a page of the old query is never appended to the new one.
 * Load-more appends without duplicates and is dropped while one runs. Optimistic changes live in `pending`
 * beside the server's rows (the `selectPlatformUsers` selector lays them over), so a reload while a change is
 * in flight neither loses it nor keeps it after a refusal.
 *
 * @example
 * const platform = new PlatformBloc({ client });
 * await Promise.all([platform.add({ type: 'platform/statsRequested' }), platform.add({ type: 'platform/usersRequested' })]);
 * await platform.add({ type: 'platform/moreUsersRequested' });
 * await platform.add({ type: 'platform/suspendRequested', userId: 'usr_bQ9vTk' });
 */
export class PlatformBloc extends Bloc<PlatformEvent, PlatformState> {
  private readonly users = new LatestWins();
  private readonly sessions = new LatestWins();
  /** The newest change per user and kind: an older change's answer must not clear a newer one's overlay. */
  private readonly changeIds = new Map<string, number>();
  private nextChangeId = 0;
  private readonly guard = new ScopeGuard();

  constructor(options: PlatformBlocOptions) {
    super(initialPlatformState, { name: 'PlatformBloc' });
    const { client } = options;
    const timers = options.timers ?? systemTimers;
    const limit = options.pageSize ?? 20;

    const loadUsers = async (emit: Emitter<PlatformState>, query: PlatformUsersQueryState): Promise<void> => {
      const run = this.users.begin(this.guard.signal(emit.signal));
      emit({
        ...this.state,
        status: 'loading',
        usersQuery: query,
        failure: null,
        moreUsers: initialPlatformState.moreUsers,
      });
      try {
        const search = query.search.trim();
        const answer = await this.users.track(
          client.platform.users.list(
            { limit, ...(search === '' ? {} : { search }), ...(query.role === null ? {} : { role: query.role }) },
            { signal: run.signal },
          ),
        );
        if (!run.isCurrent()) return;
        emit({
          ...this.state,
          status: 'success',
          failure: null,
          users: {
            query,
            items: appendNew([], answer.data, (user) => user.id),
            ...answer.pagination,
            cursor: answer.pagination.cursor ?? null,
          },
        });
      } catch (error) {
        if (isAbort(error) || !run.isCurrent()) return;
        emit({ ...this.state, status: 'failure', failure: toFailure(error) });
      }
    };

    this.on('platform/usersRequested', (_event, emit) => loadUsers(emit, this.state.usersQuery), restartable());
    this.on(
      'platform/userSearchChanged',
      (event, emit) => loadUsers(emit, { ...this.state.usersQuery, search: event.search }),
      debouncedOn(timers, options.searchDebounceMs ?? 300),
    );
    this.on(
      'platform/roleFilterChanged',
      (event, emit) => loadUsers(emit, { ...this.state.usersQuery, role: event.role }),
      restartable(),
    );

    this.on(
      'platform/moreUsersRequested',
      async (_event, emit) => {
        const page = this.state.users;
        if (this.state.status !== 'success' || page === null || !page.hasMore || page.cursor === null) return;
        const run = this.users.begin(this.guard.signal(emit.signal));
        emit({ ...this.state, moreUsers: { status: 'loading', failure: null } });
        try {
          const search = page.query.search.trim();
          const answer = await this.users.track(
            client.platform.users.list(
              {
                limit,
                cursor: page.cursor,
                ...(search === '' ? {} : { search }),
                ...(page.query.role === null ? {} : { role: page.query.role }),
              },
              { signal: run.signal },
            ),
          );
          const current = this.state.users;
          if (!run.isCurrent() || current?.query !== page.query) return;
          emit({
            ...this.state,
            moreUsers: { status: 'success', failure: null },
            users: {
              ...current,
              items: appendNew(current.items, answer.data, (user: PlatformUserSummary) => user.id),
              ...answer.pagination,
              cursor: answer.pagination.cursor ?? null,
            },
          });
        } catch (error) {
          if (isAbort(error) || !run.isCurrent()) return;
          emit({ ...this.state, moreUsers: { status: 'failure', failure: toFailure(error) } });
        }
      },
      droppable(),
    );

    /** Shows a change at once; returns the id that must still be the newest when the answer comes. */
    const beginChange = (
      emit: Emitter<PlatformState>,
      userId: string,
      change: { role?: PlatformUserSummary['role']; status?: 'suspended' },
      kind: string,
    ) => {
      const id = ++this.nextChangeId;
      this.changeIds.set(`${userId}:${kind}`, id);
      emitUpdate(emit, (draft) => {
        draft.pending[userId] = { ...draft.pending[userId], ...change };
        if (draft.mutationFailure?.userId === userId) draft.mutationFailure = null;
      });
      return id;
    };
    /** Drops the overlay of a change (confirmed or refused) if no newer change of that kind replaced it. */
    const endChange = (draft: PlatformState, userId: string, kind: 'role' | 'status', id: number) => {
      if (this.changeIds.get(`${userId}:${kind}`) !== id) return false;
      this.changeIds.delete(`${userId}:${kind}`);
      const entry = draft.pending[userId];
      if (entry) {
        delete entry[kind];
        if (entry.role === undefined && entry.status === undefined) delete draft.pending[userId];
      }
      return true;
    };

    this.on(
      'platform/roleChangeRequested',
      async (event, emit) => {
        const id = beginChange(emit, event.userId, { role: event.role }, 'role');
        try {
          const { data } = await this.guard.run(emit.signal, (signal) =>
            client.platform.users.updateRole(event.userId, { role: event.role }, { signal }),
          );
          emitUpdate(emit, (draft) => {
            if (!endChange(draft, event.userId, 'role', id)) return;
            const row = draft.users?.items.find((user) => user.id === data.id);
            if (row) row.role = data.role;
          });
        } catch (error) {
          if (isAbort(error)) return;
          emitUpdate(emit, (draft) => {
            if (!endChange(draft, event.userId, 'role', id)) return;
            draft.mutationFailure = { userId: event.userId, action: 'roleChange', failure: toFailure(error) };
          });
        }
      },
      concurrent(),
    );

    this.on(
      'platform/suspendRequested',
      async (event, emit) => {
        const id = beginChange(emit, event.userId, { status: 'suspended' }, 'status');
        try {
          const { data } = await this.guard.run(emit.signal, (signal) =>
            client.platform.users.suspend(event.userId, { signal }),
          );
          emitUpdate(emit, (draft) => {
            if (!endChange(draft, event.userId, 'status', id)) return;
            const row = draft.users?.items.find((user) => user.id === data.id);
            if (row) row.status = data.status;
          });
        } catch (error) {
          if (isAbort(error)) return;
          emitUpdate(emit, (draft) => {
            if (!endChange(draft, event.userId, 'status', id)) return;
            draft.mutationFailure = { userId: event.userId, action: 'suspend', failure: toFailure(error) };
          });
        }
      },
      concurrent(),
    );

    this.on(
      'platform/statsRequested',
      async (_event, emit) => {
        emit({ ...this.state, stats: { ...this.state.stats, status: 'loading', failure: null } });
        try {
          const { data } = await this.guard.run(emit.signal, (signal) => client.platform.stats({ signal }));
          emit({ ...this.state, stats: { status: 'success', stats: data, failure: null } });
        } catch (error) {
          if (isAbort(error)) return;
          emit({ ...this.state, stats: { ...this.state.stats, status: 'failure', failure: toFailure(error) } });
        }
      },
      droppable(),
    );

    const sessionArgs = (filters: PlatformSessionFilters) => ({
      limit,
      ...(filters.agentId ? { agentId: filters.agentId } : {}),
      ...(filters.userId ? { userId: filters.userId } : {}),
      ...(filters.status ? { status: filters.status } : {}),
    });

    const loadSessions = async (emit: Emitter<PlatformState>, filters: PlatformSessionFilters): Promise<void> => {
      const run = this.sessions.begin(this.guard.signal(emit.signal));
      emit({
        ...this.state,
        sessions: {
          ...this.state.sessions,
          status: 'loading',
          filters,
          failure: null,
          more: initialPlatformState.sessions.more,
        },
      });
      try {
        const answer = await this.sessions.track(
          client.platform.sessions.list(sessionArgs(filters), { signal: run.signal }),
        );
        if (!run.isCurrent()) return;
        emit({
          ...this.state,
          sessions: {
            ...this.state.sessions,
            status: 'success',
            failure: null,
            results: { filters, items: answer.data, ...answer.pagination, cursor: answer.pagination.cursor ?? null },
          },
        });
      } catch (error) {
        if (isAbort(error) || !run.isCurrent()) return;
        emit({ ...this.state, sessions: { ...this.state.sessions, status: 'failure', failure: toFailure(error) } });
      }
    };

    this.on(
      'platform/sessionsRequested',
      (_event, emit) => loadSessions(emit, this.state.sessions.filters),
      restartable(),
    );
    this.on(
      'platform/sessionFiltersChanged',
      (event, emit) => {
        const filters = { ...this.state.sessions.filters };
        if (event.filters.agentId !== undefined) filters.agentId = event.filters.agentId || null;
        if (event.filters.userId !== undefined) filters.userId = event.filters.userId || null;
        if (event.filters.status !== undefined) filters.status = event.filters.status;
        return loadSessions(emit, filters);
      },
      restartable(),
    );
    this.on(
      'platform/moreSessionsRequested',
      async (_event, emit) => {
        const page = this.state.sessions.results;
        if (this.state.sessions.status !== 'success' || page === null || !page.hasMore || page.cursor === null) return;
        const run = this.sessions.begin(this.guard.signal(emit.signal));
        emit({ ...this.state, sessions: { ...this.state.sessions, more: { status: 'loading', failure: null } } });
        try {
          const answer = await this.sessions.track(
            client.platform.sessions.list(
              { ...sessionArgs(page.filters), cursor: page.cursor },
              { signal: run.signal },
            ),
          );
          const current = this.state.sessions.results;
          if (!run.isCurrent() || current?.filters !== page.filters) return;
          emit({
            ...this.state,
            sessions: {
              ...this.state.sessions,
              more: { status: 'success', failure: null },
              results: {
                ...current,
                items: appendNew(current.items, answer.data, (session) => session.sessionId),
                ...answer.pagination,
                cursor: answer.pagination.cursor ?? null,
              },
            },
          });
        } catch (error) {
          if (isAbort(error) || !run.isCurrent()) return;
          emit({
            ...this.state,
            sessions: { ...this.state.sessions, more: { status: 'failure', failure: toFailure(error) } },
          });
        }
      },
      droppable(),
    );

    endWithSession(this, 'platform', this.guard, options.session, (emit) => {
      this.users.cancel();
      this.sessions.cancel();
      this.changeIds.clear();
      emit(initialPlatformState);
    });
  }
}
