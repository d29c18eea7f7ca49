import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { allEndpoints, contract, ErrorEnvelope } from '../../src/contract/index.js';
import { createFaults, faultsToParams, parseFaultParams } from '../../src/mocks/faults.js';
import { setupMockServer } from '../../src/mocks/server.js';
import { call } from './test-support.js';

const mock = setupMockServer({ rateLimit: false });
beforeAll(() => mock.listen());
afterEach(() => mock.reset());
afterAll(() => mock.close());

describe('fault injection, switched per test', () => {
  it('a chosen status for a chosen endpoint, others unaffected', async () => {
    mock.faults.set({ fail: { 'data.users.list': 503, 'contacts.*': 404 } });
    const failed = await call('GET', '/api/v1/admin/data/users');
    expect(failed.status).toBe(503);
    expect(ErrorEnvelope.parse(failed.body).error.code).toBe('INTERNAL_ERROR');
    expect((await call('GET', '/api/v1/contacts/usr_01J3K8X')).status).toBe(404);
    expect((await call('GET', '/api/v1/admin/data/org-nodes')).status).toBe(200);
    mock.faults.reset();
    expect((await call('GET', '/api/v1/admin/data/users')).status).toBe(200);
  });

  it('a network failure', async () => {
    mock.faults.set({ fail: { 'platform.*': 'network' } });
    await expect(call('GET', '/api/v1/admin/stats')).rejects.toThrow(TypeError);
  });

  it('an error rate fails that share of requests, the same ones on every run', async () => {
    const run = async () => {
      mock.faults.reset({ errorRate: 0.5, errorStatus: 502 });
      const statuses: number[] = [];
      for (let i = 0; i < 20; i++) statuses.push((await call('GET', '/api/admin/organizations')).status);
      return statuses;
    };
    const first = await run();
    expect(first.filter((status) => status === 502).length).toBeGreaterThan(3);
    expect(first.filter((status) => status === 200).length).toBeGreaterThan(3);
    mock.reset();
    expect(await run()).toEqual(first);
  });

  it('latency delays the answer, fixed or in a range', async () => {
    mock.faults.set({ latency: 150 });
    let started = performance.now();
    await call('GET', '/api/admin/organizations');
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    mock.faults.set({ latency: [20, 60] });
    started = performance.now();
    await call('GET', '/api/admin/organizations');
    const took = performance.now() - started;
    expect(took).toBeGreaterThanOrEqual(15);
    expect(took).toBeLessThan(1000);
  });

  it('an abort ends the wait, and the cancelled request changes nothing', async () => {
    mock.faults.set({ latency: 10_000 });
    const controller = new AbortController();
    const started = performance.now();
    const pending = call('PUT', '/api/v1/admin/data/users/usr_bQ9vTk', {
      body: { status: 'inactive' },
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 30);
    await expect(pending).rejects.toThrow(/abort/i);
    expect(performance.now() - started).toBeLessThan(2000);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(mock.db.people.get('usr_bQ9vTk')?.status).toBe('active');
  });

  it('malformed JSON: a 2xx whose body does not parse', async () => {
    mock.faults.set({ malformedJson: ['users.*'] });
    const response = await fetch('http://admin.test/api/admin/users', {
      headers: { Authorization: 'Bearer demo-admin-token' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    await expect(response.json()).rejects.toThrow(SyntaxError);
  });

  it('contract-breaking bodies fail every response schema they are sent for', async () => {
    mock.faults.set({ contractBreak: ['*'] });
    const reads = [
      [contract.data.dashboardStats, '/api/v1/admin/data/dashboard-stats'],
      [contract.data.usersList, '/api/v1/admin/data/users'],
      [contract.state.dashboardGet, '/api/v1/admin/state/dashboard'],
      [contract.admin.organizationsList, '/api/admin/organizations'],
      [contract.contacts.get, '/api/v1/contacts/usr_01J3K8X'],
      [contract.contacts.peerMentorsGet, '/api/v1/contacts/peer-mentors/pm_88A1C'],
      [contract.platform.stats, '/api/v1/admin/stats'],
      [contract.platform.sessionsList, '/api/v1/admin/sessions'],
      [contract.audit.list, '/api/admin/audit-log'],
    ] as const;
    for (const [endpoint, path] of reads) {
      const response = await call('GET', path);
      expect(response.status).toBe(200);
      expect(endpoint.response.safeParse(response.body).success).toBe(false);
    }
    mock.faults.reset();
    for (const [endpoint, path] of reads) {
      expect(endpoint.response.safeParse((await call('GET', path)).body).success).toBe(true);
    }
  });

  it('every endpoint id can be targeted', () => {
    const faults = createFaults({ fail: { '*': 500 } });
    for (const endpoint of allEndpoints) expect(faults.plan(endpoint.id).failure).toBe(500);
  });

  it('subscribers hear every change (a dev panel stays in sync)', () => {
    const faults = createFaults();
    const seen: unknown[] = [];
    const stop = faults.subscribe((config) => seen.push(config));
    faults.set({ latency: 100 });
    faults.set({ latency: undefined, errorRate: 0.1 });
    stop();
    faults.reset();
    expect(seen).toEqual([{ latency: 100 }, { errorRate: 0.1 }]);
  });
});

describe('URL-parameter faults for the app', () => {
  it('parses every setting', () => {
    expect(
      parseFaultParams(
        '?mockLatency=100-800&mockErrorRate=0.2&mockErrorStatus=503&mockFail=data.users.list:500,contacts.*:network,platform.stats&mockMalformed=admin.users.list&mockBreak=data.*,state.*',
      ),
    ).toEqual({
      latency: [100, 800],
      errorRate: 0.2,
      errorStatus: 503,
      fail: { 'data.users.list': 500, 'contacts.*': 'network', 'platform.stats': 500 },
      malformedJson: ['admin.users.list'],
      contractBreak: ['data.*', 'state.*'],
    });
    expect(parseFaultParams('mockLatency=300')).toEqual({ latency: 300 });
  });

  it('ignores typos instead of throwing', () => {
    expect(parseFaultParams('?mockLatency=fast&mockErrorRate=7&mockFail=data.users.list:abc&page=2')).toEqual({});
  });

  it('round-trips through faultsToParams', () => {
    const config = { latency: [50, 90] as const, fail: { 'data.*': 503 }, contractBreak: ['platform.stats'] };
    expect(parseFaultParams(faultsToParams(config))).toEqual({ ...config, latency: [50, 90] });
  });
});
