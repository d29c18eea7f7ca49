import type { Bloc } from '../../core/bloc.js';
import type { Emitter } from '../../core/emitter.js';
import { restartable } from '../../core/transformers.js';
import type { Paging } from '../../repositories/paged-source.js';
import { debouncedOn } from './debounce.js';
import { changedFilters } from './filtered-log.js';
import type { Timers } from './timers.js';

/**
 * Which of the shared query events a list handles, by their names after the bloc's prefix.
 *
 * @example
 * const events: QueryEvents = { reload: ['opened', 'refreshRequested'], search: { timers, debounceMs: 300 } };
 */
export interface QueryEvents {
  /** Events that load the current query again (`refreshRequested`, and `opened` where a screen sends it). */
  reload: readonly string[];
  /** `searchChanged` (`{ search }`): back to page 1 with the text, once typing has paused. */
  search?: { readonly timers: Timers; readonly debounceMs: number };
  /** `filtersChanged` (`{ filters }`, some of them) and `filtersCleared` (back to these): both to page 1. */
  noFilters?: Readonly<Record<string, string | null>>;
}

/**
 * Routes the query events every paged list shares to its `load`, each under the bloc's prefix: the reloads,
 * `pageRequested` (`{ page }`, a whole page number of at least 1), and the search or filter events the list
 * has. Every one of them is restartable (the search debounced), and `load` makes them one latest-wins run.
 *
 * @example
 * onQueryEvents(this, 'auditLog', load, { reload: ['opened', 'refreshRequested'], noFilters: noAuditLogFilters });
 */
export function onQueryEvents<Event extends { readonly type: string }, State extends { readonly query: Paging }>(
  bloc: Bloc<Event, State>,
  prefix: string,
  load: (emit: Emitter<State>, query: State['query']) => Promise<void>,
  events: QueryEvents,
): void {
  // The event types are the bloc's own (`auditLog/pageRequested`); their fields are the shared events'.
  const type = (name: string) => `${prefix}/${name}` as Event['type'];
  const fields = <Shared>(event: Event) => event as unknown as Shared;
  const reload = (changes: object) => (emit: Emitter<State>) =>
    load(emit, { ...bloc.state.query, ...changes } as State['query']);
  bloc.on(events.reload.map(type), (_event, emit) => reload({})(emit), restartable());
  bloc.on(
    type('pageRequested'),
    (event, emit) => reload({ page: Math.max(1, Math.trunc(fields<{ page: number }>(event).page)) })(emit),
    restartable(),
  );
  if (events.search) {
    const { timers, debounceMs } = events.search;
    bloc.on(
      type('searchChanged'),
      (event, emit) => reload({ page: 1, search: fields<{ search: string }>(event).search })(emit),
      debouncedOn(timers, debounceMs),
    );
  }
  const none = events.noFilters;
  if (none) {
    type Filters = Readonly<Record<string, string | null>>;
    const current = () => (bloc.state.query as unknown as { filters: Filters }).filters;
    bloc.on(
      type('filtersChanged'),
      (event, emit) => {
        const changes = fields<{ filters: Partial<Filters> }>(event).filters;
        return reload({ page: 1, filters: changedFilters(current(), changes) })(emit);
      },
      restartable(),
    );
    bloc.on(type('filtersCleared'), (_event, emit) => reload({ page: 1, filters: none })(emit), restartable());
  }
}
