import type { Emitter } from '../../core/emitter.js';
import type { Paging } from '../../repositories/paged-source.js';
import { type Failure, isAbort, toFailure } from './failure.js';
import type { PagedQuery } from './paged-query.js';
import type { ScopeGuard } from './scope-guard.js';
import type { Status } from './status.js';

/**
 * The part of a list bloc's state `loadPagedList` writes: where the load stands, the query asked last, the
 * page that answers it and the failure, if any.
 *
 * @example
 * const state: PagedListState<ContactsQuery, ContactsPage> = { status: 'initial', query, results: null, failure: null };
 */
export interface PagedListState<Query, Results> {
  readonly status: Status;
  readonly query: Query;
  readonly results: Results | null;
  readonly failure: Failure | null;
}

/**
 * How `loadPagedList` fills a list state.
 *
 * @example
 * const options: PagedListLoad<ContactsQuery, ContactListRow, ContactsPage, ContactsState> = { results: (query, items, total) => ({ query, items, total }) };
 */
export interface PagedListLoad<Query, Item, Results, State> {
  /** The `results` value of a page. */
  results(query: Query, items: readonly Item[], total: number): Results;
  /** Fields set with the loading state, e.g. a new scope's empty page and detail. */
  fresh?: Partial<State>;
  /** Other fields cleared with the loading state (e.g. `invalidFilters`). */
  loading?: Partial<State>;
}

/**
 * The one load of every paged list bloc: a loading state with the query (and `fresh` fields), the page through
 * the bloc's `PagedQuery` (latest wins, past-the-end correction, failures as data, aborts as nothing), then a
 * success with the page or a failure. A corrected page shows as a loading state of the corrected query first.
 *
 * @example
 * this.on('contacts/pageRequested', (event, emit) =>
 *   loadPagedList(this, emit, this.pages, { ...this.state.query, page: event.page }, { results }), restartable());
 */
export async function loadPagedList<Query extends Paging, Item, Results, State extends PagedListState<Query, Results>>(
  bloc: { readonly state: State },
  emit: Emitter<State>,
  pages: PagedQuery<Query, Item>,
  query: Query,
  options: PagedListLoad<Query, Item, Results, State>,
): Promise<void> {
  emit({ ...bloc.state, ...options.fresh, ...options.loading, status: 'loading', query, failure: null });
  const outcome = await pages.load(query, emit.signal, (corrected) =>
    emit({ ...bloc.state, status: 'loading', query: corrected }),
  );
  if (outcome.kind === 'superseded') return;
  if (outcome.kind === 'failure') {
    emit({ ...bloc.state, status: 'failure', failure: outcome.failure });
    return;
  }
  emit({
    ...bloc.state,
    status: 'success',
    query: outcome.query,
    failure: null,
    results: options.results(outcome.query, outcome.items, outcome.total),
  });
}

/**
 * Loads one record's detail beside a list, under the guard (a new scope or session aborts it): `loading` with
 * the record still shown while the same one reloads, then the record or the failure. `key` names the record's
 * field of the detail (`contact`, `organization`).
 *
 * @example
 * await loadDetail(this, emit, this.guard, 'organization', id, (signal) => client.organizations.get(id, { signal }).then((answer) => answer.data));
 */
export async function loadDetail<State extends { readonly detail: { readonly id: string | null } }, Detail>(
  bloc: { readonly state: State },
  emit: Emitter<State>,
  guard: ScopeGuard,
  key: string,
  id: string,
  fetch: (signal: AbortSignal) => Promise<Detail>,
): Promise<void> {
  const current = bloc.state.detail as unknown as Record<string, unknown>;
  const keep = current.id === id ? (current[key] ?? null) : null;
  emit({ ...bloc.state, detail: { status: 'loading', id, [key]: keep, failure: null } });
  try {
    const record = await guard.read(emit.signal, fetch);
    emit({ ...bloc.state, detail: { status: 'success', id, [key]: record, failure: null } });
  } catch (error) {
    if (isAbort(error)) return;
    emit({ ...bloc.state, detail: { ...bloc.state.detail, status: 'failure', failure: toFailure(error) } });
  }
}

/**
 * A list's initial state with the page size its options ask for (the state's own when they ask for none).
 *
 * @example
 * const initial = withPageSize(initialAuditLogState, options.pageSize);
 */
export function withPageSize<State extends { readonly query: { readonly limit: number } }>(
  state: State,
  pageSize: number | undefined,
): State {
  return { ...state, query: { ...state.query, limit: pageSize ?? state.query.limit } };
}
