import { describe, expectTypeOf, it } from 'vitest';
import type { Contact, DataUser, OrgNode, PlatformUserSummary } from '../../src/contract/index.js';
import type { AdminApiErrorCode } from '../../src/api/admin-api-error.js';
import { isAuthError } from '../../src/api/admin-api-error.js';
import { type AdminClient, createAdminClient } from '../../src/api/create-admin-client.js';

declare const client: AdminClient;
declare const signal: AbortSignal;

describe('answers are typed by the contract', () => {
  it('lists, records and envelopes', async () => {
    const users = await client.data.users.list({ orgIds: ['org_kNr8aQ'] });
    expectTypeOf(users.data).toEqualTypeOf<DataUser[]>();
    expectTypeOf(users.pagination.total).toBeNumber();
    expectTypeOf((await client.data.orgNodes()).data).toEqualTypeOf<OrgNode[]>();
    expectTypeOf(await client.contacts.get('usr_01J3K8X')).toEqualTypeOf<Contact>();
    expectTypeOf((await client.platform.users.list()).data).toEqualTypeOf<PlatformUserSummary[]>();
    expectTypeOf((await client.platform.users.list()).pagination.cursor).toEqualTypeOf<string | null | undefined>();
    expectTypeOf((await client.users.list()).success).toEqualTypeOf<true>();
    expectTypeOf((await client.contacts.remove('x')).deleted_id).toBeString();
    expectTypeOf((await client.state.selectedOrg.clear()).data.selected_org_node_id).toEqualTypeOf<
      string | null | undefined
    >();
    expectTypeOf((await client.auditLog.list()).data[0]?.action).toEqualTypeOf<
      'CREATE' | 'UPDATE' | 'DELETE' | undefined
    >();
  });

  it('document 004 keeps camelCase, the others snake_case', async () => {
    const stats = await client.platform.stats();
    expectTypeOf(stats.data.users.newThisMonth).toBeNumber();
    const dashboard = await client.state.dashboard.get();
    expectTypeOf(dashboard.data.dashboard_stats.active_mentors).toBeNumber();
  });
});

describe('arguments are checked at compile time', () => {
  it('query arguments are camelCase and typed', () => {
    client.data.users.list({ orgIds: ['a'], role: 'mentor', status: 'active', page: 1, limit: 20, search: 'x' });
    client.data.users.list({ orgIds: Object.freeze(['a', 'b']) }, { signal });
    client.data.activityLog({ activityType: 'mentoring_session', from: '2026-03-01', to: '2026-03-31' });
    client.contacts.search({ orgId: 'org_abc123', query: 'ane' });
    client.platform.sessions.list({ agentId: 'a', status: 'expired' });
    client.auditLog.list({ actorId: 'usr_1', action: 'DELETE', resourceType: 'user' });

    // @ts-expect-error the wire name is not the TS argument name
    client.data.users.list({ org_ids: ['a'] });
    // @ts-expect-error misspelled argument
    client.data.orgNodes({ rootOrgID: 'org_kNr8aQ' });
    // @ts-expect-error page is a number
    client.users.list({ page: '2' });
    // @ts-expect-error role is one of the contract's roles
    client.data.users.list({ role: 'pilot' });
    // @ts-expect-error org ids are a list
    client.data.dashboardStats({ orgIds: 'org_kNr8aQ' });
    // @ts-expect-error session status is active | completed | expired
    client.platform.sessions.list({ status: 'running' });
    // @ts-expect-error the audit action is upper case
    client.auditLog.list({ action: 'delete' });
  });

  it('required query arguments are required', () => {
    // @ts-expect-error contacts are listed per org
    client.contacts.list();
    // @ts-expect-error orgId is required
    client.contacts.list({ page: 1 });
    // @ts-expect-error a search needs its query
    client.peerMentors.search({ orgId: 'org_abc123' });
  });

  it('bodies keep the contract field names and reject misspelled or wrongly typed fields', () => {
    client.data.users.update('usr_hA3mXp', { status: 'inactive' });
    client.contacts.update('usr_02M5T9Y', { email: 'lars.h@org.no', is_active: false });
    client.organizations.create({ name: 'Acme Corp', slug: 'acme-corp', plan: 'enterprise' });
    client.platform.users.updateRole('usr_1', { role: 'admin' });

    // @ts-expect-error misspelled field
    client.data.users.update('usr_hA3mXp', { statuss: 'inactive' });
    // @ts-expect-error camelCase is not the contract's name in document 003
    client.contacts.update('usr_02M5T9Y', { isActive: false });
    // @ts-expect-error is_active is a boolean
    client.contacts.update('usr_02M5T9Y', { is_active: 'no' });
    // @ts-expect-error plan is one of free | pro | enterprise
    client.organizations.create({ name: 'Acme Corp', slug: 'acme-corp', plan: 'gold' });
    // @ts-expect-error slug is required
    client.organizations.create({ name: 'Acme Corp', plan: 'enterprise' });
    // @ts-expect-error role is user | admin in document 004
    client.platform.users.updateRole('usr_1', { role: 'owner' });
    // @ts-expect-error the body is required
    client.state.dashboard.refresh();
    // @ts-expect-error document 001 names it org_id
    client.state.dashboard.refresh({ orgId: 'org_kNr8aQ' });
  });

  it('ids are strings and the last argument is { signal }', () => {
    client.users.get('usr_1', { signal });
    client.platform.users.suspend('usr_1', { signal });
    // @ts-expect-error ids are strings
    client.users.get(42);
    // @ts-expect-error options take a signal, nothing else
    client.users.get('usr_1', { timeout: 5 });
  });

  it('no method is missing and no extra one appears', () => {
    expectTypeOf<keyof AdminClient>().toEqualTypeOf<
      'data' | 'state' | 'users' | 'organizations' | 'contacts' | 'peerMentors' | 'platform' | 'auditLog' | 'http'
    >();
    expectTypeOf<keyof AdminClient['data']['users']>().toEqualTypeOf<'list' | 'bulkInsert' | 'update' | 'remove'>();
    expectTypeOf<keyof AdminClient['contacts']>().toEqualTypeOf<
      'list' | 'get' | 'create' | 'update' | 'remove' | 'search'
    >();
    expectTypeOf<keyof AdminClient['platform']['users']>().toEqualTypeOf<'list' | 'get' | 'updateRole' | 'suspend'>();
  });
});

describe('options and errors', () => {
  it('token may be a string or a (sync or async) function', () => {
    createAdminClient({ baseUrl: 'http://x', token: 't' });
    createAdminClient({ baseUrl: 'http://x', token: () => 't', tenant: () => 'bulwark' });
    createAdminClient({ baseUrl: 'http://x', token: async () => undefined, rateLimit: { limit: 100 } });
    // @ts-expect-error a token is text
    createAdminClient({ baseUrl: 'http://x', token: 42 });
    // @ts-expect-error retry takes a policy, a count or false
    createAdminClient({ baseUrl: 'http://x', retry: 'often' });
  });

  it('guards narrow the code', () => {
    const error: unknown = new Error('x');
    if (isAuthError(error)) expectTypeOf(error.code).toEqualTypeOf<'UNAUTHORIZED' | 'FORBIDDEN'>();
    expectTypeOf<AdminApiErrorCode>().toEqualTypeOf<
      | 'UNAUTHORIZED'
      | 'FORBIDDEN'
      | 'NOT_FOUND'
      | 'BAD_REQUEST'
      | 'CONFLICT'
      | 'INTERNAL_ERROR'
      | 'RATE_LIMITED'
      | 'NETWORK_ERROR'
      | 'TIMEOUT'
      | 'ABORTED'
      | 'INVALID_RESPONSE'
    >();
  });
});
