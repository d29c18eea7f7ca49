import type { z } from 'zod/mini';
import { contract } from '../contract/all-endpoints.js';
import type { Endpoint } from '../contract/endpoint.js';
import { type CallOptions, createHttp, type Http, type HttpOptions, type ResponseOf } from './http.js';
import { type QueryArgs, type QueryInputOf, toWireQuery } from './query-args.js';

/**
 * The typed admin client: one method per contract endpoint, namespaced by document. Arguments for query
 * strings are camelCase; request bodies and answers keep the contract's field names (no renaming layer), so
 * what the contract documents show is what you type. Every method takes `{ signal }` last and resolves with
 * the answer parsed by the endpoint's schema, or rejects with an `AdminApiError`.
 */

/**
 * Options of `createAdminClient`. `tenant` is the value of document 004's `X-Bulwark-Tenant` header (a string, or a
 * function read before every request), sent only to the endpoints whose definition declares the header.
 */
export type AdminClientOptions = HttpOptions;

const { data, state, admin, contacts, platform, audit } = contract;

/** TS argument name → wire name, per query. `satisfies` keeps every wire name a key of the schema. */
export const QUERY_NAMES = {
  dashboardStats: { orgIds: 'org_ids' },
  dataUsers: { orgIds: 'org_ids', role: 'role', status: 'status', search: 'search', page: 'page', limit: 'limit' },
  activityLog: {
    orgIds: 'org_ids',
    activityType: 'activity_type',
    userId: 'user_id',
    from: 'from',
    to: 'to',
    page: 'page',
    limit: 'limit',
  },
  orgNodes: { rootOrgId: 'root_org_id', page: 'page', limit: 'limit' },
  userListState: { orgId: 'org_id', page: 'page', limit: 'limit' },
  adminList: { page: 'page', limit: 'limit', search: 'search' },
  contactList: { orgId: 'org_id', page: 'page', limit: 'limit' },
  contactSearch: { orgId: 'org_id', query: 'q', page: 'page', limit: 'limit' },
  platformUsers: { limit: 'limit', cursor: 'cursor', search: 'search', role: 'role' },
  sessions: { agentId: 'agentId', userId: 'userId', status: 'status', limit: 'limit', cursor: 'cursor' },
  auditLog: {
    page: 'page',
    limit: 'limit',
    actorId: 'actor_id',
    action: 'action',
    resourceType: 'resource_type',
    resourceId: 'resource_id',
    from: 'from',
    to: 'to',
  },
} as const satisfies {
  dashboardStats: Names<typeof data.dashboardStats>;
  dataUsers: Names<typeof data.usersList>;
  activityLog: Names<typeof data.activityLog>;
  orgNodes: Names<typeof data.orgNodes>;
  userListState: Names<typeof state.usersGet>;
  adminList: Names<typeof admin.usersList>;
  contactList: Names<typeof contacts.list>;
  contactSearch: Names<typeof contacts.search>;
  platformUsers: Names<typeof platform.usersList>;
  sessions: Names<typeof platform.sessionsList>;
  auditLog: Names<typeof audit.list>;
};

type Names<E extends Endpoint> = { readonly [key: string]: keyof QueryInputOf<E> };
type Args<E extends Endpoint, M extends keyof typeof QUERY_NAMES> = QueryArgs<QueryInputOf<E>, (typeof QUERY_NAMES)[M]>;
type BodyOf<E extends Endpoint> = E['body'] extends z.ZodMiniType ? z.input<E['body']> : never;

export type DashboardStatsArgs = Args<typeof data.dashboardStats, 'dashboardStats'>;
export type DataUsersListArgs = Args<typeof data.usersList, 'dataUsers'>;
export type ActivityLogArgs = Args<typeof data.activityLog, 'activityLog'>;
export type OrgNodesArgs = Args<typeof data.orgNodes, 'orgNodes'>;
export type UserListStateArgs = Args<typeof state.usersGet, 'userListState'>;
export type AdminListArgs = Args<typeof admin.usersList, 'adminList'>;
export type ContactListArgs = Args<typeof contacts.list, 'contactList'>;
export type ContactSearchArgs = Args<typeof contacts.search, 'contactSearch'>;
export type PlatformUsersListArgs = Args<typeof platform.usersList, 'platformUsers'>;
export type SessionsListArgs = Args<typeof platform.sessionsList, 'sessions'>;
export type AuditLogListArgs = Args<typeof audit.list, 'auditLog'>;

/**
 * Creates the admin client on one ky instance.
 *
 * @example
 * const admin = createAdminClient({ baseUrl: 'https://admin.example.no', token: () => auth.token, tenant: 'bulwark' });
 * const users = await admin.users.list({ page: 1, limit: 50, search: 'john@example.com' });
 * const org = await admin.organizations.create({ name: 'Acme Corp', slug: 'acme-corp', plan: 'enterprise' });
 * const scope = await admin.data.dashboardStats({ orgIds: ['org_kNr8aQ', 'org_tY2zLm'] }, { signal });
 */
export function createAdminClient(options: AdminClientOptions = {}): AdminClient {
  return clientMethods(createHttp({ ...options, baseUrl: options.baseUrl ?? pageOrigin() }));
}

/** The client's methods over a transport: one per contract endpoint, grouped by contract document. */
function clientMethods(http: Http) {
  function noArgs<E extends Endpoint>(endpoint: E) {
    return (callOptions?: CallOptions): Promise<ResponseOf<E>> => http.request(endpoint, {}, callOptions);
  }
  function query<E extends Endpoint, M extends keyof typeof QUERY_NAMES>(endpoint: E, names: M) {
    return (args?: Args<E, M>, callOptions?: CallOptions): Promise<ResponseOf<E>> =>
      http.request(endpoint, { query: toWireQuery(QUERY_NAMES[names], args) }, callOptions);
  }
  function requiredQuery<E extends Endpoint, M extends keyof typeof QUERY_NAMES>(endpoint: E, names: M) {
    return (args: Args<E, M>, callOptions?: CallOptions): Promise<ResponseOf<E>> =>
      http.request(endpoint, { query: toWireQuery(QUERY_NAMES[names], args) }, callOptions);
  }
  function send<E extends Endpoint>(endpoint: E) {
    return (body: BodyOf<E>, callOptions?: CallOptions): Promise<ResponseOf<E>> =>
      http.request(endpoint, { body }, callOptions);
  }
  function byId<E extends Endpoint>(endpoint: E, param: 'id' | 'userId' = 'id') {
    return (id: string, callOptions?: CallOptions): Promise<ResponseOf<E>> =>
      http.request(endpoint, { params: { [param]: id } }, callOptions);
  }
  function sendById<E extends Endpoint>(endpoint: E, param: 'id' | 'userId' = 'id') {
    return (id: string, body: BodyOf<E>, callOptions?: CallOptions): Promise<ResponseOf<E>> =>
      http.request(endpoint, { params: { [param]: id }, body }, callOptions);
  }

  return {
    /** Document 000 — Admin Repository. */
    data: {
      dashboardStats: query(data.dashboardStats, 'dashboardStats'),
      users: {
        list: query(data.usersList, 'dataUsers'),
        bulkInsert: send(data.usersBulkInsert),
        update: sendById(data.usersUpdate),
        remove: byId(data.usersRemove),
      },
      activityLog: query(data.activityLog, 'activityLog'),
      orgNodes: query(data.orgNodes, 'orgNodes'),
    },
    /** Document 001 — Admin State. */
    state: {
      dashboard: { get: noArgs(state.dashboardGet), refresh: send(state.dashboardRefresh) },
      users: { get: query(state.usersGet, 'userListState'), setFilters: send(state.usersSetFilters) },
      selectedOrg: {
        get: noArgs(state.selectedOrgGet),
        set: send(state.selectedOrgSet),
        clear: noArgs(state.selectedOrgClear),
      },
    },
    /** Document 002 — users. */
    users: {
      list: query(admin.usersList, 'adminList'),
      get: byId(admin.usersGet),
      create: send(admin.usersCreate),
      update: sendById(admin.usersUpdate),
      remove: byId(admin.usersRemove),
    },
    /** Document 002 — organizations. */
    organizations: {
      list: query(admin.organizationsList, 'adminList'),
      get: byId(admin.organizationsGet),
      create: send(admin.organizationsCreate),
      update: sendById(admin.organizationsUpdate),
      remove: byId(admin.organizationsRemove),
    },
    /** Document 003 — contacts. */
    contacts: {
      list: requiredQuery(contacts.list, 'contactList'),
      get: byId(contacts.get),
      create: send(contacts.create),
      update: sendById(contacts.update),
      remove: byId(contacts.remove),
      search: requiredQuery(contacts.search, 'contactSearch'),
    },
    /** Document 003 — peer mentors. */
    peerMentors: {
      list: requiredQuery(contacts.peerMentorsList, 'contactList'),
      get: byId(contacts.peerMentorsGet),
      search: requiredQuery(contacts.peerMentorsSearch, 'contactSearch'),
    },
    /** Document 004 — platform administration (sends the tenant header). */
    platform: {
      stats: noArgs(platform.stats),
      users: {
        list: query(platform.usersList, 'platformUsers'),
        get: byId(platform.usersGet, 'userId'),
        updateRole: sendById(platform.usersUpdateRole, 'userId'),
        suspend: byId(platform.usersSuspend, 'userId'),
      },
      sessions: { list: query(platform.sessionsList, 'sessions') },
    },
    /** Our extension: the audit log document 002 describes. */
    auditLog: { list: query(audit.list, 'auditLog') },
    /** The transport, for requests outside the contract. */
    http,
  };
}

type ClientMethods = ReturnType<typeof clientMethods>;
type Group<Name extends keyof ClientMethods> = ClientMethods[Name];

// Named interfaces, so that a hover or an error message says `AdminClient` or `AdminUsersApi` instead of
// printing every method's full signature (about 5 kB for the whole client).

/** Document 000 — Admin Repository: dashboard figures, the data users, the activity log, the org tree. */
export interface AdminDataApi extends Group<'data'> {}
/** Document 001 — Admin State: what the server remembers for the coordinator (dashboard, filters, selected org). */
export interface AdminStateApi extends Group<'state'> {}
/** Document 002 — the admin users. */
export interface AdminUsersApi extends Group<'users'> {}
/** Document 002 — organizations. */
export interface AdminOrganizationsApi extends Group<'organizations'> {}
/** Document 003 — contacts. */
export interface AdminContactsApi extends Group<'contacts'> {}
/** Document 003 — peer mentors. */
export interface AdminPeerMentorsApi extends Group<'peerMentors'> {}
/** Document 004 — platform administration (sends the tenant header). */
export interface AdminPlatformApi extends Group<'platform'> {}
/** Our extension: the audit log document 002 describes. */
export interface AdminAuditLogApi extends Group<'auditLog'> {}

/**
 * The client `createAdminClient` returns: one group of methods per contract document.
 *
 * @example
 * const client: AdminClient = createAdminClient({ baseUrl: 'https://admin.example.no', token: () => auth.token });
 */
export interface AdminClient {
  readonly data: AdminDataApi;
  readonly state: AdminStateApi;
  readonly users: AdminUsersApi;
  readonly organizations: AdminOrganizationsApi;
  readonly contacts: AdminContactsApi;
  readonly peerMentors: AdminPeerMentorsApi;
  readonly platform: AdminPlatformApi;
  readonly auditLog: AdminAuditLogApi;
  /** The transport, for requests outside the contract. */
  readonly http: Http;
}

/**
 * The page's origin as the default `baseUrl`: a browser resolves a relative URL against it anyway, but Node's
 * `fetch` under jsdom or happy-dom does not, and would fail on every request. `undefined` outside a page.
 */
function pageOrigin(): string | undefined {
  const origin = (globalThis as { location?: { origin?: unknown } }).location?.origin;
  return typeof origin === 'string' && origin !== 'null' ? origin : undefined;
}
