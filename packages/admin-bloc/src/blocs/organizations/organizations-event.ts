import type { CreateOrganizationBody, UpdateOrganizationBody } from '../../contract/admin.js';
import type { AuthChangedEvent, RecordEditEvent, SearchListEvent } from '../shared/list-events.js';

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
  | SearchListEvent<'organizations'>
  | RecordEditEvent<'organizations', CreateOrganizationBody, UpdateOrganizationBody>
  | AuthChangedEvent<'organizations'>;
