import type { UserListQuery } from './user-list-state.js';

/**
 * A query as a comparable key (`''`: none), as pending deletes keep the query their row left.
 *
 * @example
 * queryKey(state.loaded) === change.query;
 */
export const queryKey = (query: UserListQuery | null) => (query === null ? '' : JSON.stringify(query));

/** Whether a query key (as a pending delete keeps it) has the same scope, filters and page size as `query`. */
export function sameFilter(key: string, query: UserListQuery): boolean {
  if (key === '') return false;
  const other = JSON.parse(key) as UserListQuery;
  return (
    other.scopeKey === query.scopeKey &&
    other.role === query.role &&
    other.status === query.status &&
    other.search === query.search &&
    other.limit === query.limit
  );
}
