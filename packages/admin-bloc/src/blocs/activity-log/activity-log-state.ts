import * as z from 'zod/mini';
import { DEFAULT_PAGE_LIMIT } from '../../contract/common.js';
import { ActivityLogEntry } from '../../contract/data.js';
import { filteredLogState, initialFilteredLog } from '../shared/filtered-log.js';
import { pageOf, pagingShape } from '../shared/paged-state.js';

/**
 * Filters of the activity log; `null` is "any". `from` and `to` are dates (`2026-03-01`) or date-times, inclusive.
 *
 * @example
 * const filters: ActivityLogFilters = { activityType: 'mentoring_session', userId: null, from: '2026-03-01', to: null };
 */
export const ActivityLogFilters = z.object({
  activityType: z.nullable(z.string()),
  userId: z.nullable(z.string()),
  from: z.nullable(z.string()),
  to: z.nullable(z.string()),
});
export type ActivityLogFilters = z.infer<typeof ActivityLogFilters>;

/**
 * No filter set.
 *
 * @example
 * bloc.add({ type: 'activityLog/filtersCleared' }); // back to noActivityLogFilters
 */
export const noActivityLogFilters: ActivityLogFilters = { activityType: null, userId: null, from: null, to: null };

/**
 * What the activity log asks for: the org scope (by `OrgScope.key`), page, page size and filters.
 *
 * @example
 * const query: ActivityLogQueryState = { scopeKey: 'org_kNr8aQ>org_tY2zLm', page: 1, limit: 20, filters: noActivityLogFilters };
 */
export const ActivityLogQueryState = z.object({
  scopeKey: z.nullable(z.string()),
  ...pagingShape,
  filters: ActivityLogFilters,
});
export type ActivityLogQueryState = z.infer<typeof ActivityLogQueryState>;

/**
 * One page of activities with the query (scope included) it answers.
 *
 * @example
 * state.results?.query.scopeKey === state.query.scopeKey; // always, or results is null
 */
export const ActivityLogPage = pageOf(ActivityLogQueryState, ActivityLogEntry, 'entries');
export type ActivityLogPage = z.infer<typeof ActivityLogPage>;

/**
 * The activity log of the current org scope (document 000 `activity-log` over the scope's org ids), newest
 * first. On a new scope the page of the old one is dropped at once (`results: null`); a filter the contract
 * would refuse is a `VALIDATION` failure with `invalidFilters`, and nothing is sent.
 *
 * @example
 * const state: ActivityLogState = initialActivityLogState;
 */
export const ActivityLogState = filteredLogState(ActivityLogQueryState, ActivityLogPage);
export type ActivityLogState = z.infer<typeof ActivityLogState>;

/**
 * No scope yet, nothing loaded.
 *
 * @example
 * new ActivityLogBloc({ client, scope }).state; // initialActivityLogState until a scope arrives
 */
export const initialActivityLogState: Extract<ActivityLogState, { failure: null }> = initialFilteredLog({
  scopeKey: null,
  page: 1,
  limit: DEFAULT_PAGE_LIMIT,
  filters: noActivityLogFilters,
});
