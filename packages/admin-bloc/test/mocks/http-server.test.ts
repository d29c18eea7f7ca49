import { type ChildProcess, spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdminClient, isAdminApiError } from '../../src/index.js';
import { DEMO_TOKENS } from '../../src/mocks/demo-tokens.js';
import { DEMO_TENANT } from '../../src/mocks/handlers/platform.js';
import { type MockHttpServer, startMockHttpServer } from '../../src/mocks/http-server.js';

/** The mock as a real HTTP server on 127.0.0.1, driven by the real client over the loopback interface. */
describe('startMockHttpServer over loopback', () => {
  let server: MockHttpServer;
  beforeAll(async () => {
    server = await startMockHttpServer({ port: 0 });
  });
  afterAll(() => server.close());

  const client = () =>
    createAdminClient({ baseUrl: server.url, token: DEMO_TOKENS.admin, tenant: DEMO_TENANT, retry: false });

  it('listens on 127.0.0.1 only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('serves the contract to the client', async () => {
    const stats = await client().data.dashboardStats({ orgIds: ['org_tY2zLm'] });
    expect(stats.data).toEqual({
      org_ids: ['org_tY2zLm'],
      active_mentors: 42,
      monthly_activities: 317,
      pending_reimbursements: 9,
      total_users: 184,
    });
    const created = await client().contacts.create({
      full_name: 'Lars Haugen',
      email: 'lars.haugen@org.no',
      role: 'coordinator',
      org_id: 'org_abc123',
    });
    expect(created).toMatchObject({ full_name: 'Lars Haugen', org_id: 'org_kNr8aQ' });
    const updated = await client().contacts.update(created.id, { email: 'lars.h@org.no', is_active: false });
    expect(updated).toMatchObject({ email: 'lars.h@org.no', is_active: false, updated_at: expect.any(String) });
  });

  it('answers errors in the envelope, unknown paths included', async () => {
    const response = await fetch(`${server.url}/api/v1/nothing-here`, {
      headers: { Authorization: `Bearer ${DEMO_TOKENS.admin}` },
    });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ success: false, error: { code: 'NOT_FOUND' } });
    const forbidden = await fetch(`${server.url}/api/admin/users`, {
      headers: { Authorization: `Bearer ${DEMO_TOKENS.nonAdmin}` },
    });
    expect(forbidden.status).toBe(403);
  });

  it('allows local frontends through CORS, and no one else', async () => {
    const preflight = await fetch(`${server.url}/api/admin/users`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://localhost:5173',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'authorization,x-bulwark-tenant',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(preflight.headers.get('access-control-allow-headers')).toBe('authorization,x-bulwark-tenant');
    const answer = await fetch(`${server.url}/api/admin/users`, {
      headers: { Origin: 'http://127.0.0.1:3000', Authorization: `Bearer ${DEMO_TOKENS.admin}` },
    });
    expect(answer.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:3000');
    expect(answer.headers.get('access-control-expose-headers')).toContain('Retry-After');
    const foreign = await fetch(`${server.url}/api/admin/users`, {
      headers: { Origin: 'https://evil.example', Authorization: `Bearer ${DEMO_TOKENS.admin}` },
    });
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('switches faults at runtime through /__mock/faults, and resets', async () => {
    const set = await fetch(`${server.url}/__mock/faults?mockFail=data.users.list:503,platform.stats:network`, {
      method: 'PUT',
    });
    expect(await set.json()).toEqual({ fail: { 'data.users.list': 503, 'platform.stats': 'network' } });
    const failed = await client()
      .data.users.list()
      .catch((error: unknown) => error);
    expect(isAdminApiError(failed) && failed.code).toBe('INTERNAL_ERROR');
    const dropped = await client()
      .platform.stats()
      .catch((error: unknown) => error);
    expect(isAdminApiError(dropped) && dropped.code).toBe('NETWORK_ERROR');
    await fetch(`${server.url}/__mock/faults`, { method: 'PUT', body: JSON.stringify({ latency: 5 }) });
    expect(await (await fetch(`${server.url}/__mock/faults`)).json()).toEqual({ latency: 5 });
    await fetch(`${server.url}/__mock/reset`, { method: 'POST' });
    expect(await (await fetch(`${server.url}/__mock/faults`)).json()).toEqual({});
    await expect(client().contacts.get('usr_01J3K8X')).resolves.toMatchObject({ full_name: 'Ane Berg' });
  });

  it('a request aborted during latency ends on the server too', async () => {
    await fetch(`${server.url}/__mock/faults?mockLatency=5000`, { method: 'PUT' });
    const controller = new AbortController();
    const pending = client().data.users.update('usr_bQ9vTk', { status: 'inactive' }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 30);
    await expect(pending).rejects.toMatchObject({ code: 'ABORTED' });
    await fetch(`${server.url}/__mock/faults`, { method: 'PUT' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.backend.db.people.get('usr_bQ9vTk')?.status).toBe('active');
  });
});

/** `npm run mock-server` as a separate process, exactly as a developer starts it. */
describe('npm run mock-server', () => {
  let child: ChildProcess;
  let url: string;

  beforeAll(async () => {
    child = spawn('npm', ['run', 'mock-server', '--', '--port', '0', '--seed', '2026'], {
      cwd: new URL('../../../..', import.meta.url).pathname,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    url = await new Promise<string>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => reject(new Error(`mock-server did not start:\n${output}`)), 30_000);
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1] as string);
        }
      };
      child.stdout?.on('data', read);
      child.stderr?.on('data', read);
      child.once('exit', (code) => reject(new Error(`mock-server exited with ${code}:\n${output}`)));
    });
  }, 40_000);

  afterAll(() => {
    // npm starts node in a shell: end the whole process group this test started.
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
  });

  it('serves the client over real HTTP', async () => {
    const client = createAdminClient({
      baseUrl: url,
      token: DEMO_TOKENS.superAdmin,
      tenant: DEMO_TENANT,
      retry: false,
    });
    const stats = await client.data.dashboardStats();
    expect(stats.data).toMatchObject({
      total_users: 291,
      active_mentors: 67,
      monthly_activities: 502,
      pending_reimbursements: 14,
    });
    const platform = await client.platform.stats();
    expect(platform.data.agents).toEqual({ total: 78, active: 64, revoked: 14 });
    const nodes = await client.data.orgNodes();
    expect(nodes.pagination.total).toBe(6);
    const selected = await createAdminClient({
      baseUrl: url,
      token: DEMO_TOKENS.admin,
      retry: false,
    }).state.selectedOrg.get();
    expect(selected.data).toMatchObject({ admin_id: 'usr_hA3mXp', selected_org_name: 'Rogaland Nord' });
  });
});
