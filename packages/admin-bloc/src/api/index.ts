// The public list of the api layer, re-exported whole by the package's headless entry (src/index.ts): the client
// (createAdminClient, its options, the named interfaces of the client and its groups, which a hover or an error
// shows, and the argument types of its calls) and its one error type. The transport (createHttp, the rate limiter,
// the wire query) stays inside the package: the conformance command and the tests import it from its file.
export {
  ADMIN_API_ERROR_CODES,
  AdminApiError,
  type AdminApiErrorCode,
  isAbortError,
  isAdminApiError,
  isAuthError,
  isClientError,
  isServerError,
  isTransientError,
  type ResponseIssue,
} from './admin-api-error.js';
export {
  type ActivityLogArgs,
  type AdminAuditLogApi,
  type AdminClient,
  type AdminClientOptions,
  type AdminContactsApi,
  type AdminDataApi,
  type AdminListArgs,
  type AdminOrganizationsApi,
  type AdminPeerMentorsApi,
  type AdminPlatformApi,
  type AdminStateApi,
  type AdminUsersApi,
  type AuditLogListArgs,
  type ContactListArgs,
  type ContactSearchArgs,
  createAdminClient,
  type DashboardStatsArgs,
  type DataUsersListArgs,
  type OrgNodesArgs,
  type PlatformUsersListArgs,
  type SessionsListArgs,
  type UserListStateArgs,
} from './create-admin-client.js';
export type { CallOptions, RetryOptions, TenantSource, TokenSource } from './http.js';
export type { RateLimitOptions } from './rate-limiter.js';
