import * as z from 'zod/mini';
import { count, dataAnswer, nonEmpty, queryInt } from './common.js';
import { defineEndpoint } from './endpoint.js';
import { TENANT_HEADER } from './protocol.js';
import { maybe, openEnum, ReadEmail, ReadTimestamp } from './reading.js';

/**
 * Document 004 — Platform admin (`/api/v1/admin`): stats, users with cursor pagination, role change, suspend,
 * sessions. Field names are the document's own (camelCase); answers are `{ data }`, lists
 * `{ data, pagination: { cursor, hasMore } }`. Every request carries the tenant header the document names.
 */

const BASE = '/api/v1/admin';

/** Headers document 004 requires besides `Authorization`. */
export const PlatformHeaders = z.object({ [TENANT_HEADER]: nonEmpty() });
export type PlatformHeaders = z.infer<typeof PlatformHeaders>;

export const PlatformRole = z.enum(['user', 'admin']);
export type PlatformRole = z.infer<typeof PlatformRole>;

/** 004's user statuses as the document shows them; the document does not close the list (`invited`, …). */
export const PlatformUserStatus = z.enum(['active', 'suspended']);
export type PlatformUserStatus = z.infer<typeof PlatformUserStatus>;
export const ReadPlatformUserStatus = openEnum(PlatformUserStatus);
export type ReadPlatformUserStatus = z.infer<typeof ReadPlatformUserStatus>;

export const CursorPagination = z.object({
  cursor: maybe(z.string()),
  hasMore: z.boolean(),
});
export type CursorPagination = z.infer<typeof CursorPagination>;

/** `{ data: [...], pagination: { cursor, hasMore } }`: document 004's list answer. */
const cursorAnswer = <T extends z.ZodMiniType>(item: T) =>
  z.object({ data: z.array(item), pagination: CursorPagination });

export const PlatformStats = z.object({
  users: z.object({
    total: count(),
    active30d: count(),
    newThisMonth: count(),
  }),
  agents: z.object({
    total: count(),
    active: count(),
    revoked: count(),
  }),
  sessions: z.object({ active: count(), completedToday: count() }),
  apiCalls: z.object({ today: count(), thisMonth: count() }),
});
export type PlatformStats = z.infer<typeof PlatformStats>;

const platformStatsResponse = dataAnswer(PlatformStats);
export const PlatformStatsResponse: z.ZodMiniType<PlatformStatsResponse, PlatformStatsResponse> = platformStatsResponse;
export interface PlatformStatsResponse extends z.infer<typeof platformStatsResponse> {}

export const PlatformUserSummary = z.object({
  id: z.string(),
  email: ReadEmail,
  name: z.string(),
  role: PlatformRole,
  status: ReadPlatformUserStatus,
  createdAt: ReadTimestamp,
  lastLoginAt: ReadTimestamp,
});
export type PlatformUserSummary = z.infer<typeof PlatformUserSummary>;

export const PlatformUser = z.object({
  id: z.string(),
  email: ReadEmail,
  name: z.string(),
  role: PlatformRole,
  status: ReadPlatformUserStatus,
  agents: maybe(z.array(z.string())),
  createdAt: ReadTimestamp,
  lastLoginAt: ReadTimestamp,
});
export type PlatformUser = z.infer<typeof PlatformUser>;

/** 004's `limit`: a page size of 1 to 100 that arrives as a string in the query. */
const platformLimit = () => queryInt({ max: 100 });

/** 004's `cursor`: the cursor a previous page answered. */
const cursorParam = () => z.optional(nonEmpty());

export const PlatformUsersQuery = z.object({
  limit: platformLimit(),
  cursor: cursorParam(),
  search: z.optional(nonEmpty()),
  role: z.optional(PlatformRole),
});
export type PlatformUsersQuery = z.infer<typeof PlatformUsersQuery>;

const platformUsersResponse = cursorAnswer(PlatformUserSummary);
export const PlatformUsersResponse: z.ZodMiniType<PlatformUsersResponse, PlatformUsersResponse> = platformUsersResponse;
export interface PlatformUsersResponse extends z.infer<typeof platformUsersResponse> {}

export const PlatformUserParams = z.object({ userId: nonEmpty() });
export type PlatformUserParams = z.infer<typeof PlatformUserParams>;

const platformUserResponse = dataAnswer(PlatformUser);
export const PlatformUserResponse: z.ZodMiniType<PlatformUserResponse, PlatformUserResponse> = platformUserResponse;
export interface PlatformUserResponse extends z.infer<typeof platformUserResponse> {}

export const UpdateRoleBody = z.object({ role: PlatformRole });
export type UpdateRoleBody = z.infer<typeof UpdateRoleBody>;

const updateRoleResponse = dataAnswer(z.object({ id: z.string(), role: PlatformRole, updatedAt: ReadTimestamp }));
export const UpdateRoleResponse: z.ZodMiniType<UpdateRoleResponse, UpdateRoleResponse> = updateRoleResponse;
export interface UpdateRoleResponse extends z.infer<typeof updateRoleResponse> {}

const suspendUserResponse = dataAnswer(
  z.object({ id: z.string(), status: ReadPlatformUserStatus, suspendedAt: ReadTimestamp }),
);
export const SuspendUserResponse: z.ZodMiniType<SuspendUserResponse, SuspendUserResponse> = suspendUserResponse;
export interface SuspendUserResponse extends z.infer<typeof suspendUserResponse> {}

export const SessionStatus = z.enum(['active', 'completed', 'expired']);
export type SessionStatus = z.infer<typeof SessionStatus>;

export const PlatformSession = z.object({
  sessionId: z.string(),
  agentId: z.string(),
  userId: z.string(),
  status: SessionStatus,
  createdAt: ReadTimestamp,
});
export type PlatformSession = z.infer<typeof PlatformSession>;

export const SessionsQuery = z.object({
  agentId: z.optional(nonEmpty()),
  userId: z.optional(nonEmpty()),
  status: z.optional(SessionStatus),
  limit: platformLimit(),
  cursor: cursorParam(),
});
export type SessionsQuery = z.infer<typeof SessionsQuery>;

const sessionsResponse = cursorAnswer(PlatformSession);
export const SessionsResponse: z.ZodMiniType<SessionsResponse, SessionsResponse> = sessionsResponse;
export interface SessionsResponse extends z.infer<typeof sessionsResponse> {}

/** The six endpoints of document 004, keyed like the client's `platform` namespace. */
export const platformEndpoints = {
  stats: defineEndpoint({
    id: 'platform.stats',
    document: '004',
    method: 'GET',
    path: `${BASE}/stats`,
    response: PlatformStatsResponse,
    headers: PlatformHeaders,
  }),
  usersList: defineEndpoint({
    id: 'platform.users.list',
    document: '004',
    method: 'GET',
    path: `${BASE}/users`,
    query: PlatformUsersQuery,
    response: PlatformUsersResponse,
    headers: PlatformHeaders,
  }),
  usersGet: defineEndpoint({
    id: 'platform.users.get',
    document: '004',
    method: 'GET',
    path: `${BASE}/users/:userId`,
    params: PlatformUserParams,
    response: PlatformUserResponse,
    headers: PlatformHeaders,
  }),
  usersUpdateRole: defineEndpoint({
    id: 'platform.users.updateRole',
    document: '004',
    method: 'PATCH',
    path: `${BASE}/users/:userId`,
    params: PlatformUserParams,
    body: UpdateRoleBody,
    response: UpdateRoleResponse,
    headers: PlatformHeaders,
  }),
  usersSuspend: defineEndpoint({
    id: 'platform.users.suspend',
    document: '004',
    method: 'POST',
    path: `${BASE}/users/:userId/suspend`,
    params: PlatformUserParams,
    response: SuspendUserResponse,
    headers: PlatformHeaders,
  }),
  sessionsList: defineEndpoint({
    id: 'platform.sessions.list',
    document: '004',
    method: 'GET',
    path: `${BASE}/sessions`,
    query: SessionsQuery,
    response: SessionsResponse,
    headers: PlatformHeaders,
  }),
} as const;
