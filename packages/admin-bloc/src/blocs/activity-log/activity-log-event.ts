import type { OrgScope } from '../../repositories/org-scope-repository.js';
import type { ActivityLogFilters } from './activity-log-state.js';

/**
 * What happens to the activity log: the org scope changed (from the `OrgScopeRepository`; `null` on
 * sign-out), the coordinator asked to reload, asked for a page, changed some filters (the others stay; back to
 * page 1) or cleared them.
 *
 * @example
 * activityLog.add({ type: 'activityLog/filtersChanged', filters: { activityType: 'phone_call', from: '2026-03-01' } });
 */
export type ActivityLogEvent =
  | { readonly type: 'activityLog/scopeChanged'; readonly scope: OrgScope | null }
  | { readonly type: 'activityLog/refreshRequested' }
  | { readonly type: 'activityLog/pageRequested'; readonly page: number }
  | { readonly type: 'activityLog/filtersChanged'; readonly filters: Partial<ActivityLogFilters> }
  | { readonly type: 'activityLog/filtersCleared' };
