import type { ActivityLogEntry } from '../../contract/data.js';
import { countSetFilters, isForbidden, pageCountOf } from '../shared/list-selectors.js';
import type { ActivityLogState } from './activity-log-state.js';

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
  return pageCountOf(state.results);
}

/**
 * How many filters are set.
 *
 * @example
 * selectActiveActivityFilterCount(state); // 1 with only activityType set
 */
export function selectActiveActivityFilterCount(state: ActivityLogState): number {
  return countSetFilters(state.query.filters);
}

/**
 * Whether this admin may not read the scope's activity log (a 403).
 *
 * @example
 * if (selectActivityLogForbidden(state)) return <NoAccess />;
 */
export function selectActivityLogForbidden(state: ActivityLogState): boolean {
  return isForbidden(state);
}
