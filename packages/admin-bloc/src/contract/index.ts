// Explicit export list of the contract layer, re-exported by the package's headless entry.
// Each schema is exported once as a value and once as its type (the schema is the type).

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
  listEnvelope,
  Organization,
  OrganizationListResponse,
  OrganizationPlan,
  OrganizationResponse,
  ReadAdminUserRole,
  ReadAdminUserStatus,
  ReadOrganizationPlan,
  SuccessEnvelope,
  successEnvelope,
  UpdateAdminUserBody,
  UpdateOrganizationBody,
} from './admin.js';
export { allEndpoints, contract } from './all-endpoints.js';
export type { ClosedList } from './closed-lists.js';
export { closedLists } from './closed-lists.js';
export { AuditAction, AuditChange, AuditLogEntry, AuditLogQuery, AuditLogResponse, auditEndpoints } from './audit.js';
export {
  DateOrTimestamp,
  DEFAULT_PAGE_LIMIT,
  IdParams,
  limitParam,
  MAX_PAGE_LIMIT,
  PagePagination,
  pageParam,
  queryIdList,
  queryInt,
  Timestamp,
} from './common.js';
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
export { buildPath, defineEndpoint, pathParamNames } from './endpoint.js';
export { ErrorEnvelope, errorEnvelope, SERVER_ERROR_STATUS, ServerErrorCode } from './errors.js';
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
  codeForStatus as statusErrorCode,
  RATE_LIMITS,
  STATUS_ERROR_CODES,
  TENANT_HEADER,
  TRANSIENT_CODES,
  TRANSIENT_STATUSES,
} from './protocol.js';
export { fromSearchParams, toSearchParams } from './query.js';
export type { Open } from './reading.js';
export { maybe, openEnum, ReadEmail, ReadTimestamp } from './reading.js';
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
