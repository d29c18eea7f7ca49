import * as z from 'zod/mini';
import { DEFAULT_PAGE_LIMIT } from '../../contract/common.js';
import { DataUser, DataUserRole, DataUserStatus } from '../../contract/data.js';
import { Failure } from '../shared/failure.js';
import { pagingShape } from '../shared/paged-state.js';
import { withOutcome } from '../shared/status.js';

/**
 * The filters a coordinator sets. `role` and `status` are remembered by the server (document 001); `search`
 * is applied after typing pauses. `null`: any.
 *
 * @example
 * const filters: UserFilters = { role: 'mentor', status: 'active', search: 'haugen' };
 */
export const UserFilters = z.object({
  role: z.nullable(DataUserRole),
  status: z.nullable(DataUserStatus),
  search: z.string(),
});
export type UserFilters = z.infer<typeof UserFilters>;

/**
 * Sorting within the shown page. Document 000's user list has no sort parameter (the server orders by name),
 * so sorting is done on the client, within the current page only.
 *
 * @example
 * const sort: UserSort = { field: 'role', direction: 'desc' };
 */
export const UserSort = z.object({
  field: z.enum(['full_name', 'role', 'status']),
  direction: z.enum(['asc', 'desc']),
});
export type UserSort = z.infer<typeof UserSort>;

/**
 * Exactly what a page of users answers: the scope, the filters, the page and the page size. The state's `users`
 * always belong to its `loaded` query, which is how tests (and views) can tell stale data from current.
 *
 * @example
 * const query: UserListQuery = { scopeKey: 'org_kNr8aQ>*', role: null, status: null, search: '', page: 1, limit: 20 };
 */
export const UserListQuery = z.object({
  scopeKey: z.string(),
  role: z.nullable(DataUserRole),
  status: z.nullable(DataUserStatus),
  search: z.string(),
  ...pagingShape,
});
export type UserListQuery = z.infer<typeof UserListQuery>;

/**
 * Which users are selected for a bulk action: some ids, or every user matching the filter (`allMatching`, a
 * predicate over the filter, minus `excluded`), which clears as soon as the filter or scope changes.
 *
 * @example
 * const selection: UserSelection = { kind: 'allMatching', filterKey: 'org_kNr8aQ>*|mentor||', excluded: [] };
 */
export const UserSelection = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ids'), ids: z.readonly(z.array(z.string())) }),
  z.object({ kind: z.literal('allMatching'), filterKey: z.string(), excluded: z.readonly(z.array(z.string())) }),
]);
export type UserSelection = z.infer<typeof UserSelection>;

/**
 * A change made on screen before the server confirmed it: a status change (rolled back if refused) or a
 * delete waiting out its undo window (`confirmAt`) or its answer.
 *
 * @example
 * const pending: PendingUserChange = { kind: 'delete', user, index: 3, query, confirmAt: 1774526405000, sent: false };
 */
export const PendingUserChange = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('status'), user: DataUser, next: DataUserStatus }),
  z.object({
    kind: z.literal('delete'),
    user: DataUser,
    index: z.number().check(z.int(), z.minimum(0)),
    /** The query of the page the row was deleted from: it only goes back into that page. */
    query: z.string(),
    confirmAt: z.number(),
    sent: z.boolean(),
  }),
]);
export type PendingUserChange = z.infer<typeof PendingUserChange>;

/**
 * The last refused change, with the user it was about, for a clear message ("Could not delete Astrid Haugen:
 * …"). The row has been rolled back already.
 *
 * @example
 * const refused: UserChangeFailure = { kind: 'delete', userId: 'usr_hA3mXp', fullName: 'Astrid Haugen', failure };
 */
export const UserChangeFailure = z.object({
  kind: z.enum(['status', 'delete', 'bulkStatus', 'saveFilters']),
  userId: z.nullable(z.string()),
  fullName: z.nullable(z.string()),
  failure: Failure,
});
export type UserChangeFailure = z.infer<typeof UserChangeFailure>;

/**
 * A bulk status change over a selection.
 *
 * @example
 * const bulk: BulkStatusChange = { status: 'running', to: 'inactive', total: 40, done: 12, failedIds: [] };
 */
export const BulkStatusChange = z.object({
  status: z.enum(['running', 'done', 'cancelled']),
  to: DataUserStatus,
  total: z.number().check(z.int(), z.minimum(0)),
  done: z.number().check(z.int(), z.minimum(0)),
  failedIds: z.readonly(z.array(z.string())),
});
export type BulkStatusChange = z.infer<typeof BulkStatusChange>;

/**
 * The user list of the current org scope.
 *
 * @example
 * const state: UserListState = initialUserListState;
 */
export const UserListState = withOutcome({
  scopeKey: z.nullable(z.string()),
  /** The filters in force (search: the applied text). */
  filters: UserFilters,
  /** The search text as typed; it becomes `filters.search` once typing pauses. */
  searchInput: z.string(),
  ...pagingShape,
  sort: z.nullable(UserSort),
  users: z.readonly(z.array(DataUser)),
  total: z.number().check(z.int(), z.minimum(0)),
  /** The query `users` and `total` answer (`null`: nothing loaded for this scope yet). */
  loaded: z.nullable(UserListQuery),
  /** Whether the remembered filters have been read from the server for this session. */
  filtersRestored: z.boolean(),
  pending: z.record(z.string(), PendingUserChange),
  changeFailure: z.nullable(UserChangeFailure),
  selection: UserSelection,
  bulkStatus: z.nullable(BulkStatusChange),
});
export type UserListState = z.infer<typeof UserListState>;

/**
 * No scope yet, default filters, page 1.
 *
 * @example
 * new UserListBloc({ client, scope }).state; // initialUserListState until a scope arrives
 */
export const initialUserListState: Extract<UserListState, { failure: null }> = {
  status: 'initial',
  scopeKey: null,
  filters: { role: null, status: null, search: '' },
  searchInput: '',
  page: 1,
  limit: DEFAULT_PAGE_LIMIT,
  sort: null,
  users: [],
  total: 0,
  loaded: null,
  filtersRestored: false,
  failure: null,
  pending: {},
  changeFailure: null,
  selection: { kind: 'ids', ids: [] },
  bulkStatus: null,
};
