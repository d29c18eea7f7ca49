import { DataUserRole, DataUserStatus, UserSort } from 'admin-bloc';
import { clampSearch } from '../../components/ui/search-limit.js';

/** What the user list's URL holds: filters, search, page and sort, so a link reproduces the list. */
export interface UsersUrlState {
  readonly role: DataUserRole | null;
  readonly status: DataUserStatus | null;
  readonly q: string;
  readonly page: number;
  readonly sort: UserSort | null;
}

export const DEFAULT_USERS_URL: UsersUrlState = { role: null, status: null, q: '', page: 1, sort: null };

/**
 * Reads the list state from URL parameters. Anything unknown or malformed (a hand-edited or old link) falls back
 * to its default instead of failing: `?role=admin&page=-3` is the unfiltered first page.
 *
 * @example
 * parseUsersUrl(new URLSearchParams('role=mentor&page=2&sort=full_name:desc'));
 */
export function parseUsersUrl(params: URLSearchParams): UsersUrlState {
  const role = DataUserRole.safeParse(params.get('role'));
  const status = DataUserStatus.safeParse(params.get('status'));
  const page = Number(params.get('page') ?? '1');
  const [field, direction] = (params.get('sort') ?? '').split(':');
  const sort = UserSort.safeParse({ field, direction: direction ?? 'asc' });
  return {
    role: role.success ? role.data : null,
    status: status.success ? status.data : null,
    q: clampSearch(params.get('q') ?? ''),
    page: Number.isSafeInteger(page) && page >= 1 ? page : 1,
    sort: sort.success ? sort.data : null,
  };
}

/**
 * The canonical URL of a list state: defaults are left out, so the plain list is just `/users`.
 *
 * @example
 * usersHref({ ...DEFAULT_USERS_URL, role: 'mentor' }); // '/users?role=mentor'
 */
export function usersHref(state: UsersUrlState): string {
  const params = new URLSearchParams();
  if (state.role) params.set('role', state.role);
  if (state.status) params.set('status', state.status);
  if (state.q !== '') params.set('q', state.q);
  if (state.page > 1) params.set('page', String(state.page));
  if (state.sort) params.set('sort', `${state.sort.field}:${state.sort.direction}`);
  const query = params.toString();
  return query === '' ? '/users' : `/users?${query}`;
}
