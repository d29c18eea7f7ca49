import { CreateContactBody, UpdateContactBody } from '../../contract/contacts.js';
import { emitUpdate } from '../../core/emit-update.js';
import { droppable, sequential } from '../../core/transformers.js';
import { contactsSource } from '../../repositories/list-sources.js';
import { initialEditState, removeRecord, submitEdit } from '../record-editing.js';
import { perRecord } from '../shared/per-record.js';
import { orgIdOf, ScopedSearchListBloc, type ScopedSearchListOptions } from '../shared/scoped-search-list.js';
import type { ContactsEvent } from './contacts-event.js';
import { type ContactRow, type ContactsState, initialContactsState } from './contacts-state.js';

/**
 * What the contacts bloc needs.
 *
 * @example
 * const options: ContactsBlocOptions = { client, scope, timers: systemTimers, searchDebounceMs: 300 };
 */
export interface ContactsBlocOptions extends ScopedSearchListOptions {
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
export class ContactsBloc extends ScopedSearchListBloc<ContactsEvent, ContactsState, ContactRow> {
  constructor(options: ContactsBlocOptions) {
    const { client } = options;
    const query = { ...initialContactsState.query, search: options.search ?? '' };
    super({ ...initialContactsState, query }, options, {
      name: 'ContactsBloc',
      prefix: 'contacts',
      source: contactsSource(client),
      detailKey: 'contact',
      detail: (id, signal) => client.contacts.get(id, { signal }),
    });

    this.on(
      'contacts/createSubmitted',
      async (event, emit) => {
        const scope = this.scope;
        const sent = await submitEdit(this, emit, this.guard, {
          intent: 'create',
          savedId: null,
          schema: CreateContactBody,
          input: { ...(scope === null ? {} : { org_id: orgIdOf(scope) }), ...event.draft },
          conflicts: CONFLICTS,
          send: (body, signal) => client.contacts.create(body, { signal }),
        });
        if (sent === null) return;
        const edit = { ...initialEditState, status: 'success', intent: 'create', savedId: sent.saved.id } as const;
        emit({ ...this.state, edit });
        // The new contact has its place in the server's order: read the page again rather than guess it.
        await this.load(emit, this.state.query);
      },
      droppable(),
    );

    this.on(
      'contacts/updateSubmitted',
      async (event, emit) => {
        const sent = await submitEdit(this, emit, this.guard, {
          intent: 'update',
          savedId: event.id,
          schema: UpdateContactBody,
          input: event.changes,
          conflicts: CONFLICTS,
          send: (body, signal) => client.contacts.update(event.id, body, { signal }),
        });
        if (sent === null) return;
        const updated = sent.saved;
        emitUpdate(emit, (draft) => {
          draft.edit = { ...initialEditState, status: 'success', intent: 'update', savedId: event.id };
          if (draft.detail.id === updated.id && draft.detail.contact) {
            draft.detail.contact = { ...draft.detail.contact, ...updated };
          }
        });
        // A changed name or org can move the contact in or out of the page or the search: read it again.
        await this.load(emit, this.state.query);
      },
      // A second update of one contact waits for the first's answer; the last one wins on the server.
      perRecord((event) => event.id),
    );

    this.on(
      'contacts/deleteRequested',
      async (event, emit) => {
        const remove = (signal: AbortSignal) => client.contacts.remove(event.id, { signal });
        if (await removeRecord(this, emit, this.guard, event.id, remove, initialContactsState.detail)) {
          await this.load(emit, this.state.query);
        }
      },
      sequential(),
    );

    this.on('contacts/editDismissed', (_event, emit) => emit({ ...this.state, edit: initialEditState }), sequential());
  }
}
