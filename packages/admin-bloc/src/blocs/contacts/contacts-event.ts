import type { CreateContactBody, UpdateContactBody } from '../../contract/contacts.js';
import type { RecordEditEvent, ScopeChangedEvent, SearchListEvent } from '../shared/list-events.js';

/**
 * What happens on the contacts screen (document 003): the org scope changed (from the `OrgScopeRepository`;
 * `null` on sign-out), the coordinator asked to reload, asked for a page, typed in the search box (debounced;
 * latest wins), opened a contact, submitted the create form (`org_id` defaults to the scope's node) or the
 * update form, asked to delete a contact, or dismissed the form's outcome.
 *
 * @example
 * contacts.add({ type: 'contacts/searchChanged', search: 'ane' });
 * contacts.add({ type: 'contacts/createSubmitted', draft: { full_name: 'Lars Haugen', email: 'lars.haugen@org.no', role: 'coordinator' } });
 */
export type ContactsEvent =
  | ScopeChangedEvent<'contacts'>
  | SearchListEvent<'contacts'>
  | RecordEditEvent<'contacts', CreateContactBody, UpdateContactBody>;
