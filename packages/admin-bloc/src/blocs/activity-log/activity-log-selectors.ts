import type { ActivityLogEntry } from '../../contract/data.js';
import type { ActivityLogFilters, ActivityLogState } from './activity-log-state.js';

/**
 * The activities on screen, newest first (none while a new scope loads).
 *
 * @example
 * selectActivities(state).map((activity) => activity.description);
 */
export function selectActivities(state: ActivityLogState): readonly ActivityLogEntry[] {
  return state.results?.entries ?? [];
}

/**
 * How many pages the current scope and filters have (at least 1).
 *
 * @example
 * selectActivityPageCount(state);
 */
export function selectActivityPageCount(state: ActivityLogState): number {
  if (!state.results) return 1;
  return Math.max(1, Math.ceil(state.results.total / state.results.query.limit));
}

/**
 * How many filters are set.
 *
 * @example
 * selectActiveActivityFilterCount(state); // 1 with only activityType set
 */
export function selectActiveActivityFilterCount(state: ActivityLogState): number {
  return (Object.keys(state.query.filters) as (keyof ActivityLogFilters)[]).filter(
    (key) => state.query.filters[key] !== null,
  ).length;
}

/**
 * Whether this admin may not read the scope's activity log (a 403).
 *
 * @example
 * if (selectActivityLogForbidden(state)) return <NoAccess />;
 */
export function selectActivityLogForbidden(state: ActivityLogState): boolean {
  return state.failure?.forbidden === true;
}
