import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TOKENS } from '../../src/mocks/demo-tokens.js';
import { setupMockServer } from '../../src/mocks/server.js';
import { call } from './test-support.js';

const mock = setupMockServer();
beforeAll(() => mock.listen());
afterEach(() => mock.reset());
afterAll(() => mock.close());

const ANE = 'usr_01J3K8X';

describe('one store, many views', () => {
  it('a user updated through document 000 shows the change through 002, 003 and 004', async () => {
    const updated = await call('PUT', `/api/v1/admin/data/users/${ANE}`, {
      body: { full_name: 'Ane Berg Sørli', email: 'ane.sorli@org.no', status: 'inactive', org_id: 'org_xW7pNq' },
    });
    expect(updated.status).toBe(200);
    expect(updated.body.data).toEqual({
      user_id: ANE,
      status: 'inactive',
      updated_at: '2026-03-26T12:00:00Z',
      org_id: 'org_xW7pNq',
      full_name: 'Ane Berg Sørli',
      role: 'mentor',
    });

    const admin = await call('GET', `/api/admin/users/${ANE}`);
    expect(admin.body.data).toMatchObject({
      name: 'Ane Berg Sørli',
      email: 'ane.sorli@org.no',
      status: 'inactive',
      organization_id: 'org_xW7pNq',
      updated_at: '2026-03-26T12:00:00Z',
    });
    const contact = await call('GET', `/api/v1/contacts/${ANE}`);
    expect(contact.body).toMatchObject({ full_name: 'Ane Berg Sørli', email: 'ane.sorli@org.no', is_active: false });
    const inHaugaland = await call('GET', '/api/v1/contacts/search', { query: { org_id: 'org_xW7pNq', q: 'sorli' } });
    expect(inHaugaland.body.data).toEqual([{ id: ANE, full_name: 'Ane Berg Sørli', email: 'ane.sorli@org.no' }]);
    const platform = await call('GET', `/api/v1/admin/users/${ANE}`);
    expect(platform.body.data).toMatchObject({ name: 'Ane Berg Sørli', email: 'ane.sorli@org.no' });
    const found = await call('GET', '/api/v1/admin/users', { query: { search: 'ane berg s' } });
    expect(found.body.data.map((user: { id: string }) => user.id)).toEqual([ANE]);

    // The figures count the change: one active mentor fewer at the root.
    const stats = await call('GET', '/api/v1/admin/data/dashboard-stats');
    expect(stats.body.data).toMatchObject({ total_users: 291, active_mentors: 66 });
  });

  it('a deleted user is gone from every view, and the audit log has both entries', async () => {
    await call('PUT', `/api/v1/admin/data/users/${ANE}`, { body: { status: 'inactive' } });
    const removed = await call('DELETE', `/api/v1/admin/data/users/${ANE}`, { token: DEMO_TOKENS.superAdmin });
    expect(removed.body).toEqual({ data: { user_id: ANE, deleted: true } });

    const dataList = await call('GET', '/api/v1/admin/data/users', { query: { search: 'Ane Berg' } });
    expect(dataList.body.data).toEqual([]);
    expect((await call('GET', `/api/admin/users/${ANE}`)).status).toBe(404);
    expect((await call('GET', `/api/v1/contacts/${ANE}`)).status).toBe(404);
    expect((await call('GET', `/api/v1/admin/users/${ANE}`)).status).toBe(404);
    const contacts = await call('GET', '/api/v1/contacts', { query: { org_id: 'org_abc123' } });
    expect(contacts.body.pagination.total).toBe(83);
    const mentors = await call('GET', '/api/v1/contacts/peer-mentors/search', {
      query: { org_id: 'org_abc123', q: 'ane berg' },
    });
    expect(mentors.body.data).toEqual([]);
    const stats = await call('GET', '/api/v1/admin/data/dashboard-stats');
    expect(stats.body.data.total_users).toBe(290);

    const audit = await call('GET', '/api/admin/audit-log', { query: { resource_id: ANE } });
    expect(audit.body.meta.total).toBe(2);
    expect(audit.body.data).toEqual([
      {
        id: expect.any(String),
        actor_id: 'usr_iS7tRk',
        action: 'DELETE',
        resource_type: 'user',
        resource_id: ANE,
        changes: null,
        created_at: '2026-03-26T12:00:00Z',
      },
      {
        id: expect.any(String),
        actor_id: 'usr_hA3mXp',
        action: 'UPDATE',
        resource_type: 'user',
        resource_id: ANE,
        changes: { status: { from: 'active', to: 'inactive' } },
        created_at: '2026-03-26T12:00:00Z',
      },
    ]);
  });

  it('every create, update and delete of every document is audited', async () => {
    const before = mock.db.audit.length;
    const created = await call('POST', '/api/admin/users', {
      body: { email: 'nina.moe@org.no', name: 'Nina Moe', role: 'user' },
    });
    const id = created.body.data.id as string;
    await call('PATCH', `/api/admin/users/${id}`, { body: { name: 'Nina Moe Ås' } });
    await call('PUT', `/api/v1/contacts/${ANE}`, { body: { role: 'admin' } });
    await call('PATCH', `/api/v1/admin/users/${ANE}`, { body: { role: 'user' } });
    await call('POST', `/api/v1/admin/users/${ANE}/suspend`);
    const org = await call('POST', '/api/admin/organizations', {
      body: { name: 'Sauda', slug: 'sauda', plan: 'free' },
    });
    await call('PATCH', `/api/admin/organizations/${org.body.data.id}`, { body: { plan: 'pro' } });
    await call('DELETE', `/api/admin/organizations/${org.body.data.id}`);
    await call('DELETE', `/api/admin/users/${id}`, { token: DEMO_TOKENS.superAdmin });
    await call('POST', '/api/v1/admin/state/selected-org', {
      body: { admin_id: 'usr_hA3mXp', org_node_id: 'org_xW7pNq' },
    });
    const entries = mock.db.audit.slice(before).map((entry) => [entry.action, entry.resourceType, entry.changes]);
    expect(entries).toEqual([
      ['CREATE', 'user', null],
      ['UPDATE', 'user', { full_name: { from: 'Nina Moe', to: 'Nina Moe Ås' } }],
      ['UPDATE', 'user', { role: { from: 'mentor', to: 'coordinator' }, access_role: { from: 'user', to: 'admin' } }],
      ['UPDATE', 'user', { access_role: { from: 'admin', to: 'user' } }],
      ['UPDATE', 'user', { status: { from: 'active', to: 'suspended' } }],
      ['CREATE', 'organization', null],
      ['UPDATE', 'organization', { plan: { from: 'free', to: 'pro' } }],
      ['DELETE', 'organization', null],
      ['DELETE', 'user', null],
      ['UPDATE', 'admin_state', { selected_org_node_id: { from: 'org_tY2zLm', to: 'org_xW7pNq' } }],
    ]);
  });

  it('document 001: the dashboard is a snapshot until refreshed; selecting an org takes a new one', async () => {
    await call('PUT', `/api/v1/admin/data/users/${'usr_bQ9vTk'}`, { body: { status: 'inactive', role: 'mentor' } });
    const stale = await call('GET', '/api/v1/admin/state/dashboard');
    expect(stale.body.data.dashboard_stats.active_mentors).toBe(42);
    mock.db.clock.advance(30 * 60_000);
    const refreshed = await call('POST', '/api/v1/admin/state/dashboard/refresh', { body: { org_id: 'org_tY2zLm' } });
    expect(refreshed.body.data).toEqual({ org_id: 'org_tY2zLm', refreshed_at: '2026-03-26T12:30:00Z' });
    await call('PUT', `/api/v1/admin/data/users/${'usr_bQ9vTk'}`, { body: { status: 'active' } });
    expect((await call('GET', '/api/v1/admin/state/dashboard')).body.data.dashboard_stats.active_mentors).toBe(42);
    await call('POST', '/api/v1/admin/state/dashboard/refresh', { body: { org_id: 'org_tY2zLm' } });
    expect((await call('GET', '/api/v1/admin/state/dashboard')).body.data.dashboard_stats.active_mentors).toBe(43);
    // The body's org_id decides what is counted (document 001), not the selection: the whole tree here.
    await call('POST', '/api/v1/admin/state/dashboard/refresh', { body: { org_id: 'org_kNr8aQ' } });
    const whole = (await call('GET', '/api/v1/admin/state/dashboard')).body.data;
    expect(whole.dashboard_stats.total_users).toBe(291);
    expect(whole.selected_org_node_id).toBe('org_tY2zLm');

    const selected = await call('POST', '/api/v1/admin/state/selected-org', {
      body: { admin_id: 'usr_hA3mXp', org_node_id: 'org_xW7pNq' },
    });
    expect(selected.body.data).toEqual({
      admin_id: 'usr_hA3mXp',
      selected_org_node_id: 'org_xW7pNq',
      selected_org_name: 'Haugaland Sør og Vest',
      selected_at: '2026-03-26T12:30:00Z',
    });
    const dashboard = await call('GET', '/api/v1/admin/state/dashboard');
    expect(dashboard.body.data.dashboard_stats.total_users).toBe(84);
    const cleared = await call('DELETE', '/api/v1/admin/state/selected-org');
    expect(cleared.body.data).toEqual({
      admin_id: 'usr_hA3mXp',
      selected_org_node_id: null,
      cleared_at: '2026-03-26T12:30:00Z',
    });
    expect((await call('GET', '/api/v1/admin/state/dashboard')).body.data.dashboard_stats.total_users).toBe(291);
    expect((await call('GET', '/api/v1/admin/state/selected-org')).body.data.selected_org_node_id).toBeNull();
  });

  it('document 001: remembered filters apply to the user-list state', async () => {
    const set = await call('PUT', '/api/v1/admin/state/users', {
      body: { org_id: 'org_kNr8aQ', filters: { role: 'mentee', status: 'active' } },
    });
    expect(set.body.data).toEqual({
      org_id: 'org_kNr8aQ',
      active_filters: { role: 'mentee', status: 'active' },
      updated_at: '2026-03-26T12:00:00Z',
    });
    const state = await call('GET', '/api/v1/admin/state/users', { query: { limit: 100 } });
    expect(state.body.active_filters).toEqual({ role: 'mentee', status: 'active' });
    expect(
      state.body.data.every(
        (user: { role: string; status: string }) => user.role === 'mentee' && user.status === 'active',
      ),
    ).toBe(true);
    const lars = state.body.data.find((user: { user_id: string }) => user.user_id === 'usr_bQ9vTk');
    expect(lars).toEqual({ user_id: 'usr_bQ9vTk', full_name: 'Lars Eriksen', role: 'mentee', status: 'active' });
    const direct = await call('GET', '/api/v1/admin/data/users', {
      query: { org_ids: ['org_tY2zLm'], role: 'mentee', status: 'active' },
    });
    expect(state.body.pagination.total).toBe(direct.body.pagination.total);
  });
});
