/**
 * What the OpenAPI document says of each endpoint, parameter and schema. The texts live here, read by the OpenAPI
 * builder alone, rather than inside the schemas (`.describe()`), because a text inside a schema ships in every
 * client bundle that validates with it: about 1.5 kB gzip for the whole contract, for words only the OpenAPI
 * document prints. `buildOpenApiDocument()` throws on a name here that the contract does not have, so a renamed
 * field, parameter or endpoint cannot leave its text behind.
 */

/** One line per endpoint: the operation's summary and its success answer's description. */
export const endpointSummaries: Record<string, string> = {
  'data.dashboardStats': 'Fetch aggregated dashboard stats across multiple orgs',
  'data.users.list': 'Paged user list across multiple orgs with filters',
  'data.users.bulkInsert': 'Bulk-insert user records (internal use)',
  'data.activityLog': 'Paged activity log across multiple orgs with filters',
  'data.orgNodes': 'Fetch flat list of org nodes under a root',
  'state.dashboard.get': 'Fetch current dashboard state snapshot for the authenticated admin',
  'state.dashboard.refresh': 'Trigger a dashboard state refresh',
  'state.users.get': 'Get paginated user list state with current filter applied',
  'state.users.setFilters': 'Update the active user list filters',
  'state.selectedOrg.get': "Get the currently selected org node in the admin's session",
  'state.selectedOrg.set': "Set the admin's selected org node",
  'state.selectedOrg.clear': "Clear the admin's org node selection (reset to root scope)",
  'users.list': 'List users',
  'users.create': 'Create a user',
  'organizations.list': 'List organizations',
  'organizations.create': 'Create an organization',
  'contacts.list': 'Fetch all contacts for an org',
  'contacts.create': 'Create a contact record',
  'contacts.search': 'Fetch contacts matching a search query within an org',
  'peerMentors.list': 'Fetch all peer mentors for an org',
  'peerMentors.search': 'Fetch peer mentors matching a search query within an org',
  'platform.stats': 'Platform stats',
  'platform.users.list': 'List users (cursor pagination)',
  'platform.sessions.list': 'List all sessions',
  'auditLog.list': 'Read the audit log of admin actions (newest first), paged and filterable',
  'data.users.update': 'Update a user record in the repository',
  'data.users.remove': 'Hard-delete a user record from the repository (super-admin only)',
  'users.get': 'Get a specific user',
  'users.update': 'Update a specific user',
  'users.remove': 'Delete a specific user',
  'organizations.get': 'Get a specific organization',
  'organizations.update': 'Update a specific organization',
  'organizations.remove': 'Delete a specific organization',
  'contacts.get': 'Fetch a single contact by ID',
  'contacts.update': 'Update a contact record',
  'contacts.remove': 'Delete a contact record',
  'peerMentors.get': 'Fetch a single peer mentor by ID',
  'platform.users.get': 'Get user',
  'platform.users.updateRole': 'Update user role',
  'platform.users.suspend': 'Suspend user: suspends the account and invalidates all its tokens',
};

/** Query, path and header parameters that mean the same on every endpoint that takes them. */
export const parameterDescriptions: Record<string, string> = {
  org_ids:
    'Org scope: the org ids to aggregate over (all orgs the admin may see when left out). Comma-separated in one parameter: org_ids=org_a,org_b (a repeated key is accepted too)',
  page: '1-based page number (default 1)',
  activity_type: 'Only activities of this type, e.g. mentoring_session',
  user_id: 'Only activities of this user',
  root_org_id: 'Root of the subtree to list (the root included)',
  q: 'Search text: case-insensitive match on name, email (contacts) or specialty (peer mentors)',
  'X-Bulwark-Tenant': 'Tenant id',
  cursor: 'Pagination cursor from the previous page',
  agentId: 'Filter by agent',
  actor_id: 'Only actions by this admin',
  action: 'Only this action type',
  resource_type: 'Only actions on this kind of resource',
  resource_id: 'Only actions on this resource',
  id: 'Resource id',
};

/** Parameters whose meaning depends on the endpoint (a `search` on names, or on names and e-mails). */
export const endpointParameterDescriptions: Record<string, Record<string, string>> = {
  'data.users.list': {
    role: 'Only users with this role',
    status: 'Only users with this status',
    search: 'Case-insensitive match on full name or email',
    limit: 'Results per page (default 20, at most 100)',
  },
  'data.activityLog': {
    from: 'Only activities that occurred at or after this instant (inclusive)',
    to: 'Only activities that occurred at or before this instant (inclusive)',
    limit: 'Results per page (default 20, at most 100)',
  },
  'data.orgNodes': {
    limit: 'Results per page (default 20, at most 100)',
  },
  'state.users.get': {
    org_id: 'Org whose user-list state to read (the admin’s own org when left out)',
    limit: 'Results per page (default 20, at most 100)',
  },
  'users.list': {
    search: 'Case-insensitive match on name or email (users), name or slug (organizations)',
    limit: 'Results per page (default 20, at most 100)',
  },
  'organizations.list': {
    search: 'Case-insensitive match on name or email (users), name or slug (organizations)',
    limit: 'Results per page (default 20, at most 100)',
  },
  'contacts.list': {
    org_id: 'Org whose records to read',
    limit: 'Results per page (default 20, at most 100)',
  },
  'contacts.search': {
    org_id: 'Org whose records to read',
    limit: 'Results per page (default 20, at most 100)',
  },
  'peerMentors.list': {
    org_id: 'Org whose records to read',
    limit: 'Results per page (default 20, at most 100)',
  },
  'peerMentors.search': {
    org_id: 'Org whose records to read',
    limit: 'Results per page (default 20, at most 100)',
  },
  'platform.users.list': {
    limit: 'Results per page (default: 20)',
    search: 'Search by email or name',
    role: 'Filter by role (user, admin)',
  },
  'platform.sessions.list': {
    userId: 'Filter by user',
    status: 'Filter by status (active, completed, expired)',
    limit: 'Results per page (default: 20)',
  },
  'auditLog.list': {
    from: 'Only entries created at or after this instant (inclusive)',
    to: 'Only entries created at or before this instant (inclusive)',
    limit: 'Results per page (default 20, at most 100)',
  },
  'platform.users.get': {
    userId: 'User id',
  },
  'platform.users.updateRole': {
    userId: 'User id',
  },
  'platform.users.suspend': {
    userId: 'User id',
  },
};

/**
 * Schemas of `components.schemas`, by name: `''` is the schema itself, any other key a property (a dotted path for
 * a property of a property). The open lists (`Read…`) are described from their known values by the builder.
 */
export const schemaDescriptions: Record<string, Record<string, string>> = {
  ActivityLogEntry: {
    activity_type: 'Kind of activity, e.g. mentoring_session',
  },
  AdminUser: {
    email: 'E-mail address, read as sent (no format check)',
  },
  AdminUserRole: {
    '': 'Platform role; only admins may call document 002',
  },
  AuditLogEntry: {
    actor_id: 'Admin who performed the action',
    resource_type: 'Kind of resource affected, e.g. user or organization',
    changes: 'Changed fields with their old and new values (UPDATE); null for CREATE and DELETE',
  },
  BulkInsertError: {
    index: 'Position of the record in the request',
  },
  Contact: {
    email: 'E-mail address, read as sent (no format check)',
  },
  ContactRole: {
    '': 'Role of a contact in the org',
  },
  ContactSearchHit: {
    email: 'E-mail address, read as sent (no format check)',
  },
  CursorPagination: {
    cursor: 'Opaque cursor of the next page; the list ends when hasMore is false',
  },
  DashboardState: {
    selected_org_node_id: 'null when no org node is selected (root scope)',
  },
  DataUserRole: {
    '': 'Role of a user in an org',
  },
  DataUserStatus: {
    '': 'Whether the user currently takes part',
  },
  DateOrTimestamp: {
    '': 'ISO 8601 date (2026-03-01) or date-time (2026-03-01T00:00:00Z)',
  },
  ErrorEnvelope: {
    'error.code': 'One of UNAUTHORIZED, FORBIDDEN, NOT_FOUND, BAD_REQUEST, CONFLICT, INTERNAL_ERROR, RATE_LIMITED',
  },
  OrgNode: {
    parent_org_id: 'null for the root of the tree',
    level: 'Depth below the root (root = 0)',
  },
  PeerMentor: {
    email: 'E-mail address, read as sent (no format check)',
  },
  PeerMentorSummary: {
    email: 'E-mail address, read as sent (no format check)',
  },
  PlatformUser: {
    email: 'E-mail address, read as sent (no format check)',
    agents: 'Ids of the agents the user owns',
  },
  PlatformUserSummary: {
    email: 'E-mail address, read as sent (no format check)',
    lastLoginAt: 'null when the user never logged in',
  },
  SelectedOrg: {
    selected_org_node_id: 'null when the selection was cleared (root scope)',
  },
  ServerErrorCode: {
    '': 'Error code of document 002',
  },
  Timestamp: {
    '': 'ISO 8601 date-time, e.g. 2026-03-26T12:00:00Z',
  },
  UpdatedContact: {
    email: 'E-mail address, read as sent (no format check)',
  },
};
