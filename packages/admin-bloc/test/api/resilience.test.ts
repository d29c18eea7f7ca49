import { HttpResponse, http } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { errorEnvelope } from '../../src/contract/errors.js';
import type { AdminApiError } from '../../src/api/admin-api-error.js';
import { parseRetryAfter } from '../../src/api/answer.js';
import { equalJitter } from '../../src/api/http.js';
import { createRateLimiter } from '../../src/api/rate-limiter.js';
import { BASE_URL, deferred, holdUntilAborted, setupStrictServer, testClient } from '../support/msw.js';
import { example } from './test-support/wire-cases.js';

/**
 * Retries, Retry-After, the client-side limiter and in-flight de-duplication, all under fake timers so every
 * wait is asserted to the millisecond. Only setTimeout/clearTimeout/Date are faked: MSW's own promise plumbing
 * keeps running.
 */

const server = setupStrictServer();
const STATS_URL = `${BASE_URL}/api/v1/admin/stats`;
const STATS = example('platform.stats') as object;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  // A whole second, so HTTP-dates (second precision) name exact instants.
  vi.setSystemTime(new Date('2026-03-26T12:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
});

/**
 * Lets in-process work (MSW's interception, body reads) finish without moving the fake clock. That work
 * hops through real macrotasks, which `advanceTimersByTimeAsync` does not wait for, so we yield with the
 * unfaked `setImmediate` a few rounds.
 */
async function flush(): Promise<void> {
  for (let round = 0; round < 25; round += 1) {
    await new Promise<void>((resolve) => setImmediate(resolve));
    await vi.advanceTimersByTimeAsync(0);
  }
}

/** Moves the fake clock, then lets whatever the timers started run to completion. */
async function advance(ms: number): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
  await flush();
}

/** Tracks a promise's outcome so a test can look at it while the clock stands still. */
function track<T>(promise: Promise<T>) {
  const state: { value?: T; error?: unknown; settled: boolean } = { settled: false };
  promise.then(
    (value) => Object.assign(state, { value, settled: true }),
    (error: unknown) => Object.assign(state, { error, settled: true }),
  );
  return state;
}

/** Answers with the given statuses in order, then with the stats example. Records the times of requests. */
function answerInTurn(
  url: string,
  method: 'get' | 'post' | 'put',
  answers: (() => Response)[],
  fallback: object = STATS,
) {
  const times: number[] = [];
  server.use(
    http[method](url, () => {
      times.push(Date.now());
      const next = answers.shift();
      return next ? next() : HttpResponse.json(fallback);
    }),
  );
  return times;
}

/** A plain HTTP error answer (no envelope), e.g. from a proxy. */
const status =
  (code: number, headers: Record<string, string> = {}) =>
  () =>
    new HttpResponse(null, { status: code, headers });

describe('retry with exponential backoff and jitter', () => {
  it('retries a GET after 503 and network errors, waiting 300·2ⁿ with equal jitter', async () => {
    const times = answerInTurn(STATS_URL, 'get', [status(503), () => HttpResponse.error(), status(500)]);
    const start = Date.now();
    // random() = 0.5 → each wait is ¾ of its step: 225, 450, 900 ms.
    const call = track(testClient({ retry: { limit: 3, random: () => 0.5 } }).platform.stats());
    await flush();
    expect(times.map((t) => t - start)).toEqual([0]);
    await advance(224);
    expect(times).toHaveLength(1);
    await advance(1);
    expect(times.map((t) => t - start)).toEqual([0, 225]);
    await advance(450);
    expect(times.map((t) => t - start)).toEqual([0, 225, 675]);
    await advance(900);
    expect(times.map((t) => t - start)).toEqual([0, 225, 675, 1575]);
    expect(call.value).toEqual(STATS);
  });

  // Pinned before through the hand-written retryDelay(); ky computes the steps now, so the jitter is pinned on its
  // own and the steps and their cap through the client.
  it('jitter spans half a step to a whole step', () => {
    expect(equalJitter(100, () => 0)).toBe(50);
    expect(equalJitter(100, () => 0.999)).toBeCloseTo(99.95);
    expect(equalJitter(800, () => 0)).toBe(400);
    expect(equalJitter(1000, () => 1)).toBe(1000);
  });

  it('doubles the step from baseDelayMs and caps it at maxDelayMs', async () => {
    const times = answerInTurn(STATS_URL, 'get', [status(503), status(503), status(503), status(503), status(503)]);
    const start = Date.now();
    const call = track(
      testClient({ retry: { limit: 5, baseDelayMs: 100, maxDelayMs: 1000, random: () => 1 } }).platform.stats(),
    );
    await flush();
    for (let step = 0; step < 5; step += 1) await advance(1000);
    // random() = 1 → each wait is its whole step: 100, 200, 400, 800, then 1000 (capped, not 1600).
    expect(times.map((t) => t - start)).toEqual([0, 100, 300, 700, 1500, 2500]);
    expect(call.value).toEqual(STATS);
  });

  it('gives up after the limit with the last error', async () => {
    const times = answerInTurn(STATS_URL, 'get', [status(500), status(500), status(502)]);
    const call = track(testClient({ timeout: false, retry: { limit: 2, random: () => 0 } }).platform.stats());
    await flush();
    await advance(10_000);
    expect(times).toHaveLength(3);
    expect(call.error).toMatchObject({ code: 'INTERNAL_ERROR', status: 502 });
  });

  it('retries PUT and DELETE (idempotent) but never POST or PATCH after a 5xx or network error', async () => {
    const putTimes = answerInTurn(
      `${BASE_URL}/api/v1/contacts/:id`,
      'put',
      [() => HttpResponse.error()],
      example('contacts.update') as object,
    );
    const client = testClient({ retry: { limit: 2, random: () => 0 } });
    const put = track(client.contacts.update('usr_02M5T9Y', { is_active: false }));
    await flush();
    await advance(1000);
    expect(putTimes.length).toBe(2);
    expect(put.value).toMatchObject({ is_active: false });

    let deletes = 0;
    server.use(
      http.delete(`${BASE_URL}/api/v1/contacts/:id`, () => {
        deletes += 1;
        return deletes === 1
          ? new HttpResponse(null, { status: 502 })
          : HttpResponse.json(example('contacts.remove') as object);
      }),
    );
    const removed = track(client.contacts.remove('usr_02M5T9Y'));
    await flush();
    await advance(1000);
    expect(deletes).toBe(2);
    expect(removed.value).toEqual({ success: true, deleted_id: 'usr_02M5T9Y' });

    let posts = 0;
    let patches = 0;
    server.use(
      http.post(`${BASE_URL}/api/admin/organizations`, () => {
        posts += 1;
        return HttpResponse.error();
      }),
      http.patch(`${BASE_URL}/api/admin/organizations/:id`, () => {
        patches += 1;
        return new HttpResponse(null, { status: 503 });
      }),
    );
    const post = track(client.organizations.create({ name: 'Acme Corp', slug: 'acme-corp', plan: 'enterprise' }));
    const patch = track(client.organizations.update('org_acme', { plan: 'pro' }));
    await flush();
    await advance(10_000);
    expect([posts, patches]).toEqual([1, 1]);
    expect(post.error).toMatchObject({ code: 'NETWORK_ERROR' });
    expect(patch.error).toMatchObject({ code: 'INTERNAL_ERROR', status: 503 });
  });

  it('does not retry 4xx answers', async () => {
    const times = answerInTurn(STATS_URL, 'get', [
      () => HttpResponse.json(errorEnvelope('NOT_FOUND', 'gone'), { status: 404 }),
    ]);
    const call = track(testClient({ retry: 3 }).platform.stats());
    await flush();
    await advance(60_000);
    expect(times).toHaveLength(1);
    expect(call.error).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('retries a timed-out GET', async () => {
    const hold = holdUntilAborted();
    let calls = 0;
    server.use(
      http.get(STATS_URL, (info) => {
        calls += 1;
        return calls === 1 ? hold.handler(info) : HttpResponse.json(STATS);
      }),
    );
    const call = track(testClient({ timeout: 1000, retry: { limit: 1, random: () => 0 } }).platform.stats());
    await flush();
    await hold.arrived;
    await advance(1000);
    expect(await hold.aborted).toBe(true);
    expect(call.settled).toBe(false);
    await advance(150);
    expect(call.value).toEqual(STATS);
    expect(calls).toBe(2);
  });

  it('an abort during the backoff ends the call without another request', async () => {
    const times = answerInTurn(STATS_URL, 'get', [status(503)]);
    const controller = new AbortController();
    const call = track(
      testClient({ retry: { limit: 2, random: () => 0 } }).platform.stats({ signal: controller.signal }),
    );
    await flush();
    controller.abort();
    await advance(10_000);
    expect(times).toHaveLength(1);
    expect(call.error).toMatchObject({ code: 'ABORTED' });
  });
});

describe('429 honours Retry-After', () => {
  it('waits exactly the seconds Retry-After gives, then succeeds', async () => {
    const times = answerInTurn(STATS_URL, 'get', [status(429, { 'Retry-After': '3' })]);
    const start = Date.now();
    const call = track(testClient({ timeout: false, retry: { limit: 2, random: () => 0 } }).platform.stats());
    await flush();
    await advance(2999);
    expect(times).toHaveLength(1);
    await advance(1);
    expect(times.map((t) => t - start)).toEqual([0, 3000]);
    expect(call.value).toEqual(STATS);
  });

  it('accepts an HTTP-date', async () => {
    const times = answerInTurn(STATS_URL, 'get', [
      () =>
        new HttpResponse(null, { status: 429, headers: { 'Retry-After': new Date(Date.now() + 5000).toUTCString() } }),
    ]);
    const start = Date.now();
    const call = track(testClient({ retry: 1 }).platform.stats());
    await flush();
    await advance(5000);
    expect(times.map((t) => t - start)).toEqual([0, 5000]);
    expect(call.value).toEqual(STATS);
  });

  it('re-sends even a POST: a 429 means the server did not handle it', async () => {
    const times = answerInTurn(`${BASE_URL}/api/v1/admin/state/dashboard/refresh`, 'post', [
      status(429, { 'Retry-After': '1' }),
      () => HttpResponse.json(JSON.parse('{"data":{"org_id":"org_kNr8aQ","refreshed_at":"2026-03-26T11:30:00Z"}}')),
    ]);
    const call = track(testClient({ retry: 1 }).state.dashboard.refresh({ org_id: 'org_kNr8aQ' }));
    await flush();
    await advance(1000);
    expect(times).toHaveLength(2);
    expect(call.value).toMatchObject({ data: { org_id: 'org_kNr8aQ' } });
  });

  it('fails with RATE_LIMITED and retryAfterMs when the wait exceeds maxRetryAfterMs', async () => {
    const times = answerInTurn(STATS_URL, 'get', [status(429, { 'Retry-After': '120' })]);
    const call = track(testClient({ retry: { limit: 3, maxRetryAfterMs: 60_000 } }).platform.stats());
    await flush();
    await flush();
    expect(times).toHaveLength(1);
    expect(call.error).toMatchObject({ code: 'RATE_LIMITED', retryAfterMs: 120_000 });
  });

  it('parses Retry-After forms', () => {
    expect(parseRetryAfter('2')).toBe(2000);
    expect(parseRetryAfter('0.5')).toBe(500);
    expect(parseRetryAfter(new Date(Date.now() + 10_000).toUTCString(), Date.now())).toBe(10_000);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });
});

describe('client-side rate limit (document 002: 500 requests a minute)', () => {
  it('the limiter queues the 501st request of a minute until the first one leaves the window', async () => {
    const limiter = createRateLimiter();
    const start = Date.now();
    const granted: number[] = [];
    const all = Array.from({ length: 502 }, () => limiter.acquire().then(() => granted.push(Date.now() - start)));
    await flush();
    expect(granted).toHaveLength(500);
    expect(limiter.pending).toBe(2);
    await advance(59_999);
    expect(granted).toHaveLength(500);
    await advance(1);
    await Promise.all(all);
    expect(granted.slice(500)).toEqual([60_000, 60_000]);
  });

  it('several windows must all have room (minute and hour budgets)', async () => {
    let requests = 0;
    server.use(
      http.get(`${BASE_URL}/api/v1/contacts/:id`, () => {
        requests += 1;
        return HttpResponse.json(example('contacts.get') as object);
      }),
    );
    const client = testClient({
      rateLimit: [
        { limit: 2, windowMs: 1000 },
        { limit: 3, windowMs: 10_000 },
      ],
    });
    const calls = ['a', 'b', 'c', 'd'].map((id) => track(client.contacts.get(id)));
    await flush();
    expect(requests).toBe(2);
    await advance(1000);
    expect(requests).toBe(3);
    await advance(1000);
    expect(requests).toBe(3);
    await advance(8000);
    expect(requests).toBe(4);
    expect(calls.every((call) => call.settled)).toBe(true);
  });

  it('uses an injected clock', async () => {
    let now = 0;
    const limiter = createRateLimiter({ limit: 1, windowMs: 1000, now: () => now });
    await limiter.acquire();
    const second = track(limiter.acquire());
    now = 1000;
    await advance(1000);
    expect(second.settled).toBe(true);
  });

  it('the client queues instead of failing, and an abort leaves the queue', async () => {
    const times: number[] = [];
    server.use(
      http.get(`${BASE_URL}/api/v1/contacts/:id`, () => {
        times.push(Date.now());
        return HttpResponse.json(example('contacts.get') as object);
      }),
    );
    const start = Date.now();
    const client = testClient({ rateLimit: { limit: 2, windowMs: 10_000 } });
    const controller = new AbortController();
    const calls = ['a', 'b', 'c', 'd'].map((id) =>
      track(client.contacts.get(id, id === 'c' ? { signal: controller.signal } : {})),
    );
    await flush();
    expect(times.map((t) => t - start)).toEqual([0, 0]);
    controller.abort();
    await flush();
    expect(calls[2]?.error).toMatchObject({ code: 'ABORTED' });
    await advance(10_000);
    expect(times.map((t) => t - start)).toEqual([0, 0, 10_000]);
    expect(calls.map((c) => c.settled)).toEqual([true, true, true, true]);
    expect(calls[3]?.value).toMatchObject({ id: 'usr_01J3K8X' });
  });
});

describe('identical GETs in flight share one request', () => {
  it('two concurrent identical GETs send one request; each caller gets its own copy', async () => {
    const release = deferred();
    let requests = 0;
    server.use(
      http.get(STATS_URL, async () => {
        requests += 1;
        await release.promise;
        return HttpResponse.json(STATS);
      }),
    );
    const client = testClient();
    const first = client.platform.stats();
    const second = client.platform.stats();
    await flush();
    release.resolve();
    const [a, b] = await Promise.all([first, second]);
    expect(requests).toBe(1);
    expect(a).toEqual(STATS);
    expect(b).toEqual(a);
    expect(b).not.toBe(a);
    // once settled, the next call asks again
    await client.platform.stats();
    expect(requests).toBe(2);
  });

  it('different queries, tokens or tenants, and non-GETs are not shared', async () => {
    let gets = 0;
    let deletes = 0;
    server.use(
      http.get(`${BASE_URL}/api/v1/admin/users`, () => {
        gets += 1;
        return HttpResponse.json(example('platform.users.list') as object);
      }),
      http.delete(`${BASE_URL}/api/v1/contacts/:id`, () => {
        deletes += 1;
        return HttpResponse.json({ success: true, deleted_id: 'x' });
      }),
    );
    let token = 'one';
    const client = testClient({ token: () => token });
    const calls: Promise<unknown>[] = [
      client.platform.users.list({ limit: 1 }),
      client.platform.users.list({ limit: 2 }),
    ];
    token = 'two';
    calls.push(client.platform.users.list({ limit: 1 }));
    calls.push(testClient({ token: 'one', tenant: 'other' }).platform.users.list({ limit: 1 }));
    calls.push(client.contacts.remove('x'), client.contacts.remove('x'));
    await Promise.all(calls);
    expect(gets).toBe(4);
    expect(deletes).toBe(2);
  });

  it("one caller's abort detaches only that caller", async () => {
    const release = deferred();
    let serverSawAbort = false;
    server.use(
      http.get(STATS_URL, async ({ request }) => {
        request.signal.addEventListener('abort', () => {
          serverSawAbort = true;
        });
        await release.promise;
        return HttpResponse.json(STATS);
      }),
    );
    const client = testClient();
    const controller = new AbortController();
    const leaving = track(client.platform.stats({ signal: controller.signal }));
    const staying = track(client.platform.stats());
    await flush();
    controller.abort();
    await flush();
    expect(leaving.error).toMatchObject({ code: 'ABORTED' });
    release.resolve();
    await flush();
    expect(staying.value).toEqual(STATS);
    expect(serverSawAbort).toBe(false);
  });

  it('the shared request is cancelled when every caller has aborted', async () => {
    const hold = holdUntilAborted();
    server.use(http.get(STATS_URL, hold.handler));
    const client = testClient();
    const one = new AbortController();
    const two = new AbortController();
    const calls = [
      track(client.platform.stats({ signal: one.signal })),
      track(client.platform.stats({ signal: two.signal })),
    ];
    await hold.arrived;
    one.abort();
    await flush();
    expect(hold.count).toBe(1);
    two.abort();
    expect(await hold.aborted).toBe(true);
    await flush();
    expect(calls.map((c) => (c.error as AdminApiError | undefined)?.code)).toEqual(['ABORTED', 'ABORTED']);
    // a later identical call starts afresh
    server.use(http.get(STATS_URL, () => HttpResponse.json(STATS)));
    await expect(client.platform.stats()).resolves.toEqual(STATS);
  });

  it('can be switched off', async () => {
    let requests = 0;
    server.use(
      http.get(STATS_URL, () => {
        requests += 1;
        return HttpResponse.json(STATS);
      }),
    );
    const client = testClient({ dedupe: false });
    await Promise.all([client.platform.stats(), client.platform.stats()]);
    expect(requests).toBe(2);
  });
});
