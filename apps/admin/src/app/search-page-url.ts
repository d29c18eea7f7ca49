import { clampSearch } from '../components/ui/search-limit.js';

/** The URL of a searchable, paged list: its search text and page (`?q=rogaland&page=2`). */
export interface SearchPageUrl {
  readonly q: string;
  readonly page: number;
}

/**
 * Reads `q` and `page`; a page that is not a whole number from 1 up is page 1, and the search is cut to the search
 * limit, so a hand-edited link still shows a list.
 *
 * @example
 * parseSearchPage(new URLSearchParams('q=ane&page=x')); // { q: 'ane', page: 1 }
 */
export function parseSearchPage(params: URLSearchParams): SearchPageUrl {
  const page = Number(params.get('page') ?? '1');
  return {
    q: clampSearch(params.get('q') ?? '').trim(),
    page: Number.isSafeInteger(page) && page >= 1 ? page : 1,
  };
}

/**
 * The canonical link of a searchable list's view (an empty search and page 1 left out).
 *
 * @example
 * searchPageHref('/contacts', { q: 'ane', page: 2 }); // '/contacts?q=ane&page=2'
 */
export function searchPageHref(path: string, { q, page }: SearchPageUrl): string {
  const params = new URLSearchParams();
  if (q !== '') params.set('q', q);
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query === '' ? path : `${path}?${query}`;
}
