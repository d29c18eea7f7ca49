import { Bloc } from '../../core/bloc.js';
import type { Emitter } from '../../core/emitter.js';
import type { OrgScope } from '../../repositories/org-scope-repository.js';
import type { PagedSource } from '../../repositories/paged-source.js';
import { isAbort, toFailure } from './failure.js';
import { loadPagedList, type PagedListState } from './paged-list.js';
import { PagedQuery } from './paged-query.js';
import { ScopeGuard } from './scope-guard.js';
import type { Status } from './status.js';

/**
 * The query of a list of document 003 that follows the org scope: the scope (`scopeKey`), the one org id the
 * endpoint takes (`orgId`: the selected node, or the root for the whole tree; the server includes the node's
 * descendants), page, page size and search text (`''`: the plain list).
 *
 * @example
 * const query: ScopedSearchQuery = { scopeKey: 'org_kNr8aQ>org_tY2zLm', orgId: 'org_tY2zLm', page: 1, limit: 20, search: '' };
 */
export interface ScopedSearchQuery {
  readonly scopeKey: string | null;
  readonly orgId: string | null;
  readonly page: number;
  readonly limit: number;
  readonly search: string;
}

/**
 * The one org id document 003 takes for a scope: the selected node, or the root when the whole tree is
 * selected. The server answers for that org and its descendants, which is exactly the scope's `orgIds`.
 *
 * @example
 * orgIdOf({ rootOrgId: 'org_kNr8aQ', selectedOrgId: null, orgIds, key }); // 'org_kNr8aQ'
 */
export const orgIdOf = (scope: OrgScope): string => scope.selectedOrgId ?? scope.rootOrgId;

/**
 * A list of document 003 (contacts, peer mentors) that follows the org scope, with a debounced search and one
 * record's detail. It owns what the two lists share: the scope switch (the old scope's list and detail go at
 * once, its requests are aborted through the guard), paged loads through one `PagedQuery` (latest wins across
 * scope, search, page and reload) and the detail load. The blocs name their events and their detail field.
 *
 * @example
 * class ContactsBloc extends ScopedSearchListBloc<ContactsEvent, ContactsState, ContactRow, ContactDetail> {}
 */
export abstract class ScopedSearchListBloc<
  Event extends { readonly type: string },
  State extends PagedListState<ScopedSearchQuery, { query: ScopedSearchQuery; items: Row[]; total: number }> & {
    readonly detail: { readonly status: Status; readonly id: string | null };
  },
  Row,
  Detail,
> extends Bloc<Event, State> {
  /** Ends with the scope (or sign-out): nothing of the old scope still lands. */
  protected readonly guard = new ScopeGuard();
  protected readonly pages: PagedQuery<ScopedSearchQuery, Row>;
  protected scope: OrgScope | null = null;

  constructor(
    protected readonly initial: State,
    name: string,
    source: PagedSource<{ orgId: string; search: string; page: number; limit: number }, Row>,
    /** The detail field that holds the record (`contact`, `peerMentor`). */
    private readonly detailField: string,
  ) {
    super(initial, { name });
    this.pages = new PagedQuery(
      { list: (query, signal) => source.list({ ...query, orgId: query.orgId ?? '' }, signal) },
      this.guard,
    );
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
  protected async changeScope(emit: Emitter<State>, scope: OrgScope | null): Promise<void> {
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

  /** Loads one record's detail (keeping the record on screen while the same one reloads). */
  protected async loadDetail(
    emit: Emitter<State>,
    id: string,
    fetch: (signal: AbortSignal) => Promise<Detail>,
  ): Promise<void> {
    const field = this.detailField;
    const current = this.state.detail as unknown as Record<string, unknown>;
    const keep = current.id === id ? (current[field] ?? null) : null;
    emit({ ...this.state, detail: { status: 'loading', id, [field]: keep, failure: null } });
    try {
      const record = await this.guard.read(emit.signal, fetch);
      emit({ ...this.state, detail: { status: 'success', id, [field]: record, failure: null } });
    } catch (error) {
      if (isAbort(error)) return;
      emit({ ...this.state, detail: { ...this.state.detail, status: 'failure', failure: toFailure(error) } });
    }
  }
}
