import * as z from 'zod/mini';
import {
  count,
  dataAnswer,
  DateOrTimestamp,
  IdParams,
  nonEmpty,
  pagedAnswer,
  pagedQuery,
  patchBody,
  queryIdList,
} from './common.js';
import { defineEndpoint } from './endpoint.js';
import { maybe, openEnum, ReadTimestamp } from './reading.js';

/**
 * Document 000 — Admin Repository (`/api/v1/admin/data`): dashboard stats, users, activity log and org nodes
 * across several orgs. Field names are the document's own (snake_case); every answer is wrapped in `{ data }`,
 * lists in `{ data, pagination }`. The document leaves query parameters open; the ones defined here are ours.
 */

const BASE = '/api/v1/admin/data';

/** The roles we send (requests are strict). No document closes the list: answers may carry others. */
export const DataUserRole = z.enum(['mentor', 'mentee', 'coordinator']);
export type DataUserRole = z.infer<typeof DataUserRole>;

/** The statuses we send. No document closes the list: answers may carry others (`pending`, …). */
export const DataUserStatus = z.enum(['active', 'inactive']);
export type DataUserStatus = z.infer<typeof DataUserStatus>;

/** A role as an answer carries it: one of ours, or any other string, kept verbatim. */
export const ReadDataUserRole = openEnum(DataUserRole);
export type ReadDataUserRole = z.infer<typeof ReadDataUserRole>;
/** A status as an answer carries it: one of ours, or any other string, kept verbatim. */
export const ReadDataUserStatus = openEnum(DataUserStatus);
export type ReadDataUserStatus = z.infer<typeof ReadDataUserStatus>;

export const DashboardStats = z.object({
  org_ids: z.array(z.string()),
  active_mentors: count(),
  monthly_activities: count(),
  pending_reimbursements: count(),
  total_users: count(),
});
export type DashboardStats = z.infer<typeof DashboardStats>;

export const DataUser = z.object({
  user_id: z.string(),
  org_id: z.string(),
  full_name: z.string(),
  role: ReadDataUserRole,
  status: ReadDataUserStatus,
});
export type DataUser = z.infer<typeof DataUser>;

export const ActivityLogEntry = z.object({
  activity_id: z.string(),
  org_id: z.string(),
  user_id: z.string(),
  activity_type: z.string(),
  description: maybe(z.string()),
  occurred_at: ReadTimestamp,
});
export type ActivityLogEntry = z.infer<typeof ActivityLogEntry>;

export const OrgNode = z.object({
  org_id: z.string(),
  name: z.string(),
  parent_org_id: z.nullable(z.string()),
  level: count(),
});
export type OrgNode = z.infer<typeof OrgNode>;

/** Org scope shared by the multi-org queries: which orgs to aggregate over. */
const orgIdsParam = () => queryIdList();

export const DashboardStatsQuery = z.object({ org_ids: orgIdsParam() });
export type DashboardStatsQuery = z.infer<typeof DashboardStatsQuery>;
const dashboardStatsResponse = dataAnswer(DashboardStats);
export const DashboardStatsResponse: z.ZodMiniType<DashboardStatsResponse, DashboardStatsResponse> =
  dashboardStatsResponse;
export interface DashboardStatsResponse extends z.infer<typeof dashboardStatsResponse> {}

export const DataUsersQuery = pagedQuery({
  org_ids: orgIdsParam(),
  role: z.optional(DataUserRole),
  status: z.optional(DataUserStatus),
  search: z.optional(nonEmpty()),
});
export type DataUsersQuery = z.infer<typeof DataUsersQuery>;
const dataUsersResponse = pagedAnswer(DataUser);
export const DataUsersResponse: z.ZodMiniType<DataUsersResponse, DataUsersResponse> = dataUsersResponse;
export interface DataUsersResponse extends z.infer<typeof dataUsersResponse> {}

export const ActivityLogQuery = pagedQuery({
  org_ids: orgIdsParam(),
  activity_type: z.optional(nonEmpty()),
  user_id: z.optional(nonEmpty()),
  from: z.optional(DateOrTimestamp),
  to: z.optional(DateOrTimestamp),
});
export type ActivityLogQuery = z.infer<typeof ActivityLogQuery>;
const activityLogResponse = pagedAnswer(ActivityLogEntry);
export const ActivityLogResponse: z.ZodMiniType<ActivityLogResponse, ActivityLogResponse> = activityLogResponse;
export interface ActivityLogResponse extends z.infer<typeof activityLogResponse> {}

export const OrgNodesQuery = pagedQuery({
  root_org_id: z.optional(nonEmpty()),
});
export type OrgNodesQuery = z.infer<typeof OrgNodesQuery>;
const orgNodesResponse = pagedAnswer(OrgNode);
export const OrgNodesResponse: z.ZodMiniType<OrgNodesResponse, OrgNodesResponse> = orgNodesResponse;
export interface OrgNodesResponse extends z.infer<typeof orgNodesResponse> {}

export const NewDataUser = z.object({
  full_name: nonEmpty(),
  email: z.email(),
  role: DataUserRole,
});
export type NewDataUser = z.infer<typeof NewDataUser>;

export const BulkInsertUsersBody = z.object({
  org_ids: z.array(nonEmpty()).check(z.minLength(1)),
  users: z.array(NewDataUser).check(z.minLength(1)),
});
export type BulkInsertUsersBody = z.infer<typeof BulkInsertUsersBody>;

/** One rejected record of a bulk insert. The document only shows an empty list; this shape is ours. */
export const BulkInsertError = z.object({
  index: count(),
  email: maybe(z.string()),
  message: maybe(z.string()),
});
export type BulkInsertError = z.infer<typeof BulkInsertError>;

const bulkInsertUsersResponse = dataAnswer(
  z.object({
    inserted: count(),
    skipped: count(),
    errors: z.array(BulkInsertError),
  }),
);
export const BulkInsertUsersResponse: z.ZodMiniType<BulkInsertUsersResponse, BulkInsertUsersResponse> =
  bulkInsertUsersResponse;
export interface BulkInsertUsersResponse extends z.infer<typeof bulkInsertUsersResponse> {}

export const UpdateDataUserBody = patchBody({
  full_name: nonEmpty(),
  email: z.email(),
  role: DataUserRole,
  status: DataUserStatus,
  org_id: nonEmpty(),
});
export type UpdateDataUserBody = z.infer<typeof UpdateDataUserBody>;

const updateDataUserResponse = dataAnswer(
  z.object({
    user_id: z.string(),
    status: maybe(ReadDataUserStatus),
    updated_at: ReadTimestamp,
    org_id: maybe(z.string()),
    full_name: maybe(z.string()),
    role: maybe(ReadDataUserRole),
  }),
);
export const UpdateDataUserResponse: z.ZodMiniType<UpdateDataUserResponse, UpdateDataUserResponse> =
  updateDataUserResponse;
export interface UpdateDataUserResponse extends z.infer<typeof updateDataUserResponse> {}

const deleteDataUserResponse = dataAnswer(z.object({ user_id: z.string(), deleted: z.boolean() }));
export const DeleteDataUserResponse: z.ZodMiniType<DeleteDataUserResponse, DeleteDataUserResponse> =
  deleteDataUserResponse;
export interface DeleteDataUserResponse extends z.infer<typeof deleteDataUserResponse> {}

/** The seven endpoints of document 000, keyed like the client's `data` namespace. */
export const dataEndpoints = {
  dashboardStats: defineEndpoint({
    id: 'data.dashboardStats',
    document: '000',
    method: 'GET',
    path: `${BASE}/dashboard-stats`,
    query: DashboardStatsQuery,
    response: DashboardStatsResponse,
  }),
  usersList: defineEndpoint({
    id: 'data.users.list',
    document: '000',
    method: 'GET',
    path: `${BASE}/users`,
    query: DataUsersQuery,
    response: DataUsersResponse,
  }),
  activityLog: defineEndpoint({
    id: 'data.activityLog',
    document: '000',
    method: 'GET',
    path: `${BASE}/activity-log`,
    query: ActivityLogQuery,
    response: ActivityLogResponse,
  }),
  orgNodes: defineEndpoint({
    id: 'data.orgNodes',
    document: '000',
    method: 'GET',
    path: `${BASE}/org-nodes`,
    query: OrgNodesQuery,
    response: OrgNodesResponse,
  }),
  usersBulkInsert: defineEndpoint({
    id: 'data.users.bulkInsert',
    document: '000',
    method: 'POST',
    path: `${BASE}/users`,
    body: BulkInsertUsersBody,
    response: BulkInsertUsersResponse,
  }),
  usersUpdate: defineEndpoint({
    id: 'data.users.update',
    document: '000',
    method: 'PUT',
    path: `${BASE}/users/:id`,
    params: IdParams,
    body: UpdateDataUserBody,
    response: UpdateDataUserResponse,
  }),
  usersRemove: defineEndpoint({
    id: 'data.users.remove',
    document: '000',
    method: 'DELETE',
    path: `${BASE}/users/:id`,
    params: IdParams,
    response: DeleteDataUserResponse,
  }),
} as const;
