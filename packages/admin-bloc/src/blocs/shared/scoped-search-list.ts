import type { AdminClient } from '../../api/create-admin-client.js';
import { Bloc } from '../../core/bloc.js';
import type { Emitter } from '../../core/emitter.js';
import { restartable } from '../../core/transformers.js';
import type { OrgScope, OrgScopeRepository } from '../../repositories/org-scope-repository.js';
import type { PagedSource } from '../../repositories/paged-source.js';
import { followStream } from './follow.js';
import type { ScopeChangedEvent, SearchListEvent } from './list-events.js';
import { loadDetail, loadPagedList, type PagedListState, withPageSize } from './paged-list.js';
import { PagedQuery } from './paged-query.js';
import type { ScopedSearchQuery } from './paged-state.js';
import { onQueryEvents } from './query-events.js';
import { ScopeGuard } from './scope-guard.js';
import type { Status } from './status.js';
import { systemTimers, type Timers } from './timers.js';

/**
 * The one org id document 003 takes for a scope: the selected node, or the root when the whole tree is
 * selected. The server answers for that org and its descendants, which is exactly the scope's `orgIds`.
 *
 * @example
 * orgIdOf({ rootOrgId: 'org_kNr8aQ', selectedOrgId: null, orgIds, key }); // 'org_kNr8aQ'
 */
export const orgIdOf = (scope: OrgScope): string => scope.selectedOrgId ?? scope.rootOrgId;

/**
 * What a list of document 003's bloc needs (`ContactsBlocOptions`, `PeerMentorsBlocOptions`).
 *
 * @example
 * const options: ScopedSearchListOptions = { client, scope, timers: systemTimers, searchDebounceMs: 300 };
 */
export interface ScopedSearchListOptions {
  client: AdminClient;
  /** The org scope to follow: a new scope restarts the load and aborts the old scope's requests. */
  scope: OrgScopeRepository;
  /** Clock and timers of the search debounce (tests step them by hand). */
  timers?: Timers;
  /** How long typing must pause before the search runs. Default 300 ms. */
  searchDebounceMs?: number;
  /** Rows per page. Default 20. */
  pageSize?: number;
}

/**
 * What tells one list of document 003 from the other: its bloc's name, the prefix of its events, the list
 * source, the detail's field and request.
 *
 * @example
 * const parts: ScopedSearchListParts<ContactListRow> = { name: 'ContactsBloc', prefix: 'contacts', source: contactsSource(client), detailKey: 'contact', detail: (id, signal) => client.contacts.get(id, { signal }) };
 */
export interface ScopedSearchListParts<Row> {
  name: string;
  prefix: string;
  source: PagedSource<{ orgId: string; search: string; page: number; limit: number }, Row>;
  /** The detail field that holds the record (`contact`, `peerMentor`). */
  detailKey: string;
  detail(id: string, signal: AbortSignal): Promise<unknown>;
}

/**
 * A list of document 003 (contacts, peer mentors) that follows the org scope, with a debounced search and one
 * record's detail. It owns what the two lists share, events included (`<prefix>/scopeChanged`,
 * `refreshRequested`, `pageRequested`, `searchChanged`, `detailRequested`): the scope switch (the old scope's
 * list and detail go at once, its requests are aborted through the guard), paged loads through one `PagedQuery`
 * (latest wins across scope, search, page and reload) and the detail load. The blocs add their own events.
 *
 * @example
 * class ContactsBloc extends ScopedSearchListBloc<ContactsEvent, ContactsState, ContactRow> {}
 */
export abstract class ScopedSearchListBloc<
  Event extends { readonly type: string },
  State extends PagedListState<ScopedSearchQuery, { query: ScopedSearchQuery; items: Row[]; total: number }> & {
    readonly detail: { readonly status: Status; readonly id: string | null };
  },
  Row,
> extends Bloc<Event, State> {
  /** Ends with the scope (or sign-out): nothing of the old scope still lands. */
  protected readonly guard = new ScopeGuard();
  protected readonly pages: PagedQuery<ScopedSearchQuery, Row>;
  protected scope: OrgScope | null = null;

  protected readonly initial: State;

  constructor(initialState: State, options: ScopedSearchListOptions, parts: ScopedSearchListParts<Row>) {
    const initial = withPageSize(initialState, options.pageSize);
    super(initial, { name: parts.name });
    this.initial = initial;
    const { source, prefix } = parts;
    this.pages = new PagedQuery(
      { list: (query, signal) => source.list({ ...query, orgId: query.orgId ?? '' }, signal) },
      this.guard,
    );
    // The event types are the subclass's (`contacts/pageRequested`); their fields are the shared events' own.
    const type = (name: string) => `${prefix}/${name}` as Event['type'];
    const fields = <Shared>(event: Event) => event as unknown as Shared;
    type Search = SearchListEvent<string>;
    this.on(
      type('scopeChanged'),
      (event, emit) => this.changeScope(emit, fields<ScopeChangedEvent<string>>(event).scope),
      restartable(),
    );
    onQueryEvents(this, prefix, (emit, query) => this.load(emit, query), {
      reload: ['refreshRequested'],
      search: { timers: options.timers ?? systemTimers, debounceMs: options.searchDebounceMs ?? 300 },
    });
    this.on(
      type('detailRequested'),
      (event, emit) => {
        const { id } = fields<Extract<Search, { id: string }>>(event);
        return loadDetail(this, emit, this.guard, parts.detailKey, id, (signal) => parts.detail(id, signal));
      },
      restartable(),
    );
    followStream(this, options.scope.scope$, (scope) => fields<Event>({ type: type('scopeChanged'), scope } as never));
  }

  /** List requests in flight now. */
  get inFlight(): number {
    return this.pages.inFlight;
  }

  /**
   * Loads `query`'s page. Before a scope is known it only keeps what was asked (a search typed early) and
   * loads it when the scope arrives. `fresh`: a new scope, whose first state shows nothing of the old one.
   */
  protected async load(emit: Emitter<State>, query: ScopedSearchQuery, fresh = false): Promise<void> {
    if (query.orgId === null) {
      this.pages.cancel();
      emit({ ...this.state, query });
      return;
    }
    await loadPagedList(this, emit, this.pages, query, {
      results: (answered, items, total) => ({ query: answered, items: [...items], total }),
      ...(fresh ? { fresh: { results: null, detail: this.initial.detail } as Partial<State> } : {}),
    });
  }

  /** A new scope (or none: signed out): the old scope's work ends, its data goes, the new scope loads. */
  private async changeScope(emit: Emitter<State>, scope: OrgScope | null): Promise<void> {
    this.scope = scope;
    // A sign-out ends the session's writes too; a new scope only the old scope's reads.
    if (scope === null) this.guard.end();
    else this.guard.scopeChanged();
    if (scope === null) {
      this.pages.cancel();
      emit(this.initial);
      return;
    }
    await this.load(emit, { ...this.state.query, scopeKey: scope.key, orgId: orgIdOf(scope), page: 1 }, true);
  }
}
