import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TOKENS } from '../../src/mocks/demo-tokens.js';
import { HttpError } from '../../src/mocks/http-error.js';
import { createMockRateLimiter } from '../../src/mocks/rate-limit.js';
import { setupMockServer } from '../../src/mocks/server.js';
import { call } from './test-support.js';

let now = Date.UTC(2026, 2, 26, 12, 0, 0);
const mock = setupMockServer({ rateLimit: { now: () => now } });
beforeAll(() => mock.listen());
afterEach(() => mock.reset());
afterAll(() => mock.close());

describe('document 002’s rate limit, per token, through HTTP', () => {
  // 500 real requests through MSW: about 1 s on an idle machine, several on a busy shared one, so the
  // default 5 s timeout made this test fail by load alone.
  it('500 requests a minute, then 429 with Retry-After; the next minute is open again', {
    timeout: 30_000,
  }, async () => {
    now = Date.UTC(2026, 2, 26, 12, 0, 15);
    for (let i = 0; i < 500; i++) {
      const response = await call('GET', '/api/v1/admin/state/selected-org');
      if (response.status !== 200) throw new Error(`request ${i + 1} answered ${response.status}`);
    }
    const refused = await call('GET', '/api/v1/admin/state/selected-org');
    expect(refused.status).toBe(429);
    expect(refused.body).toEqual({ success: false, error: { code: 'RATE_LIMITED', message: expect.any(String) } });
    expect(refused.headers.get('Retry-After')).toBe('45');
    // Another token has its own budget.
    expect((await call('GET', '/api/v1/admin/state/selected-org', { token: DEMO_TOKENS.superAdmin })).status).toBe(200);
    now += 45_000;
    expect((await call('GET', '/api/v1/admin/state/selected-org')).status).toBe(200);
  });

  it('answers carry the remaining budget', async () => {
    const response = await call('GET', '/api/v1/admin/state/selected-org');
    expect(response.headers.get('X-RateLimit-Limit')).toBe('500');
    expect(response.headers.get('X-RateLimit-Remaining')).toBe('499');
  });
});

describe('createMockRateLimiter', () => {
  it('5000 requests an hour by default, then Retry-After until the hour turns', () => {
    const start = Date.UTC(2026, 2, 26, 12, 0, 0);
    let t = start;
    const limiter = createMockRateLimiter({ now: () => t });
    // 400 a minute stays under the minute limit; 5000 of them fill the hour by 12:12.
    for (let i = 0; i < 5000; i++) {
      t = start + Math.floor(i / 400) * 60_000;
      limiter.hit('token');
    }
    t = start + 13 * 60_000;
    let refused: unknown;
    try {
      limiter.hit('token');
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(HttpError);
    expect((refused as HttpError).status).toBe(429);
    expect((refused as HttpError).headers['Retry-After']).toBe(String(47 * 60));
    t = start + 60 * 60_000;
    expect(limiter.hit('token').remaining).toBe(499);
  });

  it('a refused request is not counted', () => {
    const t = 0;
    const limiter = createMockRateLimiter({ perMinute: 2, now: () => t });
    limiter.hit('a');
    limiter.hit('a');
    expect(() => limiter.hit('a')).toThrow(HttpError);
    expect(() => limiter.hit('a')).toThrow(HttpError);
    expect(limiter.hit('b').remaining).toBe(1);
  });
});
