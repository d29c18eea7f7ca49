import type { AdminClient } from '../../api/create-admin-client.js';
import { CreateOrganizationBody, type Organization, UpdateOrganizationBody } from '../../contract/admin.js';
import { readableIssues } from '../../contract/readable-issues.js';
import { Bloc } from '../../core/bloc.js';
import type { Emitter } from '../../core/emitter.js';
import { emitUpdate } from '../../core/emit-update.js';
import { droppable, restartable, sequential } from '../../core/transformers.js';
import { organizationsSource } from '../../repositories/list-sources.js';
import type { SessionAuth } from '../../repositories/session-repository.js';
import { initialEditState, serverFieldErrors, validateFields } from '../record-editing.js';
import { type AuthSource, ScopeGuard } from '../shared/scope-guard.js';
import { debouncedOn } from '../shared/debounce.js';
import { failureOf, isAbort, toFailure } from '../shared/failure.js';
import { followStream } from '../shared/follow.js';
import { loadPagedList } from '../shared/paged-list.js';
import { PagedQuery } from '../shared/paged-query.js';
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
    const limit = options.pageSize ?? initialOrganizationsState.query.limit;
    const initial: OrganizationsState = {
      ...initialOrganizationsState,
      query: { ...initialOrganizationsState.query, limit },
    };
    super(initial, { name: 'OrganizationsBloc' });
    const { client } = options;
    const timers = options.timers ?? systemTimers;
    this.pages = new PagedQuery(organizationsSource(client), this.guard);

    const load = (emit: Emitter<OrganizationsState>, query: OrganizationsQuery): Promise<void> =>
      loadPagedList(this, emit, this.pages, query, {
        results: (answered, items, total) => ({ query: answered, items: [...items], total }),
      });

    this.on(
      ['organizations/opened', 'organizations/refreshRequested'],
      (_event, emit) => load(emit, this.state.query),
      restartable(),
    );
    this.on(
      'organizations/pageRequested',
      (event, emit) => load(emit, { ...this.state.query, page: Math.max(1, Math.trunc(event.page)) }),
      restartable(),
    );
    this.on(
      'organizations/searchChanged',
      (event, emit) => load(emit, { ...this.state.query, page: 1, search: event.search }),
      debouncedOn(timers, options.searchDebounceMs ?? 300),
    );

    this.on(
      'organizations/detailRequested',
      async (event, emit) => {
        const keep = this.state.detail.id === event.id ? this.state.detail.organization : null;
        emit({ ...this.state, detail: { status: 'loading', id: event.id, organization: keep, failure: null } });
        try {
          const answer = await this.guard.run(emit.signal, (signal) => client.organizations.get(event.id, { signal }));
          emit({
            ...this.state,
            detail: { status: 'success', id: event.id, organization: answer.data, failure: null },
          });
        } catch (error) {
          if (isAbort(error)) return;
          emit({ ...this.state, detail: { ...this.state.detail, status: 'failure', failure: toFailure(error) } });
        }
      },
      restartable(),
    );

    this.on(
      'organizations/createSubmitted',
      async (event, emit) => {
        const invalid = validateFields(CreateOrganizationBody, event.draft);
        if (invalid) {
          emit({
            ...this.state,
            edit: {
              ...initialEditState,
              status: 'failure',
              intent: 'create',
              fieldErrors: invalid,
              failure: failureOf('VALIDATION'),
            },
          });
          return;
        }
        emit({ ...this.state, edit: { ...initialEditState, status: 'loading', intent: 'create' } });
        try {
          const answer = await this.guard.run(emit.signal, (signal) =>
            client.organizations.create(CreateOrganizationBody.parse(event.draft, readableIssues), { signal }),
          );
          emit({
            ...this.state,
            edit: { ...initialEditState, status: 'success', intent: 'create', savedId: answer.data.id },
          });
        } catch (error) {
          if (isAbort(error)) return;
          emit({
            ...this.state,
            edit: {
              ...initialEditState,
              status: 'failure',
              intent: 'create',
              fieldErrors: serverFieldErrors(error, CONFLICTS) ?? {},
              failure: toFailure(error),
            },
          });
          return;
        }
        // The new organization has a place in the server's order: read the page again rather than guess it.
        await load(emit, this.state.query);
      },
      droppable(),
    );

    this.on(
      'organizations/updateSubmitted',
      async (event, emit) => {
        const intent = 'update' as const;
        const invalid = validateFields(UpdateOrganizationBody, event.changes);
        if (invalid) {
          emit({
            ...this.state,
            edit: {
              ...initialEditState,
              status: 'failure',
              intent,
              savedId: event.id,
              fieldErrors: invalid,
              failure: failureOf('VALIDATION'),
            },
          });
          return;
        }
        emit({ ...this.state, edit: { ...initialEditState, status: 'loading', intent, savedId: event.id } });
        try {
          const { data } = await this.guard.run(emit.signal, (signal) =>
            client.organizations.update(event.id, UpdateOrganizationBody.parse(event.changes, readableIssues), {
              signal,
            }),
          );
          emitUpdate(emit, (draft) => {
            draft.edit = { ...initialEditState, status: 'success', intent, savedId: data.id };
            if (draft.results)
              draft.results.items = draft.results.items.map((item) => (item.id === data.id ? data : item));
            if (draft.detail.id === data.id)
              draft.detail = { status: 'success', id: data.id, organization: data, failure: null };
          });
        } catch (error) {
          if (isAbort(error)) return;
          emit({
            ...this.state,
            edit: {
              ...initialEditState,
              status: 'failure',
              intent,
              savedId: event.id,
              fieldErrors: serverFieldErrors(error, CONFLICTS) ?? {},
              failure: toFailure(error),
            },
          });
        }
      },
      droppable(),
    );

    this.on(
      'organizations/deleteRequested',
      async (event, emit) => {
        emit({ ...this.state, removal: { status: 'loading', id: event.id, failure: null } });
        try {
          await this.guard.run(emit.signal, (signal) => client.organizations.remove(event.id, { signal }));
        } catch (error) {
          if (isAbort(error)) return;
          emit({ ...this.state, removal: { status: 'failure', id: event.id, failure: toFailure(error) } });
          return;
        }
        emitUpdate(emit, (draft) => {
          draft.removal = { status: 'success', id: event.id, failure: null };
          if (draft.detail.id === event.id) draft.detail = initialOrganizationsState.detail;
        });
        // The next organization moves up into this page: read it again.
        await load(emit, this.state.query);
      },
      sequential(),
    );

    this.on(
      'organizations/editDismissed',
      (_event, emit) => emit({ ...this.state, edit: initialEditState }),
      sequential(),
    );

    this.on(
      'organizations/authChanged',
      (event, emit) => {
        if (!this.guard.ends(event.auth)) return;
        // Another account, or none: nothing of the old one may stay or still arrive.
        this.guard.end();
        this.pages.cancel();
        emit(initial);
      },
      sequential(),
    );
    if (options.session) {
      followStream<OrganizationsEvent, SessionAuth>(this, options.session.auth$, (auth) => ({
        type: 'organizations/authChanged',
        auth,
      }));
    }
  }
}
