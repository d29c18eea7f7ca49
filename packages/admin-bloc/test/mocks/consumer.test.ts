// Written as another frontend's test suite would be: it imports only the package's public entries
// (`admin-bloc` for the client, `admin-bloc/mocks` for the backend), resolved through the workspace's
// `source` export condition, and nothing from this folder.
import { type AdminApiError, createAdminClient, isAdminApiError } from 'admin-bloc';
import { DEMO_TENANT, DEMO_TOKENS, setupMockServer } from 'admin-bloc/mocks';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

const mock = setupMockServer();
beforeAll(() => mock.listen());
afterEach(() => mock.reset());
afterAll(() => mock.close());

const client = (token: string = DEMO_TOKENS.admin) =>
  createAdminClient({ baseUrl: 'http://localhost:5173', token, tenant: DEMO_TENANT, retry: false });

async function failure(promise: Promise<unknown>): Promise<AdminApiError> {
  try {
    await promise;
  } catch (error) {
    if (isAdminApiError(error)) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('a consumer’s tests against admin-bloc/mocks', () => {
  it('reads the dashboard figures of an org scope', async () => {
    // The seed's figures: the whole tree (from its root), and Rogaland Nord with its descendants.
    const figuresByOrg = {
      org_kNr8aQ: { total_users: 291, active_mentors: 67, monthly_activities: 502, pending_reimbursements: 14 },
      org_tY2zLm: { total_users: 184, active_mentors: 42, monthly_activities: 317, pending_reimbursements: 9 },
    };
    for (const [orgId, figures] of Object.entries(figuresByOrg)) {
      const stats = await client().data.dashboardStats({ orgIds: [orgId] });
      expect(stats.data, orgId).toMatchObject(figures);
    }
  });

  it('edits a user and sees it everywhere', async () => {
    await client().data.users.update('usr_01J3K8X', { full_name: 'Ane Berg Håland' });
    const contact = await client().contacts.get('usr_01J3K8X');
    expect(contact.full_name).toBe('Ane Berg Håland');
    const found = await client().users.list({ search: 'berg haland' });
    expect(found.data.map((user) => user.id)).toEqual(['usr_01J3K8X']);
    const log = await client().auditLog.list({ resourceId: 'usr_01J3K8X' });
    expect(log.data[0]).toMatchObject({ action: 'UPDATE', actor_id: 'usr_hA3mXp' });
  });

  it('pages through document 004’s cursor', async () => {
    const first = await client().platform.users.list({ limit: 5 });
    expect(first.pagination.hasMore).toBe(true);
    const second = await client().platform.users.list({ limit: 5, cursor: first.pagination.cursor ?? undefined });
    expect(second.data.map((user) => user.id)).not.toContain(first.data[0]?.id);
  });

  it('gets typed errors for the contract’s rules', async () => {
    expect((await failure(client(DEMO_TOKENS.nonAdmin).users.list())).code).toBe('FORBIDDEN');
    expect((await failure(client('bogus').users.list())).code).toBe('UNAUTHORIZED');
    // Document 000's hard delete is super-admin only (002's and 003's deletes are open to admins).
    expect((await failure(client().data.users.remove('usr_bQ9vTk'))).code).toBe('FORBIDDEN');
    expect((await failure(client().users.get('usr_nobody'))).code).toBe('NOT_FOUND');
    const conflict = await failure(
      client().users.create({ email: 'astrid.haugen@org.no', name: 'Astrid', role: 'user' }),
    );
    expect(conflict.code).toBe('CONFLICT');
    expect((await failure(client(DEMO_TOKENS.scopedAdmin).data.orgNodes({ rootOrgId: 'org_kNr8aQ' }))).code).toBe(
      'FORBIDDEN',
    );
  });

  it('switches faults per test', async () => {
    mock.faults.set({ fail: { 'data.users.list': 503 } });
    const error = await failure(client().data.users.list());
    expect(error).toMatchObject({ code: 'INTERNAL_ERROR', status: 503 });
    mock.faults.set({ fail: {}, contractBreak: ['platform.stats'] });
    expect((await failure(client().platform.stats())).code).toBe('INVALID_RESPONSE');
    mock.faults.set({ contractBreak: [], malformedJson: ['organizations.list'] });
    expect((await failure(client().organizations.list())).code).toBe('INVALID_RESPONSE');
  });

  it('fails requests the mocks do not know instead of letting them reach the network', async () => {
    await expect(fetch('http://localhost:5173/api/v1/not-in-the-contract')).rejects.toThrow(TypeError);
  });

  it('cancels a slow request', async () => {
    mock.faults.set({ latency: 5_000 });
    const controller = new AbortController();
    const pending = client().data.users.update('usr_bQ9vTk', { status: 'inactive' }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    expect((await failure(pending)).code).toBe('ABORTED');
    mock.faults.reset();
    const lars = await client().users.get('usr_bQ9vTk');
    expect(lars.data.status).toBe('active');
  });
});
