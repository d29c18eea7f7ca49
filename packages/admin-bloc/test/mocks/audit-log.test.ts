import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PEOPLE, DEMO_TOKENS } from '../../src/mocks/demo-tokens.js';
import { setupMockServer } from '../../src/mocks/server.js';
import { call } from './test-support.js';

/**
 * Our `GET /api/admin/audit-log`: paged like document 002's lists and filterable by every parameter the
 * contract defines for it. Read as the super-admin, who sees every entry (scoping has its own test in rules).
 */

const mock = setupMockServer();
beforeAll(() => mock.listen());
afterEach(() => mock.reset());
afterAll(() => mock.close());

const superAdmin = { token: DEMO_TOKENS.superAdmin };

interface Entry {
  id: string;
  actor_id: string;
  action: string;
  resource_type: string;
  resource_id: string;
  created_at: string;
}

async function log(query: Record<string, string | number> = {}) {
  const response = await call('GET', '/api/admin/audit-log', { ...superAdmin, query: { limit: 100, ...query } });
  expect(response.status).toBe(200);
  return response.body as { data: Entry[]; meta: { page: number; limit: number; total: number } };
}

describe('the audit log endpoint', () => {
  it('pages newest first without overlap or gaps', async () => {
    const all = await log();
    expect(all.meta.total).toBeGreaterThan(10);
    expect(all.data).toHaveLength(all.meta.total);
    const times = all.data.map((entry) => Date.parse(entry.created_at));
    expect(times).toEqual([...times].sort((a, b) => b - a));

    const walked: Entry[] = [];
    for (let page = 1; walked.length < all.meta.total; page++) {
      const { data, meta } = await log({ page, limit: 5 });
      expect(meta).toEqual({ page, limit: 5, total: all.meta.total });
      expect(data.length).toBeGreaterThan(0);
      walked.push(...data);
    }
    expect(walked.map((entry) => entry.id)).toEqual(all.data.map((entry) => entry.id));
  });

  it('filters by actor and by action', async () => {
    const all = (await log()).data;
    const byScopedAdmin = await log({ actor_id: DEMO_PEOPLE.scopedAdmin });
    const expected = all.filter((entry) => entry.actor_id === DEMO_PEOPLE.scopedAdmin);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(all.length);
    expect(byScopedAdmin.data.map((entry) => entry.id)).toEqual(expected.map((entry) => entry.id));

    const creates = await log({ action: 'CREATE' });
    expect(creates.meta.total).toBeGreaterThan(0);
    expect(creates.meta.total).toBeLessThan(all.length);
    for (const entry of creates.data) expect(entry.action).toBe('CREATE');
  });

  it('filters by resource type and resource id', async () => {
    const created = await call('POST', '/api/admin/organizations', {
      ...superAdmin,
      body: { name: 'Acme Corp', slug: 'acme-corp', plan: 'enterprise' },
    });
    expect(created.status).toBe(201);
    const orgId = created.body.data.id as string;
    await call('PATCH', `/api/admin/organizations/${orgId}`, { ...superAdmin, body: { plan: 'pro' } });

    const organizations = await log({ resource_type: 'organization' });
    expect(organizations.data.map((entry) => [entry.action, entry.resource_id])).toEqual([
      ['UPDATE', orgId],
      ['CREATE', orgId],
    ]);
    const users = await log({ resource_type: 'user' });
    expect(users.meta.total).toBe((await log()).meta.total - 2);

    const one = await log({ resource_id: orgId, action: 'UPDATE' });
    expect(one.data).toEqual([
      expect.objectContaining({
        actor_id: DEMO_PEOPLE.superAdmin,
        changes: { plan: { from: 'enterprise', to: 'pro' } },
      }),
    ]);
  });

  it('filters by date range, bounds inclusive', async () => {
    const all = (await log()).data;
    const newest = all[0] as Entry;
    const at = await log({ from: newest.created_at, to: newest.created_at });
    expect(at.data.map((entry) => entry.id)).toContain(newest.id);
    for (const entry of at.data) expect(entry.created_at).toBe(newest.created_at);

    const day = newest.created_at.slice(0, 10);
    const sameDay = await log({ from: day, to: day });
    expect(sameDay.data.map((entry) => entry.id)).toEqual(
      all.filter((entry) => entry.created_at.startsWith(day)).map((entry) => entry.id),
    );
  });

  it('answers 400 naming the field for a filter outside the contract', async () => {
    const response = await call('GET', '/api/admin/audit-log', { ...superAdmin, query: { action: 'PATCH' } });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(/query\.action/);
  });
});
