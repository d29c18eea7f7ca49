import { DataUserRole, DataUserStatus, type UserListEvent, type UserListState, UserSort } from 'admin-bloc';
import type { UrlCodec } from '../../app/use-url-codec.js';
import { clampSearch } from '../../components/ui/search-limit.js';

/** What the user list's URL holds: filters, search, page, sort and page size, so a link reproduces the list. */
export interface UsersUrlState {
  readonly role: DataUserRole | null;
  readonly status: DataUserStatus | null;
  readonly q: string;
  readonly page: number;
  readonly sort: UserSort | null;
  /** Rows per page, one of {@link PAGE_SIZES}. */
  readonly size: number;
}

/** The page sizes a coordinator can choose (the contract allows up to 100). */
export const PAGE_SIZES: readonly number[] = [20, 50, 100];

export const DEFAULT_USERS_URL: UsersUrlState = { role: null, status: null, q: '', page: 1, sort: null, size: 20 };

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
  const size = Number(params.get('size') ?? DEFAULT_USERS_URL.size);
  return {
    role: role.success ? role.data : null,
    status: status.success ? status.data : null,
    q: clampSearch(params.get('q') ?? ''),
    page: Number.isSafeInteger(page) && page >= 1 ? page : 1,
    sort: sort.success ? sort.data : null,
    size: PAGE_SIZES.includes(size) ? size : DEFAULT_USERS_URL.size,
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
  if (state.size !== DEFAULT_USERS_URL.size) params.set('size', String(state.size));
  const query = params.toString();
  return query === '' ? '/users' : `/users?${query}`;
}

const sameSort = (a: UserSort | null, b: UserSort | null) =>
  a === b || (a !== null && b !== null && a.field === b.field && a.direction === b.direction);

/**
 * The user list's URL codec. Filters go first (they reset the page), then the search (debounced by the bloc:
 * the URL waits for it to apply), then sort and page. A search in the link is handed over before the remembered
 * filters are read, so the first list request is already the searched one. A plain `/users` opened as the first
 * URL takes the role and status the server remembered for this admin.
 *
 * @example
 * const url = useUrlCodec(bloc, state, usersCodec);
 */
export const usersCodec: UrlCodec<UserListState, UsersUrlState, UserListEvent> = {
  parse: parseUsersUrl,
  href: usersHref,
  shown(state) {
    if (!state.filtersRestored || state.scopeKey === null || state.status === 'loading') return null;
    if (state.searchInput.trim() !== state.filters.search) return null;
    const { role, status } = state.filters;
    return { role, status, q: state.searchInput, page: state.page, sort: state.sort, size: state.limit };
  },
  step(asked, state, first) {
    if (asked.q !== state.searchInput) return { event: { type: 'userList/searchChanged', search: asked.q } };
    if (!state.filtersRestored || state.scopeKey === null) return 'waiting';
    const keepRemembered = first && asked.role === null && asked.status === null;
    const role = keepRemembered ? state.filters.role : asked.role;
    const status = keepRemembered ? state.filters.status : asked.status;
    if (role !== state.filters.role || status !== state.filters.status)
      return { event: { type: 'userList/filtersChanged', role, status } };
    if (asked.q.trim() !== state.filters.search) return 'waiting';
    if (!sameSort(asked.sort, state.sort)) return { event: { type: 'userList/sortChanged', sort: asked.sort } };
    // A new page size starts at the first page, so it goes before the page.
    if (asked.size !== state.limit) return { event: { type: 'userList/limitChanged', limit: asked.size } };
    if (asked.page !== state.page) return { event: { type: 'userList/pageChanged', page: asked.page } };
    return 'shown';
  },
};
