import type { DashboardBlocState } from './dashboard-state.js';

/**
 * The four figures as the dashboard cards show them, or `null` before the first load of a scope.
 *
 * @example
 * selectDashboardCards(state)?.totalUsers; // 184 for Rogaland Nord
 */
export function selectDashboardCards(state: DashboardBlocState): {
  totalUsers: number;
  activeMentors: number;
  monthlyActivities: number;
  pendingReimbursements: number;
} | null {
  if (!state.stats) return null;
  return {
    totalUsers: state.stats.total_users,
    activeMentors: state.stats.active_mentors,
    monthlyActivities: state.stats.monthly_activities,
    pendingReimbursements: state.stats.pending_reimbursements,
  };
}

/**
 * Whether figures are on screen while newer ones load (for a subtle spinner instead of a skeleton).
 *
 * @example
 * selectIsReloading(state); // true after refreshRequested, while the old figures stay visible
 */
export function selectIsReloading(state: DashboardBlocState): boolean {
  return state.status === 'loading' && state.stats !== null;
}

/**
 * Whether the server's snapshot is of the selected node (it is counted for the admin's server-side selection,
 * which can lag behind a selection just made).
 *
 * @example
 * selectSnapshotMatchesScope(state, scope.current?.selectedOrgId ?? null);
 */
export function selectSnapshotMatchesScope(state: DashboardBlocState, selectedOrgId: string | null): boolean {
  return state.snapshot !== null && state.snapshot.selected_org_node_id === selectedOrgId;
}
