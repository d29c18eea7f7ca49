import { example } from '../../contract/fixtures/index.js';
import type { CallOptions } from '../../../src/api/http.js';
import type { testClient } from '../../support/msw.js';

/**
 * One row per client method: the call, what the contract says must reach the server, and an answer that
 * conforms. Shared by the wire tests and the error sweep so both cover every method.
 */

export { example };

const adminUser = {
  id: 'usr_hA3mXp',
  email: 'astrid.haugen@example.no',
  name: 'Astrid Haugen',
  role: 'admin',
  status: 'active',
  organization_id: 'org_kNr8aQ',
  created_at: '2026-01-15T00:00:00Z',
  updated_at: '2026-03-26T12:00:00Z',
};
const organization = {
  id: 'org_acme',
  name: 'Acme Corp',
  slug: 'acme-corp',
  plan: 'enterprise',
  created_at: '2026-03-26T12:00:00Z',
  updated_at: '2026-03-26T12:00:00Z',
};
const meta = { page: 1, limit: 50, total: 1 };
const auditEntry = {
  id: 'aud_1',
  actor_id: 'usr_hA3mXp',
  action: 'UPDATE',
  resource_type: 'user',
  resource_id: 'usr_bQ9vTk',
  changes: { status: { from: 'active', to: 'inactive' } },
  created_at: '2026-03-26T12:00:00Z',
};

type Client = ReturnType<typeof testClient>;

export interface WireCase {
  /** Endpoint id; the table must cover every id in allEndpoints. */
  readonly id: string;
  readonly call: (client: Client, options?: CallOptions) => Promise<unknown>;
  readonly method: string;
  readonly path: string;
  /** The exact query string on the wire ('' for none). */
  readonly search?: string;
  readonly body?: unknown;
  readonly reply: unknown;
  readonly status?: number;
}

/**
 * The rows of one resource of document 002 (users, organizations): its five calls answer alike (a
 * `{ success, data }` envelope, 201 for a create, PATCH for an update, `{ id, deleted: true }` for a delete), so
 * only the calls, the query string of the list and the bodies differ. The record's own id is the path's id.
 */
function document002Resource(
  group: 'users' | 'organizations',
  resource: {
    path: string;
    record: { id: string };
    list: readonly [call: WireCase['call'], search: string];
    create: readonly [call: WireCase['call'], body: unknown];
    update: readonly [call: WireCase['call'], body: unknown, updated: unknown];
  },
): WireCase[] {
  const { path, record } = resource;
  const one = `${path}/${record.id}`;
  return [
    {
      id: `${group}.list`,
      call: resource.list[0],
      method: 'GET',
      path,
      search: resource.list[1],
      reply: { success: true, data: [record], meta },
    },
    {
      id: `${group}.get`,
      call: (c, o) => c[group].get(record.id, o),
      method: 'GET',
      path: one,
      reply: { success: true, data: record },
    },
    {
      id: `${group}.create`,
      call: resource.create[0],
      method: 'POST',
      path,
      body: resource.create[1],
      reply: { success: true, data: record },
      status: 201,
    },
    {
      id: `${group}.update`,
      call: resource.update[0],
      method: 'PATCH',
      path: one,
      body: resource.update[1],
      reply: { success: true, data: resource.update[2] },
    },
    {
      id: `${group}.remove`,
      call: (c, o) => c[group].remove(record.id, o),
      method: 'DELETE',
      path: one,
      reply: { success: true, data: { id: record.id, deleted: true } },
    },
  ];
}

export const wireCases: readonly WireCase[] = [
  // 000
  {
    id: 'data.dashboardStats',
    call: (c, o) => c.data.dashboardStats({ orgIds: ['org_kNr8aQ', 'org_tY2zLm'] }, o),
    method: 'GET',
    path: '/api/v1/admin/data/dashboard-stats',
    search: 'org_ids=org_kNr8aQ%2Corg_tY2zLm',
    reply: example('data.dashboardStats'),
  },
  {
    id: 'data.users.list',
    call: (c, o) =>
      c.data.users.list(
        {
          orgIds: ['org_kNr8aQ'],
          role: 'mentor',
          status: 'active',
          search: 'astrid',
          page: 2,
          limit: 20,
        },
        o,
      ),
    method: 'GET',
    path: '/api/v1/admin/data/users',
    search: 'limit=20&org_ids=org_kNr8aQ&page=2&role=mentor&search=astrid&status=active',
    reply: example('data.users.list'),
  },
  {
    id: 'data.activityLog',
    call: (c, o) =>
      c.data.activityLog(
        {
          orgIds: ['org_kNr8aQ', 'org_tY2zLm'],
          activityType: 'mentoring_session',
          userId: 'usr_hA3mXp',
          from: '2026-03-01',
          to: '2026-03-31T23:59:59Z',
          page: 1,
          limit: 20,
        },
        o,
      ),
    method: 'GET',
    path: '/api/v1/admin/data/activity-log',
    search:
      'activity_type=mentoring_session&from=2026-03-01&limit=20&org_ids=org_kNr8aQ%2Corg_tY2zLm&page=1&to=2026-03-31T23%3A59%3A59Z&user_id=usr_hA3mXp',
    reply: example('data.activityLog'),
  },
  {
    id: 'data.orgNodes',
    call: (c, o) => c.data.orgNodes({ rootOrgId: 'org_kNr8aQ' }, o),
    method: 'GET',
    path: '/api/v1/admin/data/org-nodes',
    search: 'root_org_id=org_kNr8aQ',
    reply: example('data.orgNodes'),
  },
  {
    id: 'data.users.bulkInsert',
    call: (c, o) =>
      c.data.users.bulkInsert(
        {
          org_ids: ['org_kNr8aQ'],
          users: [{ full_name: 'Kari Olsen', email: 'kari.olsen@company.no', role: 'mentor' }],
        },
        o,
      ),
    method: 'POST',
    path: '/api/v1/admin/data/users',
    body: {
      org_ids: ['org_kNr8aQ'],
      users: [{ full_name: 'Kari Olsen', email: 'kari.olsen@company.no', role: 'mentor' }],
    },
    reply: example('data.users.bulkInsert'),
  },
  {
    id: 'data.users.update',
    call: (c, o) => c.data.users.update('usr_hA3mXp', { status: 'inactive' }, o),
    method: 'PUT',
    path: '/api/v1/admin/data/users/usr_hA3mXp',
    body: { status: 'inactive' },
    reply: example('data.users.update'),
  },
  {
    id: 'data.users.remove',
    call: (c, o) => c.data.users.remove('usr_hA3mXp', o),
    method: 'DELETE',
    path: '/api/v1/admin/data/users/usr_hA3mXp',
    reply: example('data.users.remove'),
  },
  // 001
  {
    id: 'state.dashboard.get',
    call: (c, o) => c.state.dashboard.get(o),
    method: 'GET',
    path: '/api/v1/admin/state/dashboard',
    reply: example('state.dashboard.get'),
  },
  {
    id: 'state.dashboard.refresh',
    call: (c, o) => c.state.dashboard.refresh({ org_id: 'org_kNr8aQ' }, o),
    method: 'POST',
    path: '/api/v1/admin/state/dashboard/refresh',
    body: { org_id: 'org_kNr8aQ' },
    reply: example('state.dashboard.refresh'),
  },
  {
    id: 'state.users.get',
    call: (c, o) => c.state.users.get({ orgId: 'org_kNr8aQ', page: 1 }, o),
    method: 'GET',
    path: '/api/v1/admin/state/users',
    search: 'org_id=org_kNr8aQ&page=1',
    reply: example('state.users.get'),
  },
  {
    id: 'state.users.setFilters',
    call: (c, o) =>
      c.state.users.setFilters({ org_id: 'org_kNr8aQ', filters: { role: 'mentee', status: 'active' } }, o),
    method: 'PUT',
    path: '/api/v1/admin/state/users',
    body: { org_id: 'org_kNr8aQ', filters: { role: 'mentee', status: 'active' } },
    reply: example('state.users.setFilters'),
  },
  {
    id: 'state.selectedOrg.get',
    call: (c, o) => c.state.selectedOrg.get(o),
    method: 'GET',
    path: '/api/v1/admin/state/selected-org',
    reply: example('state.selectedOrg.get'),
  },
  {
    id: 'state.selectedOrg.set',
    call: (c, o) => c.state.selectedOrg.set({ admin_id: 'usr_hA3mXp', org_node_id: 'org_xW7pNq' }, o),
    method: 'POST',
    path: '/api/v1/admin/state/selected-org',
    body: { admin_id: 'usr_hA3mXp', org_node_id: 'org_xW7pNq' },
    reply: example('state.selectedOrg.set'),
  },
  {
    id: 'state.selectedOrg.clear',
    call: (c, o) => c.state.selectedOrg.clear(o),
    method: 'DELETE',
    path: '/api/v1/admin/state/selected-org',
    reply: example('state.selectedOrg.clear'),
  },
  // 002
  ...document002Resource('users', {
    path: '/api/admin/users',
    record: adminUser,
    list: [
      (c, o) => c.users.list({ page: 1, limit: 50, search: 'john@example.com' }, o),
      'limit=50&page=1&search=john%40example.com',
    ],
    create: [
      (c, o) => c.users.create({ email: 'astrid.haugen@example.no', name: 'Astrid Haugen', role: 'admin' }, o),
      { email: 'astrid.haugen@example.no', name: 'Astrid Haugen', role: 'admin' },
    ],
    update: [(c, o) => c.users.update('usr_hA3mXp', { status: 'active' }, o), { status: 'active' }, adminUser],
  }),
  ...document002Resource('organizations', {
    path: '/api/admin/organizations',
    record: organization,
    list: [(c, o) => c.organizations.list({ search: 'acme' }, o), 'search=acme'],
    create: [
      (c, o) => c.organizations.create({ name: 'Acme Corp', slug: 'acme-corp', plan: 'enterprise' }, o),
      { name: 'Acme Corp', slug: 'acme-corp', plan: 'enterprise' },
    ],
    update: [
      (c, o) => c.organizations.update('org_acme', { plan: 'pro' }, o),
      { plan: 'pro' },
      { ...organization, plan: 'pro' },
    ],
  }),
  // 003
  {
    id: 'contacts.list',
    call: (c, o) => c.contacts.list({ orgId: 'org_abc123', page: 1, limit: 20 }, o),
    method: 'GET',
    path: '/api/v1/contacts',
    search: 'limit=20&org_id=org_abc123&page=1',
    reply: example('contacts.list'),
  },
  {
    id: 'contacts.get',
    call: (c, o) => c.contacts.get('usr_01J3K8X', o),
    method: 'GET',
    path: '/api/v1/contacts/usr_01J3K8X',
    reply: example('contacts.get'),
  },
  {
    id: 'contacts.create',
    call: (c, o) =>
      c.contacts.create(
        {
          full_name: 'Lars Haugen',
          email: 'lars.haugen@org.no',
          role: 'coordinator',
          org_id: 'org_abc123',
        },
        o,
      ),
    method: 'POST',
    path: '/api/v1/contacts',
    body: { full_name: 'Lars Haugen', email: 'lars.haugen@org.no', role: 'coordinator', org_id: 'org_abc123' },
    reply: example('contacts.create'),
    status: 201,
  },
  {
    id: 'contacts.update',
    call: (c, o) => c.contacts.update('usr_02M5T9Y', { email: 'lars.h@org.no', is_active: false }, o),
    method: 'PUT',
    path: '/api/v1/contacts/usr_02M5T9Y',
    body: { email: 'lars.h@org.no', is_active: false },
    reply: example('contacts.update'),
  },
  {
    id: 'contacts.remove',
    call: (c, o) => c.contacts.remove('usr_02M5T9Y', o),
    method: 'DELETE',
    path: '/api/v1/contacts/usr_02M5T9Y',
    reply: example('contacts.remove'),
  },
  {
    id: 'contacts.search',
    call: (c, o) => c.contacts.search({ orgId: 'org_abc123', query: 'ane' }, o),
    method: 'GET',
    path: '/api/v1/contacts/search',
    search: 'org_id=org_abc123&q=ane',
    reply: example('contacts.search'),
  },
  {
    id: 'peerMentors.list',
    call: (c, o) => c.peerMentors.list({ orgId: 'org_abc123' }, o),
    method: 'GET',
    path: '/api/v1/contacts/peer-mentors',
    search: 'org_id=org_abc123',
    reply: example('peerMentors.list'),
  },
  {
    id: 'peerMentors.get',
    call: (c, o) => c.peerMentors.get('pm_88A1C', o),
    method: 'GET',
    path: '/api/v1/contacts/peer-mentors/pm_88A1C',
    reply: example('peerMentors.get'),
  },
  {
    id: 'peerMentors.search',
    call: (c, o) => c.peerMentors.search({ orgId: 'org_abc123', query: 'integration', limit: 5 }, o),
    method: 'GET',
    path: '/api/v1/contacts/peer-mentors/search',
    search: 'limit=5&org_id=org_abc123&q=integration',
    reply: example('peerMentors.search'),
  },
  // 004
  {
    id: 'platform.stats',
    call: (c, o) => c.platform.stats(o),
    method: 'GET',
    path: '/api/v1/admin/stats',
    reply: example('platform.stats'),
  },
  {
    id: 'platform.users.list',
    call: (c, o) => c.platform.users.list({ limit: 20, cursor: 'abc', search: 'jane', role: 'user' }, o),
    method: 'GET',
    path: '/api/v1/admin/users',
    search: 'cursor=abc&limit=20&role=user&search=jane',
    reply: example('platform.users.list'),
  },
  {
    id: 'platform.users.get',
    call: (c, o) => c.platform.users.get('usr_01j...', o),
    method: 'GET',
    path: '/api/v1/admin/users/usr_01j...',
    reply: example('platform.users.get'),
  },
  {
    id: 'platform.users.updateRole',
    call: (c, o) => c.platform.users.updateRole('usr_01j...', { role: 'admin' }, o),
    method: 'PATCH',
    path: '/api/v1/admin/users/usr_01j...',
    body: { role: 'admin' },
    reply: example('platform.users.updateRole'),
  },
  {
    id: 'platform.users.suspend',
    call: (c, o) => c.platform.users.suspend('usr_01j...', o),
    method: 'POST',
    path: '/api/v1/admin/users/usr_01j.../suspend',
    reply: example('platform.users.suspend'),
  },
  {
    id: 'platform.sessions.list',
    call: (c, o) => c.platform.sessions.list({ agentId: 'agent_01j...', userId: 'usr_01j...', status: 'active' }, o),
    method: 'GET',
    path: '/api/v1/admin/sessions',
    search: 'agentId=agent_01j...&status=active&userId=usr_01j...',
    reply: example('platform.sessions.list'),
  },
  // ext
  {
    id: 'auditLog.list',
    call: (c, o) =>
      c.auditLog.list(
        {
          actorId: 'usr_hA3mXp',
          action: 'UPDATE',
          resourceType: 'user',
          resourceId: 'usr_bQ9vTk',
          from: '2026-03-01',
          to: '2026-03-31',
          page: 1,
          limit: 50,
        },
        o,
      ),
    method: 'GET',
    path: '/api/admin/audit-log',
    search:
      'action=UPDATE&actor_id=usr_hA3mXp&from=2026-03-01&limit=50&page=1&resource_id=usr_bQ9vTk&resource_type=user&to=2026-03-31',
    reply: { success: true, data: [auditEntry], meta },
  },
];
