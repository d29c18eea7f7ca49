import type { CreateContactBody, UpdateContactBody } from '../../contract/contacts.js';
import type { OrgScope } from '../../repositories/org-scope-repository.js';

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
  | { readonly type: 'contacts/scopeChanged'; readonly scope: OrgScope | null }
  | { readonly type: 'contacts/refreshRequested' }
  | { readonly type: 'contacts/pageRequested'; readonly page: number }
  | { readonly type: 'contacts/searchChanged'; readonly search: string }
  | { readonly type: 'contacts/detailRequested'; readonly id: string }
  | { readonly type: 'contacts/createSubmitted'; readonly draft: Partial<CreateContactBody> }
  | { readonly type: 'contacts/updateSubmitted'; readonly id: string; readonly changes: UpdateContactBody }
  | { readonly type: 'contacts/deleteRequested'; readonly id: string }
  | { readonly type: 'contacts/editDismissed' };
