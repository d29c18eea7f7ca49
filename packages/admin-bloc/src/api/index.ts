// Explicit export list of the api layer, re-exported by the package's headless entry.
export type { AdminApiErrorCode, AdminApiErrorInit, ResponseIssue } from './admin-api-error.js';
export {
  ADMIN_API_ERROR_CODES,
  AdminApiError,
  codeForStatus,
  isAbortError,
  isAdminApiError,
  isAuthError,
  isClientError,
  isServerError,
  isTransientError,
} from './admin-api-error.js';
export type {
  ActivityLogArgs,
  AdminAuditLogApi,
  AdminClient,
  AdminClientOptions,
  AdminContactsApi,
  AdminDataApi,
  AdminListArgs,
  AdminOrganizationsApi,
  AdminPeerMentorsApi,
  AdminPlatformApi,
  AdminStateApi,
  AdminUsersApi,
  AuditLogListArgs,
  ContactListArgs,
  ContactSearchArgs,
  DashboardStatsArgs,
  DataUsersListArgs,
  OrgNodesArgs,
  PlatformUsersListArgs,
  SessionsListArgs,
  UserListStateArgs,
} from './create-admin-client.js';
export { createAdminClient, QUERY_NAMES } from './create-admin-client.js';
export type {
  CallOptions,
  Http,
  HttpOptions,
  RequestInput,
  ResponseOf,
  RetryOptions,
  TenantSource,
  TokenSource,
} from './http.js';
export { parseRetryAfter } from './answer.js';
export { createHttp, equalJitter } from './http.js';
export type { QueryArgs, QueryInputOf } from './query-args.js';
export { toWireQuery } from './query-args.js';
export type { RateLimiter, RateLimitOptions } from './rate-limiter.js';
export { createRateLimiter } from './rate-limiter.js';
