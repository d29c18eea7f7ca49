import * as z from 'zod/mini';
import { count, dataAnswer, nonEmpty, pagedAnswer, pagedQuery } from './common.js';
import { DataUserRole, DataUserStatus, ReadDataUserRole, ReadDataUserStatus } from './data.js';
import { defineEndpoint } from './endpoint.js';
import { maybe, ReadTimestamp } from './reading.js';

/**
 * Document 001 — Admin State (`/api/v1/admin/state`): the authenticated admin's server-side UI state
 * (dashboard snapshot, user-list filters, selected org node), kept on the server so it follows the admin
 * between devices. Field names are the document's own (snake_case); every answer is wrapped in `{ data }`.
 */

const BASE = '/api/v1/admin/state';

export const DashboardStatsSnapshot = z.object({
  active_mentors: count(),
  monthly_activities: count(),
  pending_reimbursements: count(),
  total_users: count(),
});
export type DashboardStatsSnapshot = z.infer<typeof DashboardStatsSnapshot>;

export const DashboardState = z.object({
  org_id: z.string(),
  selected_org_node_id: z.nullable(z.string()),
  dashboard_stats: DashboardStatsSnapshot,
  refreshed_at: ReadTimestamp,
});
export type DashboardState = z.infer<typeof DashboardState>;

const dashboardStateResponse = dataAnswer(DashboardState);
export const DashboardStateResponse: z.ZodMiniType<DashboardStateResponse, DashboardStateResponse> =
  dashboardStateResponse;
export interface DashboardStateResponse extends z.infer<typeof dashboardStateResponse> {}

export const RefreshDashboardBody = z.object({ org_id: nonEmpty() });
export type RefreshDashboardBody = z.infer<typeof RefreshDashboardBody>;
const refreshDashboardResponse = dataAnswer(z.object({ org_id: z.string(), refreshed_at: ReadTimestamp }));
export const RefreshDashboardResponse: z.ZodMiniType<RefreshDashboardResponse, RefreshDashboardResponse> =
  refreshDashboardResponse;
export interface RefreshDashboardResponse extends z.infer<typeof refreshDashboardResponse> {}

/** The user-list filters we send. Every filter is optional; an absent one means "any". */
export const UserListFilters = z.object({
  role: z.optional(DataUserRole),
  status: z.optional(DataUserStatus),
});
export type UserListFilters = z.infer<typeof UserListFilters>;

/** The filters as an answer carries them: any role or status string, `null` read as "any". */
export const ReadUserListFilters = z.object({
  role: maybe(ReadDataUserRole),
  status: maybe(ReadDataUserStatus),
});
export type ReadUserListFilters = z.infer<typeof ReadUserListFilters>;

export const UserListStateItem = z.object({
  user_id: z.string(),
  full_name: z.string(),
  role: ReadDataUserRole,
  status: ReadDataUserStatus,
});
export type UserListStateItem = z.infer<typeof UserListStateItem>;

export const UserListStateQuery = pagedQuery({
  org_id: z.optional(nonEmpty()),
});
export type UserListStateQuery = z.infer<typeof UserListStateQuery>;

const userListStateResponse = z.object({
  ...pagedAnswer(UserListStateItem).shape,
  active_filters: maybe(ReadUserListFilters),
});
export const UserListStateResponse: z.ZodMiniType<UserListStateResponse, UserListStateResponse> = userListStateResponse;
export interface UserListStateResponse extends z.infer<typeof userListStateResponse> {}

export const SetUserListFiltersBody = z.object({ org_id: nonEmpty(), filters: UserListFilters });
export type SetUserListFiltersBody = z.infer<typeof SetUserListFiltersBody>;
const setUserListFiltersResponse = dataAnswer(
  z.object({ org_id: z.string(), active_filters: maybe(ReadUserListFilters), updated_at: ReadTimestamp }),
);
export const SetUserListFiltersResponse: z.ZodMiniType<SetUserListFiltersResponse, SetUserListFiltersResponse> =
  setUserListFiltersResponse;
export interface SetUserListFiltersResponse extends z.infer<typeof setUserListFiltersResponse> {}

export const SelectedOrg = z.object({
  admin_id: z.string(),
  selected_org_node_id: z.nullable(z.string()),
  selected_org_name: maybe(z.string()),
  selected_at: ReadTimestamp,
});
export type SelectedOrg = z.infer<typeof SelectedOrg>;

const selectedOrgResponse = dataAnswer(SelectedOrg);
export const SelectedOrgResponse: z.ZodMiniType<SelectedOrgResponse, SelectedOrgResponse> = selectedOrgResponse;
export interface SelectedOrgResponse extends z.infer<typeof selectedOrgResponse> {}

export const SetSelectedOrgBody = z.object({ admin_id: nonEmpty(), org_node_id: nonEmpty() });
export type SetSelectedOrgBody = z.infer<typeof SetSelectedOrgBody>;

const clearSelectedOrgResponse = dataAnswer(
  z.object({ admin_id: z.string(), selected_org_node_id: maybe(z.string()), cleared_at: ReadTimestamp }),
);
export const ClearSelectedOrgResponse: z.ZodMiniType<ClearSelectedOrgResponse, ClearSelectedOrgResponse> =
  clearSelectedOrgResponse;
export interface ClearSelectedOrgResponse extends z.infer<typeof clearSelectedOrgResponse> {}

/** The seven endpoints of document 001, keyed like the client's `state` namespace. */
export const stateEndpoints = {
  dashboardGet: defineEndpoint({
    id: 'state.dashboard.get',
    document: '001',
    method: 'GET',
    path: `${BASE}/dashboard`,
    response: DashboardStateResponse,
  }),
  dashboardRefresh: defineEndpoint({
    id: 'state.dashboard.refresh',
    document: '001',
    method: 'POST',
    path: `${BASE}/dashboard/refresh`,
    body: RefreshDashboardBody,
    response: RefreshDashboardResponse,
  }),
  usersGet: defineEndpoint({
    id: 'state.users.get',
    document: '001',
    method: 'GET',
    path: `${BASE}/users`,
    query: UserListStateQuery,
    response: UserListStateResponse,
  }),
  usersSetFilters: defineEndpoint({
    id: 'state.users.setFilters',
    document: '001',
    method: 'PUT',
    path: `${BASE}/users`,
    body: SetUserListFiltersBody,
    response: SetUserListFiltersResponse,
  }),
  selectedOrgGet: defineEndpoint({
    id: 'state.selectedOrg.get',
    document: '001',
    method: 'GET',
    path: `${BASE}/selected-org`,
    response: SelectedOrgResponse,
  }),
  selectedOrgSet: defineEndpoint({
    id: 'state.selectedOrg.set',
    document: '001',
    method: 'POST',
    path: `${BASE}/selected-org`,
    body: SetSelectedOrgBody,
    response: SelectedOrgResponse,
  }),
  selectedOrgClear: defineEndpoint({
    id: 'state.selectedOrg.clear',
    document: '001',
    method: 'DELETE',
    path: `${BASE}/selected-org`,
    response: ClearSelectedOrgResponse,
  }),
} as const;
