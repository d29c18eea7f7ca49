import { useLocation } from './router.js';

/**
 * Screens whose records have a URL of their own under the list's path (`/contacts/:id`, `/users/:id`): the detail
 * is part of its list's screen, so the list (and its filters, kept in the query) stays behind it.
 */
export const DETAIL_SCREENS: readonly string[] = ['/contacts', '/users'];

/** Characters no record id of ours has, that would read as a path, a query or a fragment in a request URL. */
const NOT_AN_ID = /[/\\?#\s]/;

/**
 * The list path a detail path belongs to and the record's id, or `null` for any other path.
 *
 * @example
 * detailOf('/contacts/usr_01J3K8X'); // { list: '/contacts', id: 'usr_01J3K8X' }
 */
export function detailOf(pathname: string): { list: string; id: string } | null {
  for (const list of DETAIL_SCREENS) {
    if (!pathname.startsWith(`${list}/`)) continue;
    const rest = pathname.slice(list.length + 1).replace(/\/+$/, '');
    if (rest === '' || rest.includes('/')) return null;
    let id: string;
    try {
      id = decodeURIComponent(rest);
    } catch {
      // A malformed escape is no id of ours: the path is not found.
      return null;
    }
    // Ids are opaque, but one that would change the request's path or query (`../x`, `?id=1`) is not sent.
    return NOT_AN_ID.test(id) || id === '.' || id === '..' ? null : { list, id };
  }
  return null;
}

/**
 * The URL of one record's detail: the list's query (its filters, page and the org scope) comes along, so the
 * list behind the detail, a reload and a shared link all show the same list, and the way back returns to it.
 *
 * @example
 * detailHref('/users', 'usr_hA3mXp', '?role=mentor&page=2'); // '/users/usr_hA3mXp?role=mentor&page=2'
 */
export function detailHref(list: string, id: string, search: URLSearchParams | string): string {
  const query = new URLSearchParams(search).toString();
  return `${list}/${encodeURIComponent(id)}${query === '' ? '' : `?${query}`}`;
}

/**
 * The list's URL with the query of the detail shown now.
 *
 * @example
 * listHref('/users', '?role=mentor'); // '/users?role=mentor'
 */
export function listHref(list: string, search: URLSearchParams | string): string {
  const query = new URLSearchParams(search).toString();
  return query === '' ? list : `${list}?${query}`;
}

/**
 * A list's canonical URL as its codec writes it, on the detail path when a detail of that list is shown: the
 * codec knows only its list's query, and rewriting the path would close the detail.
 *
 * @example
 * onDetailPath('/users?role=mentor', '/users/usr_hA3mXp'); // '/users/usr_hA3mXp?role=mentor'
 */
export function onDetailPath(canonical: string, currentPathname: string): string {
  const detail = detailOf(currentPathname);
  const url = new URL(canonical, 'http://app.local');
  if (detail === null || detail.list !== url.pathname) return canonical;
  return `${currentPathname}${url.search}${url.hash}`;
}

/**
 * The id of the record of `list` the URL shows, or `null` when it shows the list itself.
 *
 * @example
 * const contactId = useDetailId('/contacts');
 */
export function useDetailId(list: string): string | null {
  const { pathname } = useLocation();
  const detail = detailOf(pathname);
  return detail?.list === list ? detail.id : null;
}
