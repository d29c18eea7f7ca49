import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TOKENS } from '../../src/mocks/demo-tokens.js';
import { setupMockServer } from '../../src/mocks/server.js';
import { example } from '../contract/fixtures/index.js';
import { call, SEEDED_STATS } from './test-support.js';

const mock = setupMockServer();
beforeAll(() => mock.listen());
afterEach(() => mock.reset());
afterAll(() => mock.close());

describe('the documents’ figures, read through the HTTP contract', () => {
  it('root scope: 291 users, 67 active mentors, 502 activities this month, 14 pending reimbursements', async () => {
    const { status, body } = await call('GET', '/api/v1/admin/data/dashboard-stats', {
      query: { org_ids: ['org_kNr8aQ'] },
    });
    expect(status).toBe(200);
    expect(body.data).toEqual({ org_ids: ['org_kNr8aQ'], ...SEEDED_STATS.wholeTree });
    const example = await call('GET', '/api/v1/admin/data/dashboard-stats', {
      query: { org_ids: ['org_kNr8aQ', 'org_tY2zLm'] },
    });
    expect(example.body.data.total_users).toBe(291);
  });

  it('Rogaland Nord scope (with its descendants): 184 / 42 / 317 / 9', async () => {
    const { body } = await call('GET', '/api/v1/admin/data/dashboard-stats', { query: { org_ids: ['org_tY2zLm'] } });
    expect(body.data).toMatchObject(SEEDED_STATS.rogalandNord);
  });

  it('the same figures as list totals', async () => {
    const users = await call('GET', '/api/v1/admin/data/users', { query: { org_ids: ['org_kNr8aQ'] } });
    expect(users.body.pagination).toEqual({ page: 1, limit: 20, total: 291 });
    const mentors = await call('GET', '/api/v1/admin/data/users', {
      query: { org_ids: ['org_tY2zLm'], role: 'mentor', status: 'active' },
    });
    expect(mentors.body.pagination.total).toBe(42);
    const activities = await call('GET', '/api/v1/admin/data/activity-log', {
      query: { org_ids: ['org_kNr8aQ'], from: '2026-03-01' },
    });
    expect(activities.body.pagination.total).toBe(502);
    const nodes = await call('GET', '/api/v1/admin/data/org-nodes');
    expect(nodes.body.pagination.total).toBe(6);
    expect(nodes.body.data.slice(0, 2)).toEqual([
      { org_id: 'org_kNr8aQ', name: 'Stavanger Region', parent_org_id: null, level: 0 },
      { org_id: 'org_tY2zLm', name: 'Rogaland Nord', parent_org_id: 'org_kNr8aQ', level: 1 },
    ]);
    expect(nodes.body.data.map((node: { name: string }) => node.name)).toContain('Haugaland Sør og Vest');
  });

  it('the documents’ example people and records exist', async () => {
    const astrid = await call('GET', '/api/v1/admin/data/users', { query: { search: 'Astrid Haugen' } });
    expect(astrid.body.data).toEqual([
      { user_id: 'usr_hA3mXp', org_id: 'org_kNr8aQ', full_name: 'Astrid Haugen', role: 'mentor', status: 'active' },
    ]);
    const lars = await call('GET', '/api/v1/admin/data/users', { query: { search: 'lars eriksen' } });
    expect(lars.body.data).toEqual([
      { user_id: 'usr_bQ9vTk', org_id: 'org_tY2zLm', full_name: 'Lars Eriksen', role: 'mentee', status: 'active' },
    ]);
    const activity = await call('GET', '/api/v1/admin/data/activity-log', {
      query: { user_id: 'usr_hA3mXp', from: '2026-03-18T14:00:00Z', to: '2026-03-18T14:00:00Z' },
    });
    expect(activity.body.data).toContainEqual({
      activity_id: 'act_rN5qYm',
      org_id: 'org_kNr8aQ',
      user_id: 'usr_hA3mXp',
      activity_type: 'mentoring_session',
      description: 'One-on-one session with mentee Lars Eriksen',
      occurred_at: '2026-03-18T14:00:00Z',
    });
    // Document 003's records as it prints them, but for the org: the mock answers with the root org's own id,
    // of which the document's org_abc123 is an alias.
    const ane = await call('GET', '/api/v1/contacts/usr_01J3K8X');
    expect(ane.body).toEqual({ ...(example('contacts.get') as object), org_id: 'org_kNr8aQ' });
    expect(ane.body).toMatchObject({ full_name: 'Ane Berg', email: 'ane.berg@org.no', role: 'peer_mentor' });
    const silje = await call('GET', '/api/v1/contacts/peer-mentors/pm_88A1C');
    expect(silje.body).toEqual({ ...(example('peerMentors.get') as object), org_id: 'org_kNr8aQ' });
    expect(silje.body).toMatchObject({ full_name: 'Silje Dahl', specialty: 'Integration', available: true });
  });

  it('document 003’s org_abc123 reads as the root org: 84 contacts, 12 peer mentors', async () => {
    const contacts = await call('GET', '/api/v1/contacts', { query: { org_id: 'org_abc123' } });
    expect(contacts.body.pagination).toEqual({ page: 1, limit: 20, total: 84 });
    const mentors = await call('GET', '/api/v1/contacts/peer-mentors', { query: { org_id: 'org_abc123' } });
    expect(mentors.body.pagination.total).toBe(12);
  });

  it('document 001: Astrid’s state has Rogaland Nord selected and its figures in the snapshot', async () => {
    const selected = await call('GET', '/api/v1/admin/state/selected-org');
    expect(selected.body).toEqual(example('state.selectedOrg.get'));
    expect(selected.body.data).toMatchObject({ admin_id: 'usr_hA3mXp', selected_org_name: 'Rogaland Nord' });
    const dashboard = await call('GET', '/api/v1/admin/state/dashboard');
    expect(dashboard.body.data).toEqual({
      org_id: 'org_kNr8aQ',
      selected_org_node_id: 'org_tY2zLm',
      dashboard_stats: SEEDED_STATS.rogalandNord,
      refreshed_at: '2026-03-26T11:00:00Z',
    });
    const users = await call('GET', '/api/v1/admin/state/users');
    expect(users.body.pagination.total).toBe(184);
  });

  it('document 004: agents and sessions figures', async () => {
    const { body } = await call('GET', '/api/v1/admin/stats', { token: DEMO_TOKENS.superAdmin });
    expect(body.data.agents).toEqual({ total: 78, active: 64, revoked: 14 });
    expect(body.data.sessions).toEqual({ active: 203, completedToday: 1842 });
    expect(body.data.apiCalls).toEqual({ today: 48920, thisMonth: 1203840 });
    expect(body.data.users.total).toBe(291);
  });

  it("document 004: the platform tenant's stats are the document's example, figure for figure", async () => {
    const headers = { 'X-Bulwark-Tenant': 'bulwark' };
    const { body } = await call('GET', '/api/v1/admin/stats', { token: DEMO_TOKENS.superAdmin, headers });
    expect(body.data).toEqual({
      users: { total: 1240, active30d: 892, newThisMonth: 143 },
      agents: { total: 78, active: 64, revoked: 14 },
      sessions: { active: 203, completedToday: 1842 },
      apiCalls: { today: 48920, thisMonth: 1203840 },
    });
    // The platform tenant is a super-admin's: an org admin gets 403, and the org tree's figures stay as they were.
    expect((await call('GET', '/api/v1/admin/stats', { headers })).status).toBe(403);
    const tree = await call('GET', '/api/v1/admin/data/dashboard-stats', { token: DEMO_TOKENS.superAdmin });
    expect(tree.body.data.total_users).toBe(291);
  });
});
