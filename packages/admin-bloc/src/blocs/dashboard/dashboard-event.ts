import type { OrgScope } from '../../repositories/org-scope-repository.js';

/**
 * What happens to the dashboard: the org scope changed (from the `OrgScopeRepository`), the coordinator asked
 * for fresh figures (`refreshRequested`: the server recounts its snapshot first), or the periodic timer fired
 * (`refreshTicked`: the figures are read again).
 *
 * @example
 * dashboard.add({ type: 'dashboard/refreshRequested' });
 */
export type DashboardEvent =
  | { readonly type: 'dashboard/scopeChanged'; readonly scope: OrgScope | null }
  | { readonly type: 'dashboard/refreshRequested' }
  | { readonly type: 'dashboard/refreshTicked' };
