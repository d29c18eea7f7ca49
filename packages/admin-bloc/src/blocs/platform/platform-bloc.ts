import type { AdminClient } from '../../api/create-admin-client.js';
import type { PlatformSession, PlatformUserSummary } from '../../contract/platform.js';
import { Bloc } from '../../core/bloc.js';
import { emitUpdate } from '../../core/emit-update.js';
import type { Emitter } from '../../core/emitter.js';
import { concurrent, droppable, restartable } from '../../core/transformers.js';
import { platformSessionsSource, platformUsersSource } from '../../repositories/list-sources.js';
import { appendNew, CursorQuery } from '../shared/cursor-query.js';
import { debouncedOn } from '../shared/debounce.js';
import { isAbort, toFailure } from '../shared/failure.js';
import { type AuthSource, ScopeGuard } from '../shared/scope-guard.js';
import { endWithSession } from '../shared/session-end.js';
import { systemTimers, type Timers } from '../shared/timers.js';
import type { PlatformEvent } from './platform-event.js';
import {
  initialPlatformState,
  type PlatformSessionFilters,
  type PlatformState,
  type PlatformUserMutationFailure,
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
  private readonly guard = new ScopeGuard();
  private readonly users: CursorQuery<PlatformUsersQueryState & { limit: number }, PlatformUserSummary>;
  private readonly sessions: CursorQuery<PlatformSessionFilters & { limit: number }, PlatformSession>;
  /** The newest change per user and kind: an older change's answer must not clear a newer one's overlay. */
  private readonly changeIds = new Map<string, number>();
  private nextChangeId = 0;

  constructor(options: PlatformBlocOptions) {
    super(initialPlatformState, { name: 'PlatformBloc' });
    const { client } = options;
    const timers = options.timers ?? systemTimers;
    const limit = options.pageSize ?? 20;
    this.users = new CursorQuery(platformUsersSource(client), this.guard);
    this.sessions = new CursorQuery(platformSessionsSource(client), this.guard);

    const loadUsers = async (emit: Emitter<PlatformState>, query: PlatformUsersQueryState): Promise<void> => {
      const moreUsers = initialPlatformState.moreUsers;
      emit({ ...this.state, status: 'loading', usersQuery: query, failure: null, moreUsers });
      const outcome = await this.users.load({ ...query, limit }, null, emit.signal);
      if (outcome.kind === 'superseded') return;
      if (outcome.kind === 'failure') return emit({ ...this.state, status: 'failure', failure: outcome.failure });
      const { cursor, hasMore } = outcome;
      const users = { query, items: appendNew([], outcome.items, userId), cursor, hasMore };
      emit({ ...this.state, status: 'success', failure: null, users });
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
        const state = this.state;
        if (state.status !== 'success' || !state.users.hasMore || state.users.cursor === null) return;
        const page = state.users;
        emit({ ...state, moreUsers: { status: 'loading', failure: null } });
        const outcome = await this.users.load({ ...page.query, limit }, page.cursor, emit.signal);
        const current = this.state.users;
        if (outcome.kind === 'superseded' || current?.query !== page.query) return;
        if (outcome.kind === 'failure') {
          return emit({ ...this.state, moreUsers: { status: 'failure', failure: outcome.failure } });
        }
        const items = appendNew(current.items, outcome.items, userId);
        const users = { ...current, items, cursor: outcome.cursor, hasMore: outcome.hasMore };
        emit({ ...this.state, moreUsers: { status: 'success', failure: null }, users });
      },
      droppable(),
    );

    /**
     * A role change or suspension: shown at once (an overlay in `pending`), sent, then the server's row or a
     * rollback with the refusal. An answer of an older change of the same kind leaves a newer one's overlay.
     */
    const changeUser = async (
      emit: Emitter<PlatformState>,
      userId: string,
      kind: 'role' | 'status',
      action: PlatformUserMutationFailure['action'],
      send: (
        signal: AbortSignal,
      ) => Promise<{ data: { id: string } & Partial<Pick<PlatformUserSummary, typeof kind>> }>,
      overlay: { role?: PlatformUserSummary['role']; status?: 'suspended' },
    ): Promise<void> => {
      const key = `${userId}:${kind}`;
      const id = ++this.nextChangeId;
      this.changeIds.set(key, id);
      emitUpdate(emit, (draft) => {
        draft.pending[userId] = { ...draft.pending[userId], ...overlay };
        if (draft.mutationFailure?.userId === userId) draft.mutationFailure = null;
      });
      /** Drops the change's overlay (confirmed or refused) unless a newer change of that kind replaced it. */
      const end = (draft: PlatformState): boolean => {
        if (this.changeIds.get(key) !== id) return false;
        this.changeIds.delete(key);
        const entry = draft.pending[userId];
        if (entry) {
          delete entry[kind];
          if (entry.role === undefined && entry.status === undefined) delete draft.pending[userId];
        }
        return true;
      };
      try {
        const { data } = await this.guard.run(emit.signal, send);
        emitUpdate(emit, (draft) => {
          if (!end(draft)) return;
          const row = draft.users?.items.find((user) => user.id === data.id);
          if (row && data[kind] !== undefined) Object.assign(row, { [kind]: data[kind] });
        });
      } catch (error) {
        if (isAbort(error)) return;
        emitUpdate(emit, (draft) => {
          if (end(draft)) draft.mutationFailure = { userId, action, failure: toFailure(error) };
        });
      }
    };

    this.on(
      'platform/roleChangeRequested',
      (event, emit) =>
        changeUser(
          emit,
          event.userId,
          'role',
          'roleChange',
          (signal) => client.platform.users.updateRole(event.userId, { role: event.role }, { signal }),
          { role: event.role },
        ),
      concurrent(),
    );
    this.on(
      'platform/suspendRequested',
      (event, emit) =>
        changeUser(
          emit,
          event.userId,
          'status',
          'suspend',
          (signal) => client.platform.users.suspend(event.userId, { signal }),
          { status: 'suspended' },
        ),
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

    const loadSessions = async (emit: Emitter<PlatformState>, filters: PlatformSessionFilters): Promise<void> => {
      const more = initialPlatformState.sessions.more;
      emit({ ...this.state, sessions: { ...this.state.sessions, status: 'loading', filters, failure: null, more } });
      const outcome = await this.sessions.load({ ...filters, limit }, null, emit.signal);
      if (outcome.kind === 'superseded') return;
      const { sessions } = this.state;
      if (outcome.kind === 'failure') {
        return emit({ ...this.state, sessions: { ...sessions, status: 'failure', failure: outcome.failure } });
      }
      const results = { filters, items: [...outcome.items], cursor: outcome.cursor, hasMore: outcome.hasMore };
      emit({ ...this.state, sessions: { ...sessions, status: 'success', failure: null, results } });
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
        const section = this.state.sessions;
        if (section.status !== 'success' || !section.results.hasMore || section.results.cursor === null) return;
        const page = section.results;
        emit({ ...this.state, sessions: { ...section, more: { status: 'loading', failure: null } } });
        const outcome = await this.sessions.load({ ...page.filters, limit }, page.cursor, emit.signal);
        const { sessions } = this.state;
        const current = sessions.results;
        if (outcome.kind === 'superseded' || current?.filters !== page.filters) return;
        if (outcome.kind === 'failure') {
          const more = { status: 'failure', failure: outcome.failure } as const;
          return emit({ ...this.state, sessions: { ...sessions, more } });
        }
        const items = appendNew(current.items, outcome.items, (session) => session.sessionId);
        const results = { ...current, items, cursor: outcome.cursor, hasMore: outcome.hasMore };
        const more = { status: 'success', failure: null } as const;
        emit({ ...this.state, sessions: { ...sessions, more, results } });
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

const userId = (user: PlatformUserSummary): string => user.id;
