import type { Failure } from './failure.js';

/**
 * How many pages `total` rows make at `limit` a page (at least 1, so a pager always has a page to show).
 *
 * @example
 * pageCount(184, 20); // 10
 */
export function pageCount(total: number, limit: number): number {
  return Math.max(1, Math.ceil(total / limit));
}

/**
 * How many pages the page on screen says its query has (1 before the first page arrived).
 *
 * @example
 * pageCountOf(state.results);
 */
export function pageCountOf(results: { readonly total: number; readonly query: { readonly limit: number } } | null) {
  return results === null ? 1 : pageCount(results.total, results.query.limit);
}

/**
 * Whether a state's failure is a 403: the admin may not see this at all (show "no access", not an error).
 *
 * @example
 * if (isForbidden(state)) return <NoAccess />;
 */
export function isForbidden(state: { readonly failure: Failure | null }): boolean {
  return state.failure?.forbidden === true;
}

/**
 * How many filters are set (`null`: any), for a "3 filters" badge and a "clear filters" button.
 *
 * @example
 * countSetFilters({ action: 'DELETE', from: '2026-03-01', to: null }); // 2
 */
export function countSetFilters(filters: Readonly<Record<string, unknown>>): number {
  return Object.values(filters).filter((value) => value !== null).length;
}
