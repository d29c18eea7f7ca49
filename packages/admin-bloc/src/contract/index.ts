// The public list of the contract layer, re-exported whole by the package's headless entry (src/index.ts). Each
// schema is exported once as a value and once as its type (the schema is the type). The contract's building blocks
// (envelope and query helpers, endpoint paths, the reading policy's openEnum and maybe) stay inside the package: the
// client, the mocks and the conformance command import them from their own files.

// Why: the REST contract. The zod schema is the type: other frontends type their data with these and validate what
// they send with the same schemas the client and the mocks use (forms, imports, tests); `contract` and the endpoint
// lists are the definitions the client, the mocks and openapi.json are derived from.
export {
  AdminListQuery,
  AdminUser,
  AdminUserListResponse,
  AdminUserResponse,
  AdminUserRole,
  AdminUserStatus,
  adminEndpoints,
  CreateAdminUserBody,
  CreateOrganizationBody,
  DeletedResource,
  DeletedResourceResponse,
  ListMeta,
  Organization,
  OrganizationListResponse,
  OrganizationPlan,
  OrganizationResponse,
  ReadAdminUserRole,
  ReadAdminUserStatus,
  ReadOrganizationPlan,
  SuccessEnvelope,
  UpdateAdminUserBody,
  UpdateOrganizationBody,
} from './admin.js';
export { allEndpoints, contract } from './all-endpoints.js';
export { AuditAction, AuditChange, AuditLogEntry, AuditLogQuery, AuditLogResponse, auditEndpoints } from './audit.js';
export { DateOrTimestamp, DEFAULT_PAGE_LIMIT, IdParams, MAX_PAGE_LIMIT, PagePagination, Timestamp } from './common.js';
export {
  Contact,
  ContactListQuery,
  ContactListResponse,
  ContactRole,
  ContactSearchHit,
  ContactSearchQuery,
  ContactSearchResponse,
  CreateContactBody,
  contactsEndpoints,
  DeleteContactResponse,
  PeerMentor,
  PeerMentorListResponse,
  PeerMentorSearchHit,
  PeerMentorSearchResponse,
  PeerMentorSummary,
  ReadContactRole,
  UpdateContactBody,
  UpdatedContact,
} from './contacts.js';
export {
  ActivityLogEntry,
  ActivityLogQuery,
  ActivityLogResponse,
  BulkInsertError,
  BulkInsertUsersBody,
  BulkInsertUsersResponse,
  DashboardStats,
  DashboardStatsQuery,
  DashboardStatsResponse,
  DataUser,
  DataUserRole,
  DataUserStatus,
  DataUsersQuery,
  DataUsersResponse,
  DeleteDataUserResponse,
  dataEndpoints,
  NewDataUser,
  OrgNode,
  OrgNodesQuery,
  OrgNodesResponse,
  ReadDataUserRole,
  ReadDataUserStatus,
  UpdateDataUserBody,
  UpdateDataUserResponse,
} from './data.js';
export type { Endpoint, HttpMethod } from './endpoint.js';
export { ErrorEnvelope, SERVER_ERROR_STATUS, ServerErrorCode } from './errors.js';
export {
  CursorPagination,
  PlatformHeaders,
  PlatformRole,
  PlatformSession,
  PlatformStats,
  PlatformStatsResponse,
  PlatformUser,
  PlatformUserParams,
  PlatformUserResponse,
  PlatformUserStatus,
  PlatformUserSummary,
  PlatformUsersQuery,
  PlatformUsersResponse,
  platformEndpoints,
  ReadPlatformUserStatus,
  SessionStatus,
  SessionsQuery,
  SessionsResponse,
  SuspendUserResponse,
  UpdateRoleBody,
  UpdateRoleResponse,
} from './platform.js';
export type { RateLimitWindow, StatusErrorCode, TransientCode, WireErrorCode } from './protocol.js';
export {
  RATE_LIMITS,
  STATUS_ERROR_CODES,
  TENANT_HEADER,
  TRANSIENT_CODES,
  TRANSIENT_STATUSES,
} from './protocol.js';
export { readableIssues } from './readable-issues.js';
export {
  ClearSelectedOrgResponse,
  DashboardState,
  DashboardStateResponse,
  DashboardStatsSnapshot,
  RefreshDashboardBody,
  ReadUserListFilters,
  RefreshDashboardResponse,
  SelectedOrg,
  SelectedOrgResponse,
  SetSelectedOrgBody,
  SetUserListFiltersBody,
  SetUserListFiltersResponse,
  stateEndpoints,
  UserListFilters,
  UserListStateItem,
  UserListStateQuery,
  UserListStateResponse,
} from './state.js';
