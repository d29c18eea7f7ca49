import type { CreateOrganizationBody, UpdateOrganizationBody } from '../../contract/admin.js';
import type { SessionAuth } from '../../repositories/session-repository.js';

/**
 * What happens on the organizations screen (document 002): it opened, the coordinator asked for a page, typed
 * in the search box (debounced; latest wins), asked to reload, opened one organization, submitted the create
 * or update form, asked to delete one, dismissed the form's outcome, or the session changed (from
 * `session.auth$`: a sign-out or another account drops everything).
 *
 * @example
 * organizations.add({ type: 'organizations/searchChanged', search: 'rogaland' });
 * organizations.add({ type: 'organizations/createSubmitted', draft: { name: 'Acme Corp', slug: 'acme-corp', plan: 'pro' } });
 */
export type OrganizationsEvent =
  | { readonly type: 'organizations/opened' }
  | { readonly type: 'organizations/refreshRequested' }
  | { readonly type: 'organizations/pageRequested'; readonly page: number }
  | { readonly type: 'organizations/searchChanged'; readonly search: string }
  | { readonly type: 'organizations/detailRequested'; readonly id: string }
  | { readonly type: 'organizations/createSubmitted'; readonly draft: Partial<CreateOrganizationBody> }
  | { readonly type: 'organizations/updateSubmitted'; readonly id: string; readonly changes: UpdateOrganizationBody }
  | { readonly type: 'organizations/deleteRequested'; readonly id: string }
  | { readonly type: 'organizations/editDismissed' }
  | { readonly type: 'organizations/authChanged'; readonly auth: SessionAuth };
