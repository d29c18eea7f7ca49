import { isForbidden, pageCountOf } from '../shared/list-selectors.js';
import type { ContactRow, ContactsState } from './contacts-state.js';

/**
 * The rows on screen (none while a new scope loads).
 *
 * @example
 * selectContactRows(state).map((row) => row.full_name);
 */
export function selectContactRows(state: ContactsState): readonly ContactRow[] {
  return state.results?.items ?? [];
}

/**
 * Whether the rows on screen are search hits (document 003's search answers name and e-mail only), so the
 * view hides the role and status columns.
 *
 * @example
 * selectIsContactSearch(state); // true once a search's answer is shown
 */
export function selectIsContactSearch(state: ContactsState): boolean {
  return (state.results?.query.search.trim() ?? '') !== '';
}

/**
 * How many pages the current list or search has (at least 1).
 *
 * @example
 * selectContactsPageCount(state);
 */
export function selectContactsPageCount(state: ContactsState): number {
  return pageCountOf(state.results);
}

/**
 * The message to show next to a form field, if the last create or update was refused because of it.
 *
 * @example
 * selectContactFieldError(state, 'email'); // 'A user with email ane.berg@org.no already exists'
 */
export function selectContactFieldError(state: ContactsState, field: string): string | null {
  return state.edit.fieldErrors[field] ?? null;
}

/**
 * Whether this admin may not see the scope's contacts (a 403 on the list).
 *
 * @example
 * if (selectContactsForbidden(state)) return <NoAccess />;
 */
export function selectContactsForbidden(state: ContactsState): boolean {
  return isForbidden(state);
}
