import type { AdminClient } from '../../api/create-admin-client.js';
import { CreateContactBody, UpdateContactBody } from '../../contract/contacts.js';
import { readableIssues } from '../../contract/readable-issues.js';
import { emitUpdate } from '../../core/emit-update.js';
import { droppable, restartable, sequential } from '../../core/transformers.js';
import { contactsSource } from '../../repositories/list-sources.js';
import type { OrgScope, OrgScopeRepository } from '../../repositories/org-scope-repository.js';
import { initialEditState, serverFieldErrors, validateFields } from '../record-editing.js';
import { debouncedOn } from '../shared/debounce.js';
import { failureOf, isAbort, toFailure } from '../shared/failure.js';
import { followStream } from '../shared/follow.js';
import { perRecord } from '../shared/per-record.js';
import { orgIdOf, ScopedSearchListBloc } from '../shared/scoped-search-list.js';
import { systemTimers, type Timers } from '../shared/timers.js';
import type { ContactsEvent } from './contacts-event.js';
import { type ContactDetail, type ContactRow, type ContactsState, initialContactsState } from './contacts-state.js';

/**
 * What the contacts bloc needs.
 *
 * @example
 * const options: ContactsBlocOptions = { client, scope, timers: systemTimers, searchDebounceMs: 300 };
 */
export interface ContactsBlocOptions {
  client: AdminClient;
  /** The org scope to follow: a new scope restarts the load and aborts the old scope's requests. */
  scope: OrgScopeRepository;
  /** Clock and timers of the search debounce (tests step them by hand). */
  timers?: Timers;
  /** How long typing must pause before the search runs. Default 300 ms. */
  searchDebounceMs?: number;
  /** Contacts per page. Default 20. */
  pageSize?: number;
  /**
   * The search to start with (a shared link's `?q=`): the first load, when the scope arrives, is already the
   * searched one, instead of the plain list followed by the search once its debounce has passed. Default `''`.
   */
  search?: string;
}

/** A 409 about the e-mail address lands on the email field. */
const CONFLICTS = { email: /email/i };

/**
 * Contacts of the current org scope (document 003): list, debounced latest-wins search, detail, and
 * create/update/delete with per-field errors (checked with the contract's body schema before sending; a
 * server 400 naming `body.<field>` or a 409 on the e-mail address comes back on that field).
 *
 * It follows the `OrgScopeRepository`. Document 003 takes a single `org_id`: the bloc sends the selected node
 * (the root when the whole tree is selected), and the server includes the node's descendants. A new scope drops
 * the old scope's list and detail at once; scope switch, search, page and reload share one latest-wins run, so
 * an older request is aborted at the server and its answer never lands.
 *
 * @example
 * const contacts = new ContactsBloc({ client, scope });
 * contacts.add({ type: 'contacts/searchChanged', search: 'ane' });
 * await contacts.add({ type: 'contacts/updateSubmitted', id: 'usr_01J3K8X', changes: { is_active: false } });
 */
export class ContactsBloc extends ScopedSearchListBloc<ContactsEvent, ContactsState, ContactRow, ContactDetail> {
  constructor(options: ContactsBlocOptions) {
    const limit = options.pageSize ?? initialContactsState.query.limit;
    const initial: ContactsState = {
      ...initialContactsState,
      query: { ...initialContactsState.query, limit, search: options.search ?? '' },
    };
    super(initial, 'ContactsBloc', contactsSource(options.client), 'contact');
    const { client } = options;

    this.on('contacts/scopeChanged', (event, emit) => this.changeScope(emit, event.scope), restartable());
    this.on('contacts/refreshRequested', (_event, emit) => this.load(emit, this.state.query), restartable());
    this.on(
      'contacts/pageRequested',
      (event, emit) => this.load(emit, { ...this.state.query, page: Math.max(1, Math.trunc(event.page)) }),
      restartable(),
    );
    this.on(
      'contacts/searchChanged',
      (event, emit) => this.load(emit, { ...this.state.query, page: 1, search: event.search }),
      debouncedOn(options.timers ?? systemTimers, options.searchDebounceMs ?? 300),
    );
    this.on(
      'contacts/detailRequested',
      (event, emit) => this.loadDetail(emit, event.id, (signal) => client.contacts.get(event.id, { signal })),
      restartable(),
    );

    this.on(
      'contacts/createSubmitted',
      async (event, emit) => {
        const intent = 'create' as const;
        const scope = this.scope;
        const draft = { ...(scope === null ? {} : { org_id: orgIdOf(scope) }), ...event.draft };
        const invalid = validateFields(CreateContactBody, draft);
        if (invalid) {
          const failure = failureOf('VALIDATION');
          emit({
            ...this.state,
            edit: { ...initialEditState, status: 'failure', intent, fieldErrors: invalid, failure },
          });
          return;
        }
        emit({ ...this.state, edit: { ...initialEditState, status: 'loading', intent } });
        try {
          const created = await this.guard.run(emit.signal, (signal) =>
            client.contacts.create(CreateContactBody.parse(draft, readableIssues), { signal }),
          );
          emit({ ...this.state, edit: { ...initialEditState, status: 'success', intent, savedId: created.id } });
        } catch (error) {
          if (isAbort(error)) return;
          const fieldErrors = serverFieldErrors(error, CONFLICTS) ?? {};
          emit({
            ...this.state,
            edit: { ...initialEditState, status: 'failure', intent, fieldErrors, failure: toFailure(error) },
          });
          return;
        }
        // The new contact has its place in the server's order: read the page again rather than guess it.
        await this.load(emit, this.state.query);
      },
      droppable(),
    );

    this.on(
      'contacts/updateSubmitted',
      async (event, emit) => {
        const intent = 'update' as const;
        const savedId = event.id;
        const invalid = validateFields(UpdateContactBody, event.changes);
        if (invalid) {
          const failure = failureOf('VALIDATION');
          emit({
            ...this.state,
            edit: { ...initialEditState, status: 'failure', intent, savedId, fieldErrors: invalid, failure },
          });
          return;
        }
        emit({ ...this.state, edit: { ...initialEditState, status: 'loading', intent, savedId } });
        try {
          const updated = await this.guard.run(emit.signal, (signal) =>
            client.contacts.update(event.id, UpdateContactBody.parse(event.changes, readableIssues), { signal }),
          );
          emitUpdate(emit, (draft) => {
            draft.edit = { ...initialEditState, status: 'success', intent, savedId };
            if (draft.detail.id === updated.id && draft.detail.contact) {
              draft.detail.contact = { ...draft.detail.contact, ...updated };
            }
          });
        } catch (error) {
          if (isAbort(error)) return;
          const fieldErrors = serverFieldErrors(error, CONFLICTS) ?? {};
          emit({
            ...this.state,
            edit: { ...initialEditState, status: 'failure', intent, savedId, fieldErrors, failure: toFailure(error) },
          });
          return;
        }
        // A changed name or org can move the contact in or out of the page or the search: read it again.
        await this.load(emit, this.state.query);
      },
      // A second update of one contact waits for the first's answer; the last one wins on the server.
      perRecord((event) => event.id),
    );

    this.on(
      'contacts/deleteRequested',
      async (event, emit) => {
        emit({ ...this.state, removal: { status: 'loading', id: event.id, failure: null } });
        try {
          await this.guard.run(emit.signal, (signal) => client.contacts.remove(event.id, { signal }));
        } catch (error) {
          if (isAbort(error)) return;
          emit({ ...this.state, removal: { status: 'failure', id: event.id, failure: toFailure(error) } });
          return;
        }
        emitUpdate(emit, (draft) => {
          draft.removal = { status: 'success', id: event.id, failure: null };
          if (draft.detail.id === event.id) draft.detail = initialContactsState.detail;
        });
        await this.load(emit, this.state.query);
      },
      sequential(),
    );

    this.on('contacts/editDismissed', (_event, emit) => emit({ ...this.state, edit: initialEditState }), sequential());

    followStream<ContactsEvent, OrgScope | null>(this, options.scope.scope$, (scope) => ({
      type: 'contacts/scopeChanged',
      scope,
    }));
  }
}
