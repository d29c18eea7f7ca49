import type { AuditLogEntry } from '../../contract/audit.js';
import { countSetFilters, isForbidden, pageCountOf } from '../shared/list-selectors.js';
import type { AuditLogState } from './audit-log-state.js';

/**
 * The entries on screen, newest first.
 *
 * @example
 * selectAuditEntries(state).map((entry) => `${entry.action} ${entry.resource_type}`);
 */
export function selectAuditEntries(state: AuditLogState): readonly AuditLogEntry[] {
  return state.results?.entries ?? [];
}

/**
 * How many pages the current filters have (at least 1).
 *
 * @example
 * selectAuditPageCount(state);
 */
export function selectAuditPageCount(state: AuditLogState): number {
  return pageCountOf(state.results);
}

/**
 * How many filters are set (for a "3 filters" badge and a "clear filters" button).
 *
 * @example
 * selectActiveAuditFilterCount(state); // 2 with action and from set
 */
export function selectActiveAuditFilterCount(state: AuditLogState): number {
  return countSetFilters(state.query.filters);
}

/**
 * Whether this admin may not read the audit log (a 403): show "no access", not an error.
 *
 * @example
 * if (selectAuditLogForbidden(state)) return <NoAccess />;
 */
export function selectAuditLogForbidden(state: AuditLogState): boolean {
  return isForbidden(state);
}
