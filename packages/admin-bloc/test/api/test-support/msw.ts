import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { createAdminClient } from '../../../src/api/create-admin-client.js';
import type { HttpOptions } from '../../../src/api/http.js';

/** Origin the tests' client talks to; MSW answers it, nothing leaves the process. */
export const BASE_URL = 'http://admin.test';

/**
 * One MSW server per test file with no default handlers: each test installs its own with `server.use()`.
 * An unhandled request fails MSW's way (`onUnhandledFrame: 'error'`) AND is recorded, and the file's
 * `afterEach` fails the test, so a client that errors on purpose cannot hide a wrong method or path.
 */
export function setupTestServer() {
  const unhandled: string[] = [];
  const server = setupServer();
  beforeAll(() =>
    server.listen({
      onUnhandledFrame({ frame, defaults }) {
        const request = (frame.data as { request?: Request }).request;
        unhandled.push(request ? `${request.method} ${request.url}` : frame.protocol);
        defaults.error();
      },
    }),
  );
  afterEach(() => {
    server.resetHandlers();
    const seen = unhandled.splice(0);
    expect(seen, 'requests no handler answered').toEqual([]);
  });
  afterAll(() => server.close());
  return server;
}

/** A client for tests: fixed base URL, no retries or limiter unless a test asks, no surprise timers. */
export function testClient(options: HttpOptions = {}) {
  return createAdminClient({ baseUrl: BASE_URL, token: 'test-token-123', retry: 0, rateLimit: false, ...options });
}

/** Records what reached the server, so tests assert on the wire, not on the client's intentions. */
export interface SeenRequest {
  readonly method: string;
  readonly path: string;
  readonly search: URLSearchParams;
  readonly headers: Headers;
  readonly body: unknown;
}

/**
 * Reads a request the way a server would.
 *
 * @example
 * server.use(http.get(url, async ({ request }) => { seen.push(await see(request)); return HttpResponse.json(x); }));
 */
export async function see(request: Request): Promise<SeenRequest> {
  const url = new URL(request.url);
  const text = await request.clone().text();
  return {
    method: request.method,
    path: url.pathname,
    search: url.searchParams,
    headers: request.headers,
    body: text === '' ? undefined : JSON.parse(text),
  };
}

/** A promise with its resolve function outside (the lib target predates `Promise.withResolvers`). */
export function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}

/**
 * A handler body that holds the request until it is aborted, and reports that it was.
 *
 * @example
 * const hold = holdUntilAborted(); server.use(http.get(url, hold.handler)); await hold.arrived; ... expect(await hold.aborted).toBe(true);
 */
export function holdUntilAborted() {
  const arrived = deferred();
  const aborted = deferred<boolean>();
  let count = 0;
  return {
    arrived: arrived.promise,
    aborted: aborted.promise,
    get count() {
      return count;
    },
    handler: async ({ request }: { request: Request }) => {
      count += 1;
      arrived.resolve();
      await new Promise<void>((resolve) => request.signal.addEventListener('abort', () => resolve(), { once: true }));
      aborted.resolve(request.signal.aborted);
      return new Response(null, { status: 499 });
    },
  };
}
