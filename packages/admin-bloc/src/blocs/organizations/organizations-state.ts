import * as z from 'zod/mini';
import { Organization } from '../../contract/admin.js';
import { DEFAULT_PAGE_LIMIT } from '../../contract/common.js';
import { editableListState, initialEditableList } from '../record-editing.js';
import { pageOf, pagingShape } from '../shared/paged-state.js';

/**
 * What the organizations list asks for: page, page size and search text (`''`: no search).
 *
 * @example
 * const query: OrganizationsQuery = { page: 1, limit: 20, search: 'rogaland' };
 */
export const OrganizationsQuery = z.object({ ...pagingShape, search: z.string() });
export type OrganizationsQuery = z.infer<typeof OrganizationsQuery>;

/**
 * One page of organizations with the query it answers. The page carries its own query, so a view (and a test)
 * can tell the answer to the current query from the previous answer still shown while the next one loads.
 *
 * @example
 * state.results?.query.search === state.query.search;
 */
export const OrganizationsPage = pageOf(OrganizationsQuery, Organization);
export type OrganizationsPage = z.infer<typeof OrganizationsPage>;

/**
 * The organizations screen (document 002): the list (`status`, `query`, `results`, `failure`), one
 * organization's detail, the create/update form (`edit`) and deletes (`removal`). A 403 is a failure with
 * `forbidden`, a 401 one with `signedOut`.
 *
 * @example
 * const state: OrganizationsState = initialOrganizationsState;
 */
export const OrganizationsState = editableListState(
  OrganizationsQuery,
  OrganizationsPage,
  'organization',
  Organization,
);
export type OrganizationsState = z.infer<typeof OrganizationsState>;

/**
 * Nothing loaded yet: page 1 of 20, no search.
 *
 * @example
 * new OrganizationsBloc({ client }).state; // initialOrganizationsState
 */
export const initialOrganizationsState: Extract<OrganizationsState, { failure: null }> = initialEditableList(
  { page: 1, limit: DEFAULT_PAGE_LIMIT, search: '' },
  'organization',
);
