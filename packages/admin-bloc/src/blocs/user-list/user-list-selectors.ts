import type { DataUser } from '../../contract/data.js';
import type { SessionRole } from '../../repositories/session-repository.js';
import { pageCount } from '../shared/list-selectors.js';
import type { UserListState } from './user-list-state.js';

const collator = new Intl.Collator('nb', { sensitivity: 'base' });
const sorted = new WeakMap<readonly DataUser[], { sort: UserListState['sort']; result: readonly DataUser[] }>();

/**
 * The users of the page in the chosen order. The contract has no sort parameter, so the order applies within
 * the page the server sent (ordered by name). Same array for the same input, so views can compare by identity.
 *
 * @example
 * selectVisibleUsers({ ...state, sort: { field: 'role', direction: 'asc' } });
 */
export function selectVisibleUsers(state: UserListState): readonly DataUser[] {
  const { sort, users } = state;
  if (sort === null) return users;
  const cached = sorted.get(users);
  if (cached?.sort === sort) return cached.result;
  const factor = sort.direction === 'asc' ? 1 : -1;
  const result = [...users].sort(
    (a, b) => factor * collator.compare(a[sort.field], b[sort.field]) || collator.compare(a.full_name, b.full_name),
  );
  sorted.set(users, { sort, result });
  return result;
}

/**
 * How many pages the current total makes (at least 1).
 *
 * @example
 * selectPageCount({ ...state, total: 184, limit: 20 }); // 10
 */
export function selectPageCount(state: Pick<UserListState, 'total' | 'limit'>): number {
  return pageCount(state.total, state.limit);
}

/**
 * A key of the scope and the applied filters: an "all matching" selection belongs to exactly one.
 *
 * @example
 * selectFilterKey(state); // 'org_kNr8aQ>*|mentor|active|haugen'
 */
export function selectFilterKey(state: Pick<UserListState, 'scopeKey' | 'filters'>): string {
  const { role, status, search } = state.filters;
  return `${state.scopeKey ?? ''}|${role ?? ''}|${status ?? ''}|${search}`;
}

/**
 * Whether a user is selected: by id, or by matching the filter of an "all matching" selection.
 *
 * @example
 * selectIsUserSelected(state, 'usr_hA3mXp');
 */
export function selectIsUserSelected(state: UserListState, userId: string): boolean {
  const { selection } = state;
  if (selection.kind === 'ids') return selection.ids.includes(userId);
  return selection.filterKey === selectFilterKey(state) && !selection.excluded.includes(userId);
}

/**
 * How many users a bulk action would touch.
 *
 * @example
 * selectSelectedCount(state); // 184 with "all matching" over Rogaland Nord
 */
export function selectSelectedCount(state: UserListState): number {
  const { selection } = state;
  if (selection.kind === 'ids') return selection.ids.length;
  return selection.filterKey === selectFilterKey(state) ? Math.max(0, state.total - selection.excluded.length) : 0;
}

/**
 * Whether deleting users is offered: only super-admins may hard-delete (document 000).
 *
 * @example
 * selectCanDeleteUsers(userList.state, session.state.role);
 */
export function selectCanDeleteUsers(state: UserListState, role: SessionRole | null): boolean {
  return role === 'super_admin' && state.scopeKey !== null;
}

/**
 * Deletes still inside their undo window, soonest first, for an "Undo" toast.
 *
 * @example
 * selectUndoableDeletes(state)[0]?.user.full_name;
 */
export function selectUndoableDeletes(state: UserListState) {
  return Object.values(state.pending)
    .filter((change) => change.kind === 'delete' && !change.sent)
    .sort((a, b) => (a.kind === 'delete' && b.kind === 'delete' ? a.confirmAt - b.confirmAt : 0));
}

/**
 * Whether any filter is set (for a "clear filters" button).
 *
 * @example
 * selectHasActiveFilters(state);
 */
export function selectHasActiveFilters(state: UserListState): boolean {
  const { role, status, search } = state.filters;
  return role !== null || status !== null || search !== '' || state.searchInput !== '';
}
