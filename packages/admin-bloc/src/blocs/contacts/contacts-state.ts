import * as z from 'zod/mini';
import { DEFAULT_PAGE_LIMIT } from '../../contract/common.js';
import { Contact } from '../../contract/contacts.js';
import { ReadTimestamp } from '../../contract/reading.js';
import { editableListState, initialEditableList } from '../record-editing.js';
import { pageOf, ScopedSearchQuery } from '../shared/paged-state.js';

/**
 * What the contact list asks for: the org scope (`scopeKey`) and the org id document 003 is asked about
 * (`orgId`: the selected node, or the root when the whole tree is selected; the server includes its
 * descendants), page, page size and search text (`''`: the plain list).
 *
 * @example
 * const query: ContactsQuery = { scopeKey: 'org_kNr8aQ>org_tY2zLm', orgId: 'org_tY2zLm', page: 1, limit: 20, search: '' };
 */
export const ContactsQuery = ScopedSearchQuery;
export type ContactsQuery = z.infer<typeof ContactsQuery>;

/**
 * A row of the list: a whole contact (plain list) or a search hit (document 003's search answers only
 * `id`, `full_name` and `email`), so the other fields are there only outside a search.
 *
 * @example
 * const row: ContactRow = { id: 'usr_01J3K8X', full_name: 'Ane Berg', email: 'ane.berg@org.no' };
 */
export const ContactRow = z.extend(z.partial(Contact), { id: z.string(), full_name: z.string(), email: z.string() });
export type ContactRow = z.infer<typeof ContactRow>;

/**
 * One page of rows with the query (scope included) it answers.
 *
 * @example
 * state.results?.query === state.query; // once the current query's page arrived
 */
export const ContactsPage = pageOf(ContactsQuery, ContactRow);
export type ContactsPage = z.infer<typeof ContactsPage>;

/**
 * One contact as its detail shows it (after an update, with `updated_at`).
 *
 * @example
 * state.detail.contact?.full_name;
 */
export const ContactDetail = z.extend(Contact, {
  created_at: ReadTimestamp,
  updated_at: ReadTimestamp,
});
export type ContactDetail = z.infer<typeof ContactDetail>;

/**
 * The contacts screen of the current org scope (document 003): the list (`status`, `query`, `results`,
 * `failure`), one contact's detail, the create/update form (`edit`, with per-field errors) and deletes
 * (`removal`). On a new scope the old scope's list and detail are dropped at once.
 *
 * @example
 * const state: ContactsState = initialContactsState;
 */
export const ContactsState = editableListState(ContactsQuery, ContactsPage, 'contact', ContactDetail);
export type ContactsState = z.infer<typeof ContactsState>;

/**
 * No scope yet, nothing loaded.
 *
 * @example
 * new ContactsBloc({ client, scope }).state; // initialContactsState until a scope arrives
 */
export const initialContactsState: Extract<ContactsState, { failure: null }> = initialEditableList(
  { scopeKey: null, orgId: null, page: 1, limit: DEFAULT_PAGE_LIMIT, search: '' },
  'contact',
);
