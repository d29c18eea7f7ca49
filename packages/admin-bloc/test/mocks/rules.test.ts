import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildPath } from '../../src/contract/endpoint.js';
import { allEndpoints, ErrorEnvelope } from '../../src/contract/index.js';
import { DEMO_PEOPLE, DEMO_TOKENS } from '../../src/mocks/demo-tokens.js';
import { setupMockServer } from '../../src/mocks/server.js';
import { call } from './test-support.js';

const mock = setupMockServer();
beforeAll(() => mock.listen());
afterEach(() => mock.reset());
afterAll(() => mock.close());

const ASTRID = DEMO_PEOPLE.admin;
const LARS = DEMO_PEOPLE.nonAdmin;
const ANE = 'usr_01J3K8X';

/** A request every endpoint accepts from an admin of the root org (valid ids and bodies). */
function validPath(path: string): string {
  return buildPath(path, { id: 'org_kNr8aQ', userId: LARS });
}

function expectError(response: { status: number; body: unknown }, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(ErrorEnvelope.parse(response.body).error.code).toBe(code);
}

describe('Bearer auth', () => {
  it.each(allEndpoints.map((endpoint) => [endpoint.id, endpoint] as const))(
    '%s: no token, an unknown token or a malformed header → 401',
    async (_id, endpoint) => {
      const path = validPath(endpoint.path);
      expectError(await call(endpoint.method, path, { token: null }), 401, 'UNAUTHORIZED');
      expectError(await call(endpoint.method, path, { token: 'not-a-token' }), 401, 'UNAUTHORIZED');
      expectError(
        await call(endpoint.method, path, { token: null, headers: { Authorization: DEMO_TOKENS.admin } }),
        401,
        'UNAUTHORIZED',
      );
    },
  );

  it.each(allEndpoints.map((endpoint) => [endpoint.id, endpoint] as const))(
    '%s: an authenticated non-admin → 403',
    async (_id, endpoint) => {
      expectError(
        await call(endpoint.method, validPath(endpoint.path), { token: DEMO_TOKENS.nonAdmin }),
        403,
        'FORBIDDEN',
      );
    },
  );

  it('a suspended user’s token stops working at once', async () => {
    expect((await call('GET', '/api/admin/users', { token: DEMO_TOKENS.scopedAdmin })).status).toBe(200);
    const suspended = await call('POST', `/api/v1/admin/users/${DEMO_PEOPLE.scopedAdmin}/suspend`);
    expect(suspended.body.data.status).toBe('suspended');
    expectError(await call('GET', '/api/admin/users', { token: DEMO_TOKENS.scopedAdmin }), 401, 'UNAUTHORIZED');
  });

  it('a token whose owner is suspended is refused even if it was not revoked', async () => {
    const owner = mock.db.people.get(DEMO_PEOPLE.scopedAdmin);
    if (owner) owner.status = 'suspended';
    expectError(await call('GET', '/api/admin/users', { token: DEMO_TOKENS.scopedAdmin }), 401, 'UNAUTHORIZED');
  });

  it('a user made admin through document 004 gains access; demoted, loses it', async () => {
    expect((await call('GET', '/api/admin/users', { token: DEMO_TOKENS.nonAdmin })).status).toBe(403);
    await call('PATCH', `/api/v1/admin/users/${LARS}`, { body: { role: 'admin' } });
    expect((await call('GET', '/api/admin/users', { token: DEMO_TOKENS.nonAdmin })).status).toBe(200);
    await call('PATCH', `/api/admin/users/${LARS}`, { body: { role: 'user' } });
    expect((await call('GET', '/api/admin/users', { token: DEMO_TOKENS.nonAdmin })).status).toBe(403);
  });
});

describe('who may delete a user: the documents decide', () => {
  it('document 000 ("super-admin only"): an org admin → 403, a super-admin → 200', async () => {
    const path = `/api/v1/admin/data/users/${ANE}`;
    expectError(await call('DELETE', path), 403, 'FORBIDDEN');
    expectError(await call('DELETE', path, { token: DEMO_TOKENS.scopedAdmin }), 403, 'FORBIDDEN');
    expect((await call('DELETE', path, { token: DEMO_TOKENS.superAdmin })).status).toBe(200);
    expectError(await call('DELETE', path, { token: DEMO_TOKENS.superAdmin }), 404, 'NOT_FOUND');
  });

  // Document 002 asks only for the admin role; document 003 says nothing. Both used to be super-admin only here.
  it.each([
    ['002', `/api/admin/users/${ANE}`],
    ['003', `/api/v1/contacts/${ANE}`],
  ] as const)('document %s: an org admin may delete in their scope → 200, then 404', async (_doc, path) => {
    expect((await call('DELETE', path)).status).toBe(200);
    expectError(await call('DELETE', path), 404, 'NOT_FOUND');
  });

  it.each([
    ['002', `/api/admin/users/${DEMO_PEOPLE.superAdmin}`],
    ['003', `/api/v1/contacts/${DEMO_PEOPLE.superAdmin}`],
  ] as const)('document %s: an org admin may not delete a super-admin', async (_doc, path) => {
    expect((await call('DELETE', path)).status).not.toBe(200);
  });

  it('an org admin may not change a super-admin', async () => {
    const superAdmin = DEMO_PEOPLE.superAdmin;
    expectError(
      await call('PATCH', `/api/admin/users/${superAdmin}`, { body: { status: 'inactive' } }),
      403,
      'FORBIDDEN',
    );
    expectError(await call('PATCH', `/api/v1/admin/users/${superAdmin}`, { body: { role: 'user' } }), 403, 'FORBIDDEN');
    expectError(await call('POST', `/api/v1/admin/users/${superAdmin}/suspend`), 403, 'FORBIDDEN');
    expectError(
      await call('PUT', `/api/v1/admin/data/users/${superAdmin}`, { body: { status: 'inactive' } }),
      403,
      'FORBIDDEN',
    );
    expect(
      (
        await call('PATCH', `/api/admin/users/${superAdmin}`, {
          token: DEMO_TOKENS.superAdmin,
          body: { name: 'Ingrid S.' },
        })
      ).status,
    ).toBe(200);
  });
});

describe('an org admin sees and changes only their subtree', () => {
  const scoped = { token: DEMO_TOKENS.scopedAdmin };

  it('lists default to the subtree: 184 users, 3 org nodes, 3 organizations', async () => {
    expect((await call('GET', '/api/v1/admin/data/users', scoped)).body.pagination.total).toBe(184);
    expect((await call('GET', '/api/admin/users', scoped)).body.meta.total).toBe(184);
    const nodes = await call('GET', '/api/v1/admin/data/org-nodes', scoped);
    expect(nodes.body.data.map((node: { name: string }) => node.name)).toEqual([
      'Rogaland Nord',
      'Haugaland Sør og Vest',
      'Karmøy og Bokn',
    ]);
    expect((await call('GET', '/api/admin/organizations', scoped)).body.meta.total).toBe(3);
    const stats = await call('GET', '/api/v1/admin/data/dashboard-stats', scoped);
    expect(stats.body.data).toMatchObject({ org_ids: ['org_tY2zLm'], total_users: 184, active_mentors: 42 });
  });

  it('reading outside the subtree → 403', async () => {
    const outside = [
      call('GET', '/api/v1/admin/data/dashboard-stats', { ...scoped, query: { org_ids: ['org_kNr8aQ'] } }),
      call('GET', '/api/v1/admin/data/users', { ...scoped, query: { org_ids: ['org_tY2zLm', 'org_pL6sDe'] } }),
      call('GET', '/api/v1/admin/data/activity-log', { ...scoped, query: { org_ids: ['org_gH3wBn'] } }),
      call('GET', '/api/v1/admin/data/org-nodes', { ...scoped, query: { root_org_id: 'org_kNr8aQ' } }),
      call('GET', `/api/admin/users/${ASTRID}`, scoped),
      call('GET', '/api/admin/organizations/org_pL6sDe', scoped),
      call('GET', '/api/v1/contacts', { ...scoped, query: { org_id: 'org_abc123' } }),
      call('GET', `/api/v1/contacts/${ANE}`, scoped),
      call('GET', '/api/v1/contacts/peer-mentors/pm_88A1C', scoped),
      call('GET', '/api/v1/admin/stats', { ...scoped, headers: { 'X-Bulwark-Tenant': 'stavanger-region' } }),
      call('GET', `/api/v1/admin/users/${ASTRID}`, { ...scoped, headers: { 'X-Bulwark-Tenant': 'org_kNr8aQ' } }),
      call('GET', '/api/v1/admin/state/users', { ...scoped, query: { org_id: 'org_kNr8aQ' } }),
    ];
    for (const response of await Promise.all(outside)) expectError(response, 403, 'FORBIDDEN');
  });

  it('changing outside the subtree → 403, and nothing changes', async () => {
    const outside = [
      call('PUT', `/api/v1/admin/data/users/${ASTRID}`, { ...scoped, body: { status: 'inactive' } }),
      call('PUT', `/api/v1/admin/data/users/${LARS}`, { ...scoped, body: { org_id: 'org_pL6sDe' } }),
      call('POST', '/api/v1/admin/data/users', {
        ...scoped,
        body: {
          org_ids: ['org_kNr8aQ'],
          users: [{ full_name: 'Kari Olsen', email: 'kari.olsen@company.no', role: 'mentor' }],
        },
      }),
      call('PATCH', `/api/admin/users/${ASTRID}`, { ...scoped, body: { name: 'X' } }),
      call('POST', '/api/admin/users', {
        ...scoped,
        body: { email: 'x@org.no', name: 'X', role: 'user', organization_id: 'org_kNr8aQ' },
      }),
      call('PATCH', '/api/admin/organizations/org_kNr8aQ', { ...scoped, body: { name: 'X' } }),
      call('DELETE', '/api/admin/organizations/org_gH3wBn', scoped),
      call('POST', '/api/v1/contacts', {
        ...scoped,
        body: { full_name: 'Lars Haugen', email: 'lars.haugen@org.no', role: 'coordinator', org_id: 'org_abc123' },
      }),
      call('PUT', `/api/v1/contacts/${ANE}`, { ...scoped, body: { is_active: false } }),
      call('PATCH', `/api/v1/admin/users/${ASTRID}`, {
        ...scoped,
        headers: { 'X-Bulwark-Tenant': 'org_kNr8aQ' },
        body: { role: 'user' },
      }),
      call('POST', '/api/v1/admin/state/selected-org', {
        ...scoped,
        body: { admin_id: DEMO_PEOPLE.scopedAdmin, org_node_id: 'org_pL6sDe' },
      }),
      call('PUT', '/api/v1/admin/state/users', {
        ...scoped,
        body: { org_id: 'org_kNr8aQ', filters: { role: 'mentor' } },
      }),
      call('POST', '/api/v1/admin/state/dashboard/refresh', { ...scoped, body: { org_id: 'org_kNr8aQ' } }),
    ];
    for (const response of await Promise.all(outside)) expectError(response, 403, 'FORBIDDEN');
    expect(mock.db.people.get(ASTRID)).toMatchObject({
      status: 'active',
      fullName: 'Astrid Haugen',
      accessRole: 'admin',
    });
    expect(mock.db.people.get(LARS)?.orgId).toBe('org_tY2zLm');
    expect(mock.db.personByEmail('lars.haugen@org.no')).toBeUndefined();
    expect(
      mock.db.audit.filter((entry) => entry.actorId === DEMO_PEOPLE.scopedAdmin && entry.createdAt >= '2026-03-26'),
    ).toEqual([]);
  });

  it('changing inside the subtree works', async () => {
    const changed = await call('PUT', `/api/v1/admin/data/users/${LARS}`, {
      ...scoped,
      body: { org_id: 'org_xW7pNq' },
    });
    expect(changed.status).toBe(200);
    expect(changed.body.data.org_id).toBe('org_xW7pNq');
  });

  it('document 001: an admin changes only their own state', async () => {
    expectError(
      await call('POST', '/api/v1/admin/state/selected-org', {
        body: { admin_id: DEMO_PEOPLE.scopedAdmin, org_node_id: 'org_xW7pNq' },
      }),
      403,
      'FORBIDDEN',
    );
    const bySuper = await call('POST', '/api/v1/admin/state/selected-org', {
      token: DEMO_TOKENS.superAdmin,
      body: { admin_id: DEMO_PEOPLE.scopedAdmin, org_node_id: 'org_xW7pNq' },
    });
    expect(bySuper.body.data.selected_org_name).toBe('Haugaland Sør og Vest');
  });

  it('the audit log shows an org admin only entries about their subtree', async () => {
    await call('PUT', `/api/v1/admin/data/users/${ASTRID}`, { body: { full_name: 'Astrid H. Haugen' } });
    const scopedLog = await call('GET', '/api/admin/audit-log', { ...scoped, query: { resource_id: ASTRID } });
    expect(scopedLog.body.meta.total).toBe(0);
    const rootLog = await call('GET', '/api/admin/audit-log', { query: { resource_id: ASTRID } });
    expect(rootLog.body.meta.total).toBe(1);
  });
});

describe('validation with the contract’s schemas → 400 naming the field', () => {
  it.each([
    ['GET', '/api/v1/admin/data/users', { query: { limit: 1000 } }, 'query.limit'],
    ['GET', '/api/v1/admin/data/users', { query: { page: 0 } }, 'query.page'],
    ['GET', '/api/v1/admin/data/users', { query: { role: 'pilot' } }, 'query.role'],
    ['GET', '/api/v1/admin/data/activity-log', { query: { from: 'yesterday' } }, 'query.from'],
    ['GET', '/api/v1/contacts', {}, 'query.org_id'],
    ['GET', '/api/v1/contacts/search', { query: { org_id: 'org_kNr8aQ' } }, 'query.q'],
    ['GET', '/api/v1/admin/users', { query: { cursor: 'garbage' } }, 'query.cursor'],
    ['GET', '/api/v1/admin/sessions', { query: { status: 'paused' } }, 'query.status'],
    ['GET', '/api/v1/admin/stats', { headers: { 'X-Bulwark-Tenant': '' } }, 'headers.X-Bulwark-Tenant'],
    ['POST', '/api/admin/users', { body: { email: 'not-an-email', name: 'X', role: 'user' } }, 'body.email'],
    [
      'POST',
      '/api/admin/organizations',
      { body: { name: 'Acme Corp', slug: 'Acme Corp', plan: 'enterprise' } },
      'body.slug',
    ],
    ['PUT', `/api/v1/admin/data/users/${LARS}`, { body: { status: 'sleeping' } }, 'body.status'],
    ['PUT', `/api/v1/contacts/${ANE}`, { body: { is_active: 'no' } }, 'body.is_active'],
    ['PATCH', `/api/v1/admin/users/${LARS}`, { body: {} }, 'body.role'],
    ['POST', '/api/v1/admin/state/selected-org', { body: { org_node_id: 'org_xW7pNq' } }, 'body.admin_id'],
    ['POST', '/api/v1/admin/data/users', { body: { org_ids: [], users: [] } }, 'body.org_ids'],
    ['POST', '/api/admin/users', { rawBody: '{"email": ' }, 'body: not valid JSON'],
    ['POST', '/api/admin/users', {}, 'body: a JSON body is required'],
  ] as const)('%s %s %j → 400 naming %s', async (method, path, options, field) => {
    const response = await call(method, path, options as Parameters<typeof call>[2]);
    expectError(response, 400, 'BAD_REQUEST');
    expect(response.body.error.message).toContain(field);
  });

  it('a missing tenant header → 400; an unknown tenant → 404', async () => {
    const response = await fetch('http://admin.test/api/v1/admin/stats', {
      headers: { Authorization: `Bearer ${DEMO_TOKENS.admin}` },
    });
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toContain('headers.X-Bulwark-Tenant');
    expectError(
      await call('GET', '/api/v1/admin/stats', { headers: { 'X-Bulwark-Tenant': 'acme' } }),
      404,
      'NOT_FOUND',
    );
  });

  it.each([
    ['PUT', '/api/v1/admin/data/users/usr_nobody', { body: { status: 'inactive' } }],
    ['GET', '/api/admin/users/usr_nobody', {}],
    ['GET', '/api/admin/organizations/org_nowhere', {}],
    ['GET', '/api/v1/contacts/usr_nobody', {}],
    ['GET', `/api/v1/contacts/${LARS}`, {}],
    ['GET', '/api/v1/contacts/peer-mentors/pm_00000', {}],
    ['GET', '/api/v1/admin/users/usr_nobody', {}],
    ['POST', '/api/v1/admin/users/usr_nobody/suspend', {}],
    ['GET', '/api/v1/admin/data/dashboard-stats', { query: { org_ids: ['org_nowhere'] } }],
    ['POST', '/api/v1/admin/state/selected-org', { body: { admin_id: ASTRID, org_node_id: 'org_nowhere' } }],
  ] as const)('%s %s: unknown id → 404', async (method, path, options) => {
    expectError(await call(method, path, options as Parameters<typeof call>[2]), 404, 'NOT_FOUND');
  });

  it('a mentee is a user but not a contact', async () => {
    expect((await call('GET', `/api/admin/users/${LARS}`)).status).toBe(200);
    expectError(await call('GET', `/api/v1/contacts/${LARS}`), 404, 'NOT_FOUND');
  });
});

describe('duplicates', () => {
  it('a single create with a taken e-mail → 409 (document 002 and 003, any case)', async () => {
    expectError(
      await call('POST', '/api/admin/users', { body: { email: 'Astrid.Haugen@org.no', name: 'Astrid', role: 'user' } }),
      409,
      'CONFLICT',
    );
    expectError(
      await call('POST', '/api/v1/contacts', {
        body: { full_name: 'Ane B', email: 'ane.berg@org.no', role: 'peer_mentor', org_id: 'org_kNr8aQ' },
      }),
      409,
      'CONFLICT',
    );
    expectError(
      await call('PUT', `/api/v1/admin/data/users/${LARS}`, { body: { email: 'ane.berg@org.no' } }),
      409,
      'CONFLICT',
    );
    expectError(
      await call('POST', '/api/admin/organizations', { body: { name: 'Jæren 2', slug: 'jaeren', plan: 'free' } }),
      409,
      'CONFLICT',
    );
  });

  it('the documents’ own create examples succeed once, then conflict', async () => {
    const body = { full_name: 'Lars Haugen', email: 'lars.haugen@org.no', role: 'coordinator', org_id: 'org_abc123' };
    const created = await call('POST', '/api/v1/contacts', { body });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      full_name: 'Lars Haugen',
      role: 'coordinator',
      org_id: 'org_kNr8aQ',
      is_active: true,
    });
    expectError(await call('POST', '/api/v1/contacts', { body }), 409, 'CONFLICT');
    const org = await call('POST', '/api/admin/organizations', {
      body: { name: 'Acme Corp', slug: 'acme-corp', plan: 'enterprise' },
    });
    expect(org.status).toBe(201);
    expectError(
      await call('POST', '/api/admin/organizations', {
        body: { name: 'Acme Corp', slug: 'acme-corp', plan: 'enterprise' },
      }),
      409,
      'CONFLICT',
    );
  });

  it('an address is free again once its owner changes it or is deleted; the new address is taken', async () => {
    const bulkInsert = (email: string) =>
      call('POST', '/api/v1/admin/data/users', {
        body: { org_ids: ['org_kNr8aQ'], users: [{ full_name: 'Kari Olsen', email, role: 'mentor' }] },
      });
    const larsWas = mock.db.people.get(LARS)?.email as string;
    const aneWas = mock.db.people.get(ANE)?.email as string;

    const moved = await call('PUT', `/api/v1/admin/data/users/${LARS}`, { body: { email: 'Lars.Moved@org.no' } });
    expect(moved.status).toBe(200);
    expectError(
      await call('POST', '/api/admin/users', { body: { email: 'lars.moved@org.no', name: 'Lars M', role: 'user' } }),
      409,
      'CONFLICT',
    );
    expectError(
      await call('PUT', `/api/v1/admin/data/users/${ANE}`, { body: { email: 'LARS.MOVED@org.no' } }),
      409,
      'CONFLICT',
    );
    expect((await bulkInsert('lars.moved@org.no')).body).toEqual({ data: { inserted: 0, skipped: 1, errors: [] } });
    const again = await call('POST', '/api/admin/users', { body: { email: larsWas, name: 'Lars E', role: 'user' } });
    expect(again.status).toBe(201);
    expectError(
      await call('POST', '/api/admin/users', { body: { email: larsWas, name: 'Lars E', role: 'user' } }),
      409,
      'CONFLICT',
    );

    const removed = await call('DELETE', `/api/v1/admin/data/users/${ANE}`, { token: DEMO_TOKENS.superAdmin });
    expect(removed.status).toBe(200);
    expect((await bulkInsert(aneWas.toUpperCase())).body).toEqual({ data: { inserted: 1, skipped: 0, errors: [] } });
    expect((await bulkInsert(aneWas)).body).toEqual({ data: { inserted: 0, skipped: 1, errors: [] } });
  });

  it('bulk insert reports per row: inserted, skipped duplicates, invalid rows', async () => {
    const first = await call('POST', '/api/v1/admin/data/users', {
      body: {
        org_ids: ['org_kNr8aQ'],
        users: [{ full_name: 'Kari Olsen', email: 'kari.olsen@company.no', role: 'mentor' }],
      },
    });
    expect(first.body).toEqual({ data: { inserted: 1, skipped: 0, errors: [] } });
    const second = await call('POST', '/api/v1/admin/data/users', {
      body: {
        org_ids: ['org_tY2zLm'],
        users: [
          { full_name: 'Kari Olsen', email: 'KARI.OLSEN@company.no', role: 'mentor' },
          { full_name: 'Per Vik', email: 'per.vik@org.no', role: 'mentee' },
          { full_name: 'Per Vik Again', email: 'per.vik@org.no', role: 'mentee' },
          { full_name: '', email: 'no-at-sign', role: 'mentee' },
          { full_name: 'Ola', email: 'ola.x@org.no', role: 'pilot' },
          'not a record',
        ],
      },
    });
    expect(second.status).toBe(200);
    expect(second.body.data.inserted).toBe(1);
    expect(second.body.data.skipped).toBe(2);
    expect(second.body.data.errors.map((error: { index: number }) => error.index)).toEqual([3, 4, 5]);
    expect(second.body.data.errors[0]).toMatchObject({ index: 3, email: 'no-at-sign' });
    expect(second.body.data.errors[0].message).toContain('email');
    const perVik = await call('GET', '/api/v1/admin/data/users', { query: { search: 'per vik' } });
    expect(perVik.body.data).toEqual([expect.objectContaining({ full_name: 'Per Vik', org_id: 'org_tY2zLm' })]);
  });
});
