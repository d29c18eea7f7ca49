import type { Organization } from '../../contract/admin.js';
import { isForbidden, pageCountOf } from '../shared/list-selectors.js';
import type { OrganizationsState } from './organizations-state.js';

/**
 * The organizations on screen (the last page that arrived), or none before the first.
 *
 * @example
 * selectOrganizations(state).map((org) => org.name);
 */
export function selectOrganizations(state: OrganizationsState): readonly Organization[] {
  return state.results?.items ?? [];
}

/**
 * How many pages the current search has (at least 1), for the pager.
 *
 * @example
 * selectOrganizationsPageCount(state); // 1 for the six seeded organizations
 */
export function selectOrganizationsPageCount(state: OrganizationsState): number {
  return pageCountOf(state.results);
}

/**
 * Whether the list on screen answers an older query than the one loading (dim it, don't blank it).
 *
 * @example
 * selectOrganizationsStale(state); // true right after a page change, until the page arrives
 */
export function selectOrganizationsStale(state: OrganizationsState): boolean {
  const shown = state.results?.query;
  return (
    shown !== undefined &&
    (shown.page !== state.query.page || shown.search !== state.query.search || shown.limit !== state.query.limit)
  );
}

/**
 * Whether this admin may not see organizations at all (a 403 on the list): show "no access", not an error.
 *
 * @example
 * if (selectOrganizationsForbidden(state)) return <NoAccess />;
 */
export function selectOrganizationsForbidden(state: OrganizationsState): boolean {
  return isForbidden(state);
}
