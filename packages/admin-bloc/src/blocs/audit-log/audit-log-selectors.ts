import type { AuditLogEntry } from '../../contract/audit.js';
import type { AuditLogFilters, AuditLogState } from './audit-log-state.js';

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
  if (!state.results) return 1;
  return Math.max(1, Math.ceil(state.results.total / state.results.query.limit));
}

/**
 * How many filters are set (for a "3 filters" badge and a "clear filters" button).
 *
 * @example
 * selectActiveAuditFilterCount(state); // 2 with action and from set
 */
export function selectActiveAuditFilterCount(state: AuditLogState): number {
  return (Object.keys(state.query.filters) as (keyof AuditLogFilters)[]).filter(
    (key) => state.query.filters[key] !== null,
  ).length;
}

/**
 * Whether this admin may not read the audit log (a 403): show "no access", not an error.
 *
 * @example
 * if (selectAuditLogForbidden(state)) return <NoAccess />;
 */
export function selectAuditLogForbidden(state: AuditLogState): boolean {
  return state.failure?.forbidden === true;
}
