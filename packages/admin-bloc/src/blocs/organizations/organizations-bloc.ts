import type { AdminClient } from '../../api/create-admin-client.js';
import { CreateOrganizationBody, type Organization, UpdateOrganizationBody } from '../../contract/admin.js';
import { Bloc } from '../../core/bloc.js';
import type { Emitter } from '../../core/emitter.js';
import { emitUpdate } from '../../core/emit-update.js';
import { droppable, restartable, sequential } from '../../core/transformers.js';
import { organizationsSource } from '../../repositories/list-sources.js';
import { initialEditState, removeRecord, submitEdit } from '../record-editing.js';
import { loadDetail, loadPagedList, withPageSize } from '../shared/paged-list.js';
import { PagedQuery } from '../shared/paged-query.js';
import { onQueryEvents } from '../shared/query-events.js';
import { type AuthSource, ScopeGuard } from '../shared/scope-guard.js';
import { endWithSession } from '../shared/session-end.js';
import { systemTimers, type Timers } from '../shared/timers.js';
import type { OrganizationsEvent } from './organizations-event.js';
import { initialOrganizationsState, type OrganizationsQuery, type OrganizationsState } from './organizations-state.js';

/**
 * What the organizations bloc needs.
 *
 * @example
 * const options: OrganizationsBlocOptions = { client, timers: systemTimers, searchDebounceMs: 300, pageSize: 20 };
 */
export interface OrganizationsBlocOptions {
  client: AdminClient;
  /** Clock and timers of the search debounce (tests step them by hand). */
  timers?: Timers;
  /** How long typing must pause before the search runs. Default 300 ms. */
  searchDebounceMs?: number;
  /** Organizations per page. Default 20. */
  pageSize?: number;
  /** When given, a sign-out or a switch of account drops everything loaded and aborts what is in flight. */
  session?: AuthSource;
}

/** A 409 about the slug lands on the slug field; any other 409 (e.g. "still has members") stays general. */
const CONFLICTS = { slug: /slug/i };

/**
 * Organizations CRUD of document 002, paged and searchable. Every load (open, page, search, reload, the reload
 * after a create or delete) shares one latest-wins run: starting one aborts the request of the one before, so an
 * older answer never lands over a newer query. Forms are validated with the contract's body schema before they
 * are sent; a server 400 naming `body.<field>` or a 409 about the slug comes back on that field.
 *
 * @example
 * const organizations = new OrganizationsBloc({ client });
 * await organizations.add({ type: 'organizations/opened' });
 * organizations.add({ type: 'organizations/searchChanged', search: 'rogaland' });
 * await organizations.add({ type: 'organizations/createSubmitted', draft: { name: 'Acme', slug: 'acme', plan: 'pro' } });
 */
export class OrganizationsBloc extends Bloc<OrganizationsEvent, OrganizationsState> {
  private readonly guard = new ScopeGuard();
  private readonly pages: PagedQuery<OrganizationsQuery, Organization>;

  constructor(options: OrganizationsBlocOptions) {
    const initial = withPageSize(initialOrganizationsState, options.pageSize);
    super(initial, { name: 'OrganizationsBloc' });
    const { client } = options;
    const timers = options.timers ?? systemTimers;
    this.pages = new PagedQuery(organizationsSource(client), this.guard);

    const load = (emit: Emitter<OrganizationsState>, query: OrganizationsQuery): Promise<void> =>
      loadPagedList(this, emit, this.pages, query, {
        results: (answered, items, total) => ({ query: answered, items: [...items], total }),
      });

    onQueryEvents(this, 'organizations', load, {
      reload: ['opened', 'refreshRequested'],
      search: { timers, debounceMs: options.searchDebounceMs ?? 300 },
    });

    this.on(
      'organizations/detailRequested',
      (event, emit) => {
        const fetch = (signal: AbortSignal) => client.organizations.get(event.id, { signal }).then(({ data }) => data);
        return loadDetail(this, emit, this.guard, 'organization', event.id, fetch);
      },
      restartable(),
    );

    this.on(
      'organizations/createSubmitted',
      async (event, emit) => {
        const sent = await submitEdit(this, emit, this.guard, {
          intent: 'create',
          savedId: null,
          schema: CreateOrganizationBody,
          input: event.draft,
          conflicts: CONFLICTS,
          send: (body, signal) => client.organizations.create(body, { signal }),
        });
        if (sent === null) return;
        const edit = { ...initialEditState, status: 'success', intent: 'create', savedId: sent.saved.data.id } as const;
        emit({ ...this.state, edit });
        // The new organization has a place in the server's order: read the page again rather than guess it.
        await load(emit, this.state.query);
      },
      droppable(),
    );

    this.on(
      'organizations/updateSubmitted',
      async (event, emit) => {
        const sent = await submitEdit(this, emit, this.guard, {
          intent: 'update',
          savedId: event.id,
          schema: UpdateOrganizationBody,
          input: event.changes,
          conflicts: CONFLICTS,
          send: (body, signal) => client.organizations.update(event.id, body, { signal }),
        });
        if (sent === null) return;
        const { data } = sent.saved;
        emitUpdate(emit, (draft) => {
          draft.edit = { ...initialEditState, status: 'success', intent: 'update', savedId: data.id };
          if (draft.results)
            draft.results.items = draft.results.items.map((item) => (item.id === data.id ? data : item));
          if (draft.detail.id === data.id)
            draft.detail = { status: 'success', id: data.id, organization: data, failure: null };
        });
      },
      droppable(),
    );

    this.on(
      'organizations/deleteRequested',
      async (event, emit) => {
        const remove = (signal: AbortSignal) => client.organizations.remove(event.id, { signal });
        // The next organization moves up into this page: read it again.
        if (await removeRecord(this, emit, this.guard, event.id, remove, initialOrganizationsState.detail)) {
          await load(emit, this.state.query);
        }
      },
      sequential(),
    );

    this.on(
      'organizations/editDismissed',
      (_event, emit) => emit({ ...this.state, edit: initialEditState }),
      sequential(),
    );

    endWithSession(this, 'organizations', this.guard, options.session, (emit) => {
      this.pages.cancel();
      emit(initial);
    });
  }
}
