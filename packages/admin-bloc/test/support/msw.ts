import type { RequestHandler } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { createAdminClient } from '../../src/api/create-admin-client.js';
import type { HttpOptions } from '../../src/api/http.js';
import { DEMO_TOKENS } from '../../src/mocks/demo-tokens.js';
import { deferred } from './deferred.js';

// In its own file so that the React tests can take it without loading MSW; the API tests import it from here.
export { deferred };

/** Origin of every test's client; MSW answers it, nothing leaves the process. */
export const BASE_URL = 'http://admin.test';

/**
 * A client on the test origin signed in as the demo admin (a token the mock backend accepts; tests with their
 * own handlers see it on the wire): no retries and no client-side limiter unless a test asks, so each test
 * sees exactly its own requests and no surprise timers.
 *
 * @example
 * const client = testClient({ token: DEMO_TOKENS.superAdmin });
 */
export function testClient(options: HttpOptions = {}) {
  return createAdminClient({ baseUrl: BASE_URL, token: DEMO_TOKENS.admin, retry: 0, rateLimit: false, ...options });
}

/**
 * One MSW server per test file, listening for the whole file. A request no handler answers fails MSW's way
 * (`onUnhandledFrame: 'error'`) AND is recorded, and the test it happened in fails afterwards: a client that
 * errors on purpose cannot hide a wrong method or path behind its own error handling.
 * Handlers given here stay for the whole file; `server.use()` adds ones that last one test.
 */
export function setupStrictServer(...handlers: RequestHandler[]) {
  const unhandled: string[] = [];
  const server = setupServer(...handlers);
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
    expect(unhandled.splice(0), 'requests no handler answered').toEqual([]);
  });
  afterAll(() => server.close());
  return server;
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
