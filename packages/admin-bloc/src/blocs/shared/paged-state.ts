import * as z from 'zod/mini';
import { Failure } from './failure.js';
import { Status, withOutcome } from './status.js';

/**
 * The paging fields of every list query: the 1-based page and the rows per page.
 *
 * @example
 * const UsersQuery = z.object({ ...pagingShape, search: z.string() });
 */
export const pagingShape = {
  page: z.number().check(z.int(), z.minimum(1)),
  limit: z.number().check(z.int(), z.minimum(1)),
};

/** An object of one field named `key`: how a builder below names a field the caller chose. */
function field<Key extends string, Value>(key: Key, value: Value): { [Name in Key]: Value } {
  return { [key]: value } as { [Name in Key]: Value };
}

/**
 * One page of rows with the query it answers and how many rows match in all. The page carries its own query,
 * so a view (and a test) tells the answer to the current query from the previous answer still shown while the
 * next one loads. `key` names the rows (`items`, or the logs' `entries`).
 *
 * @example
 * const OrganizationsPage = pageOf(OrganizationsQuery, Organization);
 * const AuditLogPage = pageOf(AuditLogQueryState, AuditLogEntry, 'entries');
 */
export function pageOf<Query extends z.core.$ZodType, Item extends z.core.$ZodType, Key extends string = 'items'>(
  query: Query,
  item: Item,
  key: Key = 'items' as Key,
) {
  return z.object({
    query,
    ...field(key, z.array(item)),
    total: z.number().check(z.int(), z.minimum(0)),
  });
}

/**
 * The state of a paged list: where the load stands (`status`; `failure` exactly when it failed), the query
 * asked last, the page that answers it (`null` before the first, or on a new scope) and the bloc's other
 * fields (`extra`: a detail, a form, the filters the contract refused).
 *
 * @example
 * const OrganizationsState = pagedListState(OrganizationsQuery, OrganizationsPage, { edit: EditState });
 */
export function pagedListState<
  Query extends z.core.$ZodType,
  Page extends z.core.$ZodType,
  Extra extends Record<string, z.core.$ZodType>,
>(query: Query, page: Page, extra: Extra) {
  return withOutcome({ query, results: z.nullable(page), ...extra });
}

/**
 * A list state before anything loaded: `initial`, the query to start with, no page, no failure.
 *
 * @example
 * const initialAuditLogState = initialPagedList(query, { invalidFilters: {} });
 */
export function initialPagedList<Query, Extra extends object>(query: Query, extra: Extra) {
  return { status: 'initial' as const, query, results: null, failure: null, ...extra };
}

/**
 * One record's detail beside a list: where its load stands, which record, the record (`key` names it:
 * `contact`, `organization`) and the failure.
 *
 * @example
 * const detail = detailOf('organization', Organization);
 */
export function detailOf<Key extends string, Record extends z.core.$ZodType>(key: Key, record: Record) {
  return z.object({
    status: Status,
    id: z.nullable(z.string()),
    ...field(key, z.nullable(record)),
    failure: z.nullable(Failure),
  });
}

/**
 * No detail asked for yet.
 *
 * @example
 * initialDetail('contact'); // { status: 'initial', id: null, contact: null, failure: null }
 */
export function initialDetail<Key extends string>(key: Key) {
  return { status: 'initial' as const, id: null, ...field(key, null), failure: null };
}

/**
 * Where the last delete of a list's record stands, and which record it was.
 *
 * @example
 * if (state.removal.status === 'failure') showError(state.removal.failure);
 */
export const RemovalState = z.object({ status: Status, id: z.nullable(z.string()), failure: z.nullable(Failure) });
export type RemovalState = z.infer<typeof RemovalState>;

/**
 * No delete asked for yet.
 *
 * @example
 * emit({ ...state, removal: initialRemovalState });
 */
export const initialRemovalState: RemovalState = { status: 'initial', id: null, failure: null };

/**
 * The query of a list of document 003 that follows the org scope: the scope (`scopeKey`), the one org id the
 * endpoint takes (`orgId`: the selected node, or the root for the whole tree; the server includes the node's
 * descendants), page, page size and search text (`''`: the plain list).
 *
 * @example
 * const query: ScopedSearchQuery = { scopeKey: 'org_kNr8aQ>org_tY2zLm', orgId: 'org_tY2zLm', page: 1, limit: 20, search: '' };
 */
export const ScopedSearchQuery = z.object({
  scopeKey: z.nullable(z.string()),
  orgId: z.nullable(z.string()),
  ...pagingShape,
  search: z.string(),
});
export type ScopedSearchQuery = z.infer<typeof ScopedSearchQuery>;
