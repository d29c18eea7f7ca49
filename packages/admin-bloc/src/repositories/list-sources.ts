import type { AdminClient } from '../api/create-admin-client.js';
import type { Organization } from '../contract/admin.js';
import type { AuditAction, AuditLogEntry } from '../contract/audit.js';
import type { Contact, ContactSearchHit, PeerMentorSearchHit, PeerMentorSummary } from '../contract/contacts.js';
import type { ActivityLogEntry, DataUser, DataUserRole, DataUserStatus } from '../contract/data.js';
import type { PlatformRole, PlatformSession, PlatformUserSummary, SessionStatus } from '../contract/platform.js';
import type { CursorSource, PagedSource, Paging } from './paged-source.js';

// Each source below is the one place that knows its endpoint's wire shape: which arguments it takes (a filter
// left `null` or `''` is not sent at all), whether its total is `pagination.total` or `meta.total`, and for
// contacts and peer mentors which of the list and search endpoints answers.

/**
 * The filters a query sets, for the request: a filter left `null` or `''` means "any" and is not sent at all,
 * rather than sent empty (which a server may read as "match the empty value").
 */
function setFilters<Filters extends Record<string, string | null>>(
  filters: Filters,
): { [Key in keyof Filters]?: Exclude<Filters[Key], null> } {
  const set: Record<string, string> = {};
  for (const [key, value] of Object.entries(filters)) if (value) set[key] = value;
  return set as { [Key in keyof Filters]?: Exclude<Filters[Key], null> };
}

/** The client's per-call options: the handler's signal, so a cancelled load really aborts its request. */
const withSignal = (signal: AbortSignal | undefined) => (signal ? { signal } : undefined);

/**
 * The user list's query (document 000 `users`): the scope's org ids and the filters; `null` / `''`: any.
 *
 * @example
 * const query: UsersQuery = { orgIds: ['org_tY2zLm'], role: 'mentor', status: null, search: '', page: 1, limit: 20 };
 */
export interface UsersQuery extends Paging {
  readonly orgIds: readonly string[];
  readonly role: DataUserRole | null;
  readonly status: DataUserStatus | null;
  readonly search: string;
}

/**
 * The users of a scope, page by page (document 000).
 *
 * @example
 * const users = usersSource(client);
 * const { items, total } = await users.list({ orgIds: ['org_tY2zLm'], role: null, status: null, search: 'haugen', page: 1, limit: 20 });
 */
export function usersSource(client: AdminClient): PagedSource<UsersQuery, DataUser> {
  return {
    async list(query, signal) {
      const answer = await client.data.users.list(
        {
          orgIds: [...query.orgIds],
          ...setFilters({ role: query.role, status: query.status, search: query.search }),
          page: query.page,
          limit: query.limit,
        },
        withSignal(signal),
      );
      return { items: answer.data, total: answer.pagination.total };
    },
  };
}

/**
 * The query of document 003's lists: one org id (the server includes its descendants) and a search text
 * (`''`: the plain list; otherwise the search endpoint, trimmed).
 *
 * @example
 * const query: OrgSearchQuery = { orgId: 'org_tY2zLm', search: 'ane', page: 1, limit: 20 };
 */
export interface OrgSearchQuery extends Paging {
  readonly orgId: string;
  readonly search: string;
}

/**
 * A row of a document 003 list: a whole record (plain list) or a search hit (fewer fields).
 *
 * @example
 * const row: ContactListRow = { id: 'usr_01J3K8X', full_name: 'Ane Berg', email: 'ane.berg@org.no' };
 */
export type ContactListRow = Contact | ContactSearchHit;
/**
 * A row of the peer-mentor list: a summary (plain list) or a search hit.
 *
 * @example
 * const row: PeerMentorListRow = { id: 'pm_88A1C', full_name: 'Kari Nilsen', specialty: 'integration' };
 */
export type PeerMentorListRow = PeerMentorSummary | PeerMentorSearchHit;

/**
 * Contacts of an org, listed or searched (document 003), page by page.
 *
 * @example
 * await contactsSource(client).list({ orgId: 'org_tY2zLm', search: 'ane', page: 1, limit: 20 });
 */
export function contactsSource(client: AdminClient): PagedSource<OrgSearchQuery, ContactListRow> {
  return {
    async list(query, signal) {
      const search = query.search.trim();
      const paging = { orgId: query.orgId, page: query.page, limit: query.limit };
      const call = withSignal(signal);
      const answer =
        search === ''
          ? await client.contacts.list(paging, call)
          : await client.contacts.search({ ...paging, query: search }, call);
      return { items: answer.data, total: answer.pagination.total };
    },
  };
}

/**
 * Peer mentors of an org, listed or searched (document 003), page by page.
 *
 * @example
 * await peerMentorsSource(client).list({ orgId: 'org_tY2zLm', search: '', page: 1, limit: 20 });
 */
export function peerMentorsSource(client: AdminClient): PagedSource<OrgSearchQuery, PeerMentorListRow> {
  return {
    async list(query, signal) {
      const search = query.search.trim();
      const paging = { orgId: query.orgId, page: query.page, limit: query.limit };
      const call = withSignal(signal);
      const answer =
        search === ''
          ? await client.peerMentors.list(paging, call)
          : await client.peerMentors.search({ ...paging, query: search }, call);
      return { items: answer.data, total: answer.pagination.total };
    },
  };
}

/**
 * The activity log's query (document 000): the scope's org ids and the filters (`null`: any).
 *
 * @example
 * const query: ActivityQuery = { orgIds: ['org_tY2zLm'], activityType: 'mentoring_session', userId: null, from: null, to: null, page: 1, limit: 20 };
 */
export interface ActivityQuery extends Paging {
  readonly orgIds: readonly string[];
  readonly activityType: string | null;
  readonly userId: string | null;
  readonly from: string | null;
  readonly to: string | null;
}

/**
 * The activity log of a scope, page by page (document 000).
 *
 * @example
 * await activityLogSource(client).list({ orgIds: ['org_tY2zLm'], activityType: null, userId: null, from: null, to: null, page: 1, limit: 20 });
 */
export function activityLogSource(client: AdminClient): PagedSource<ActivityQuery, ActivityLogEntry> {
  return {
    async list(query, signal) {
      const answer = await client.data.activityLog(
        {
          orgIds: [...query.orgIds],
          page: query.page,
          limit: query.limit,
          ...setFilters({ activityType: query.activityType, userId: query.userId, from: query.from, to: query.to }),
        },
        withSignal(signal),
      );
      return { items: answer.data, total: answer.pagination.total };
    },
  };
}

/**
 * The audit log's query: who, what, which resource, when (`null`: any).
 *
 * @example
 * const query: AuditQuery = { actorId: null, action: 'DELETE', resourceType: null, resourceId: null, from: null, to: null, page: 1, limit: 20 };
 */
export interface AuditQuery extends Paging {
  readonly actorId: string | null;
  readonly action: AuditAction | null;
  readonly resourceType: string | null;
  readonly resourceId: string | null;
  readonly from: string | null;
  readonly to: string | null;
}

/**
 * The audit log, page by page (its total is in `meta`).
 *
 * @example
 * await auditLogSource(client).list({ actorId: null, action: null, resourceType: null, resourceId: null, from: null, to: null, page: 1, limit: 20 });
 */
export function auditLogSource(client: AdminClient): PagedSource<AuditQuery, AuditLogEntry> {
  return {
    async list(query, signal) {
      const answer = await client.auditLog.list(
        {
          page: query.page,
          limit: query.limit,
          ...setFilters({
            actorId: query.actorId,
            action: query.action,
            resourceType: query.resourceType,
            resourceId: query.resourceId,
            from: query.from,
            to: query.to,
          }),
        },
        withSignal(signal),
      );
      return { items: answer.data, total: answer.meta.total };
    },
  };
}

/**
 * The organizations query (document 002): a search text (`''`: all).
 *
 * @example
 * const query: OrganizationsListQuery = { search: 'rogaland', page: 1, limit: 20 };
 */
export interface OrganizationsListQuery extends Paging {
  readonly search: string;
}

/**
 * Organizations, page by page (document 002; its total is in `meta`).
 *
 * @example
 * await organizationsSource(client).list({ search: '', page: 1, limit: 20 });
 */
export function organizationsSource(client: AdminClient): PagedSource<OrganizationsListQuery, Organization> {
  return {
    async list(query, signal) {
      const search = query.search.trim();
      const answer = await client.organizations.list(
        { page: query.page, limit: query.limit, ...setFilters({ search }) },
        withSignal(signal),
      );
      return { items: answer.data, total: answer.meta.total };
    },
  };
}

/**
 * The platform's user list query (document 004): search text (`''`: none), role (`null`: any), page size.
 *
 * @example
 * const query: PlatformUsersListQuery = { search: 'haugen', role: 'admin', limit: 20 };
 */
export interface PlatformUsersListQuery {
  readonly search: string;
  readonly role: PlatformRole | null;
  readonly limit: number;
}

/**
 * The platform's users, page after page by cursor (document 004).
 *
 * @example
 * const { items, cursor, hasMore } = await platformUsersSource(client).list({ search: '', role: null, limit: 20 }, null);
 */
export function platformUsersSource(client: AdminClient): CursorSource<PlatformUsersListQuery, PlatformUserSummary> {
  return {
    async list(query, cursor, signal) {
      const answer = await client.platform.users.list(
        { limit: query.limit, ...setFilters({ cursor, search: query.search.trim(), role: query.role }) },
        withSignal(signal),
      );
      return { items: answer.data, cursor: answer.pagination.cursor ?? null, hasMore: answer.pagination.hasMore };
    },
  };
}

/**
 * The platform's session list query (document 004): agent, user and status (`null`: any), page size.
 *
 * @example
 * const query: PlatformSessionsListQuery = { agentId: null, userId: 'usr_hA3mXp', status: 'active', limit: 20 };
 */
export interface PlatformSessionsListQuery {
  readonly agentId: string | null;
  readonly userId: string | null;
  readonly status: SessionStatus | null;
  readonly limit: number;
}

/**
 * The platform's agent sessions, page after page by cursor (document 004).
 *
 * @example
 * await platformSessionsSource(client).list({ agentId: null, userId: null, status: 'active', limit: 20 }, null);
 */
export function platformSessionsSource(client: AdminClient): CursorSource<PlatformSessionsListQuery, PlatformSession> {
  return {
    async list(query, cursor, signal) {
      const { agentId, userId, status } = query;
      const answer = await client.platform.sessions.list(
        { limit: query.limit, ...setFilters({ cursor, agentId, userId, status }) },
        withSignal(signal),
      );
      return { items: answer.data, cursor: answer.pagination.cursor ?? null, hasMore: answer.pagination.hasMore };
    },
  };
}
