import { inspect } from 'node:util';
import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { en } from 'zod/locales';
import * as z from 'zod/mini';
import { allEndpoints } from '../../src/contract/all-endpoints.js';
import { errorEnvelope } from '../../src/contract/errors.js';
import {
  AdminApiError,
  isAbortError,
  isAdminApiError,
  isAuthError,
  isClientError,
  isServerError,
  isTransientError,
} from '../../src/api/admin-api-error.js';
import { BASE_URL, deferred, holdUntilAborted, setupStrictServer, testClient } from '../support/msw.js';
import { example, wireCases } from './test-support/wire-cases.js';

const server = setupStrictServer();
const STATS_URL = `${BASE_URL}/api/v1/admin/stats`;

async function failure(promise: Promise<unknown>): Promise<AdminApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(AdminApiError);
    return error as AdminApiError;
  }
  throw new Error('expected the call to fail');
}

afterEach(() => {
  vi.useRealTimers();
});

describe('error envelope of document 002 → code, status and the server message', () => {
  const table = [
    ['UNAUTHORIZED', 401, 'Missing or invalid authentication'],
    ['FORBIDDEN', 403, 'Admin access required'],
    ['NOT_FOUND', 404, 'User not found'],
    ['BAD_REQUEST', 400, 'limit must be at most 100'],
    ['CONFLICT', 409, 'Slug already exists'],
    ['INTERNAL_ERROR', 500, 'Server error'],
  ] as const;
  for (const [code, status, message] of table) {
    it(`${status} ${code}`, async () => {
      server.use(
        http.get(`${BASE_URL}/api/admin/users`, () => HttpResponse.json(errorEnvelope(code, message), { status })),
      );
      const error = await failure(testClient().users.list());
      expect(error).toMatchObject({
        code,
        status,
        serverMessage: message,
        serverCode: code,
        request: 'GET /api/admin/users',
      });
      expect(error.message).toBe(`${code} ${status} (GET /api/admin/users): ${message}`);
    });
  }

  it('RATE_LIMITED from 429, with Retry-After in ms', async () => {
    server.use(
      http.get(STATS_URL, () =>
        HttpResponse.json(errorEnvelope('RATE_LIMITED', 'Slow down'), { status: 429, headers: { 'Retry-After': '7' } }),
      ),
    );
    const error = await failure(testClient().platform.stats());
    expect(error).toMatchObject({ code: 'RATE_LIMITED', status: 429, retryAfterMs: 7000, serverMessage: 'Slow down' });
  });

  it('the status wins over a contradicting envelope code; the sent code is kept', async () => {
    server.use(http.get(STATS_URL, () => HttpResponse.json(errorEnvelope('INTERNAL_ERROR', 'busy'), { status: 429 })));
    expect(await failure(testClient().platform.stats())).toMatchObject({
      code: 'RATE_LIMITED',
      serverCode: 'INTERNAL_ERROR',
    });
  });

  it('a known envelope code names a status outside the table', async () => {
    server.use(
      http.get(STATS_URL, () => HttpResponse.json(errorEnvelope('CONFLICT', 'version clash'), { status: 412 })),
    );
    expect(await failure(testClient().platform.stats())).toMatchObject({ code: 'CONFLICT', status: 412 });
  });

  it('keeps an unknown server code but maps by status', async () => {
    server.use(
      http.get(STATS_URL, () => HttpResponse.json(errorEnvelope('TEAPOT' as 'CONFLICT', 'no'), { status: 418 })),
    );
    const error = await failure(testClient().platform.stats());
    expect(error).toMatchObject({ code: 'BAD_REQUEST', status: 418, serverCode: 'TEAPOT', serverMessage: 'no' });
  });
});

describe('plain HTTP errors (no envelope) map by status', () => {
  const table = [
    [400, 'BAD_REQUEST'],
    [401, 'UNAUTHORIZED'],
    [403, 'FORBIDDEN'],
    [404, 'NOT_FOUND'],
    [408, 'TIMEOUT'],
    [409, 'CONFLICT'],
    [422, 'BAD_REQUEST'],
    [429, 'RATE_LIMITED'],
    [500, 'INTERNAL_ERROR'],
    [502, 'INTERNAL_ERROR'],
    [503, 'INTERNAL_ERROR'],
  ] as const;
  for (const [status, code] of table) {
    it(`${status} → ${code}`, async () => {
      server.use(http.get(STATS_URL, () => new HttpResponse('<html>Bad Gateway</html>', { status })));
      const error = await failure(testClient().platform.stats());
      expect(error).toMatchObject({ code, status, serverMessage: undefined });
    });
  }

  it('a non-envelope JSON error body is not taken as a server message', async () => {
    server.use(http.get(STATS_URL, () => HttpResponse.json({ message: 'nope' }, { status: 404 })));
    expect(await failure(testClient().platform.stats())).toMatchObject({ code: 'NOT_FOUND', serverMessage: undefined });
  });
});

describe('client-side failures', () => {
  it('NETWORK_ERROR when the connection fails (HttpResponse.error())', async () => {
    server.use(http.get(STATS_URL, () => HttpResponse.error()));
    const error = await failure(testClient().platform.stats());
    expect(error).toMatchObject({ code: 'NETWORK_ERROR', status: undefined, request: 'GET /api/v1/admin/stats' });
    expect(isTransientError(error)).toBe(true);
  });

  it('TIMEOUT when no answer comes in time (fake timers), and the request is cancelled', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const arrived = deferred();
    const serverSawAbort = deferred<boolean>();
    server.use(
      http.get(STATS_URL, async ({ request }) => {
        arrived.resolve();
        await new Promise<void>((resolve) => request.signal.addEventListener('abort', () => resolve()));
        serverSawAbort.resolve(request.signal.aborted);
        return HttpResponse.json(example('platform.stats') as object);
      }),
    );
    let outcome: AdminApiError | undefined;
    const settled = failure(testClient({ timeout: 5000 }).platform.stats()).then((error) => {
      outcome = error;
      return error;
    });
    await arrived.promise;
    await vi.advanceTimersByTimeAsync(4999);
    expect(outcome).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled).toMatchObject({ code: 'TIMEOUT', status: undefined });
    expect(await serverSawAbort.promise).toBe(true);
  });

  it('TIMEOUT also covers a body that never finishes, even from a fetch that ignores the signal', async () => {
    // An injected fetch rather than MSW: a socket-level mock aborted mid-body trips an assertion inside
    // Node's fetch (undici) when the socket closes later, which is about the mock, not the client.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    let bodyCancelled = false;
    const fetch = async () =>
      new Response(
        new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"data":'));
          },
          cancel() {
            bodyCancelled = true;
          },
        }),
        { headers: { 'content-type': 'application/json' } },
      );
    const settled = failure(testClient({ timeout: 1000, fetch }).platform.stats());
    await vi.advanceTimersByTimeAsync(1000);
    expect(await settled).toMatchObject({ code: 'TIMEOUT' });
    expect(bodyCancelled).toBe(true);
  });

  it('TIMEOUT from a fetch that never answers and ignores the signal', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const fetch = () => new Promise<Response>(() => undefined);
    const settled = failure(testClient({ timeout: 2000, fetch }).platform.stats());
    await vi.advanceTimersByTimeAsync(2000);
    expect(await settled).toMatchObject({ code: 'TIMEOUT' });
  });

  it('ABORTED when the caller aborts, and the server sees the request aborted', async () => {
    let arrived = false;
    let serverSawAbort = false;
    server.use(
      http.get(STATS_URL, async ({ request }) => {
        arrived = true;
        await new Promise<void>((resolve) => request.signal.addEventListener('abort', () => resolve()));
        serverSawAbort = request.signal.aborted;
        return HttpResponse.json(example('platform.stats') as object);
      }),
    );
    const controller = new AbortController();
    const settled = failure(testClient().platform.stats({ signal: controller.signal }));
    await vi.waitFor(() => expect(arrived).toBe(true));
    controller.abort();
    const error = await settled;
    expect(error.code).toBe('ABORTED');
    expect(isAbortError(error)).toBe(true);
    await vi.waitFor(() => expect(serverSawAbort).toBe(true));
  });

  it('ABORTED without a request when the signal is already aborted', async () => {
    const error = await failure(
      testClient().contacts.create(
        { full_name: 'A', email: 'a@org.no', role: 'coordinator', org_id: 'o' },
        { signal: AbortSignal.abort() },
      ),
    );
    expect(error.code).toBe('ABORTED');
  });
});

describe('INVALID_RESPONSE: a 2xx answer that breaks the contract', () => {
  it('names the offending field in issues and in the message', async () => {
    const reply = example('data.users.list') as { data: Record<string, unknown>[] };
    const broken = structuredClone(reply);
    (broken.data[1] as Record<string, unknown>).role = 42; // a role outside our list is read; a number is a wrong type
    delete (broken.data[0] as Record<string, unknown>).full_name;
    server.use(http.get(`${BASE_URL}/api/v1/admin/data/users`, () => HttpResponse.json(broken)));
    const error = await failure(testClient().data.users.list());
    expect(error.code).toBe('INVALID_RESPONSE');
    expect(error.status).toBe(200);
    expect(error.issues.map((issue) => issue.path)).toEqual([
      ['data', 0, 'full_name'],
      ['data', 1, 'role'],
    ]);
    expect(error.message).toContain('data.0.full_name');
    expect(error.message).toContain('data.1.role');
    // Without zod's English locale: the issue's code and what was expected.
    expect(error.issues[0]?.message).toBe('invalid_type: expected string');
    expect(error.message).toContain('data.0.full_name: invalid_type: expected string');
    expect(isServerError(error)).toBe(true);
  });

  it('says an issue in the messages the app configured for zod, when it configured some', async () => {
    const reply = structuredClone(example('data.users.list')) as { data: Record<string, unknown>[] };
    delete (reply.data[0] as Record<string, unknown>).full_name;
    server.use(http.get(`${BASE_URL}/api/v1/admin/data/users`, () => HttpResponse.json(reply)));
    z.config(en());
    try {
      const error = await failure(testClient().data.users.list());
      expect(error.issues[0]?.message).toBe('Invalid input: expected string, received undefined');
    } finally {
      z.config({ localeError: undefined });
    }
  });

  it('for malformed JSON', async () => {
    server.use(
      http.get(STATS_URL, () => new HttpResponse('{"data": {', { headers: { 'content-type': 'application/json' } })),
    );
    const error = await failure(testClient().platform.stats());
    expect(error).toMatchObject({ code: 'INVALID_RESPONSE', status: 200 });
    expect(error.issues[0]?.message).toBe('the body is not JSON');
  });

  it('for an empty 2xx body', async () => {
    server.use(http.get(STATS_URL, () => new HttpResponse(null, { status: 204 })));
    expect((await failure(testClient().platform.stats())).code).toBe('INVALID_RESPONSE');
  });

  it('malformed JSON in an error answer keeps the status code', async () => {
    server.use(http.get(STATS_URL, () => new HttpResponse('{"success": false, "err', { status: 500 })));
    expect(await failure(testClient().platform.stats())).toMatchObject({ code: 'INTERNAL_ERROR', status: 500 });
  });
});

describe('every method maps errors the same way', () => {
  for (const testCase of wireCases) {
    it(`${testCase.id}: 403 envelope → FORBIDDEN; broken answer → INVALID_RESPONSE`, async () => {
      const endpoint = allEndpoints.find((e) => e.id === testCase.id);
      const verb = testCase.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
      let calls = 0;
      server.use(
        http[verb](`${BASE_URL}${endpoint?.path}`, () => {
          calls += 1;
          return calls === 1
            ? HttpResponse.json(errorEnvelope('FORBIDDEN', 'Admin access required'), { status: 403 })
            : HttpResponse.json({ unexpected: true });
        }),
      );
      const client = testClient();
      expect(await failure(testCase.call(client))).toMatchObject({ code: 'FORBIDDEN', status: 403 });
      const invalid = await failure(testCase.call(client));
      expect(invalid.code).toBe('INVALID_RESPONSE');
      expect(invalid.issues.length).toBeGreaterThan(0);
      expect(invalid.message).toContain(String(invalid.issues[0]?.path[0]));
    });

    it(`${testCase.id}: an abort cancels the request on the wire`, async () => {
      const endpoint = allEndpoints.find((e) => e.id === testCase.id);
      const verb = testCase.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
      const hold = holdUntilAborted();
      server.use(http[verb](`${BASE_URL}${endpoint?.path}`, hold.handler));
      const controller = new AbortController();
      const call = failure(testCase.call(testClient(), { signal: controller.signal }));
      await hold.arrived;
      controller.abort();
      expect((await call).code).toBe('ABORTED');
      expect(await hold.aborted).toBe(true);
    });
  }
});

describe('the token never shows in an error', () => {
  it('a server message echoing the token is redacted', async () => {
    server.use(
      http.get(STATS_URL, ({ request }) =>
        HttpResponse.json(errorEnvelope('UNAUTHORIZED', `Token ${request.headers.get('authorization')} expired`), {
          status: 401,
        }),
      ),
    );
    const error = await failure(testClient({ token: 'sk-very-secret' }).platform.stats());
    expect(error.serverMessage).toBe('Token Bearer [redacted] expired');
    expect(JSON.stringify(error)).not.toContain('sk-very-secret');
    expect(error.message).not.toContain('sk-very-secret');
    expect(String(error.stack)).not.toContain('sk-very-secret');
  });
});

describe('a token provider that fails', () => {
  it('is an UNAUTHORIZED failure, sent nowhere', async () => {
    const error = await failure(
      testClient({
        token: () => {
          throw new Error('refresh failed');
        },
      }).contacts.create({ full_name: 'A', email: 'a@org.no', role: 'coordinator', org_id: 'o' }),
    );
    expect(error).toMatchObject({ code: 'UNAUTHORIZED', status: undefined });
    expect((error.cause as Error).message).toBe('refresh failed');
  });
});

describe('the token never shows in a logged error', () => {
  it('not even deep in the cause chain of a network error', async () => {
    server.use(http.get(STATS_URL, () => HttpResponse.error()));
    const error = await failure(testClient({ token: 'sk-very-secret' }).platform.stats());
    expect(error.code).toBe('NETWORK_ERROR');
    expect(inspect(error, { depth: 10 })).not.toContain('sk-very-secret');
  });
});

describe('onUnauthorized', () => {
  it('is told about a 401; resolving true sends the request once more with the refreshed token', async () => {
    const seen: (string | null)[] = [];
    server.use(
      http.get(STATS_URL, ({ request }) => {
        const auth = request.headers.get('authorization');
        seen.push(auth);
        return auth === 'Bearer fresh'
          ? HttpResponse.json(example('platform.stats') as object)
          : HttpResponse.json(errorEnvelope('UNAUTHORIZED', 'expired'), { status: 401 });
      }),
    );
    let token = 'stale';
    const onUnauthorized = vi.fn(async (_error: AdminApiError) => {
      token = 'fresh';
      return true;
    });
    const result = await testClient({ token: () => token, onUnauthorized }).platform.stats();
    expect(result.data.users.total).toBe(1240);
    expect(seen).toEqual(['Bearer stale', 'Bearer fresh']);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    expect(onUnauthorized.mock.calls[0]?.[0]).toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('resends at most once, and not at all unless asked', async () => {
    let calls = 0;
    server.use(
      http.post(`${BASE_URL}/api/admin/organizations`, () => {
        calls += 1;
        return HttpResponse.json(errorEnvelope('UNAUTHORIZED', 'expired'), { status: 401 });
      }),
    );
    const body = { name: 'Acme Corp', slug: 'acme-corp', plan: 'enterprise' } as const;
    const always = vi.fn(() => true);
    expect((await failure(testClient({ onUnauthorized: always }).organizations.create(body))).code).toBe(
      'UNAUTHORIZED',
    );
    expect(calls).toBe(2);
    const never = vi.fn(() => undefined);
    expect((await failure(testClient({ onUnauthorized: never }).organizations.create(body))).code).toBe('UNAUTHORIZED');
    expect(calls).toBe(3);
    expect(never).toHaveBeenCalledTimes(1);
  });
});

describe('guards', () => {
  const of = (code: AdminApiError['code']) => new AdminApiError({ code });
  it('group the codes by what a caller does about them', () => {
    expect(isAdminApiError(of('CONFLICT'))).toBe(true);
    expect(isAdminApiError(new Error('x'))).toBe(false);
    expect(isAdminApiError(of('CONFLICT'), 'NOT_FOUND', 'CONFLICT')).toBe(true);
    expect(isAdminApiError(of('CONFLICT'), 'NOT_FOUND')).toBe(false);
    expect(['UNAUTHORIZED', 'FORBIDDEN'].every((code) => isAuthError(of(code as 'FORBIDDEN')))).toBe(true);
    expect(isAuthError(of('NOT_FOUND'))).toBe(false);
    expect(['BAD_REQUEST', 'NOT_FOUND', 'CONFLICT'].every((code) => isClientError(of(code as 'CONFLICT')))).toBe(true);
    expect(isClientError(of('RATE_LIMITED'))).toBe(false);
    expect(isServerError(of('INTERNAL_ERROR')) && isServerError(of('INVALID_RESPONSE'))).toBe(true);
    expect(
      ['NETWORK_ERROR', 'TIMEOUT', 'RATE_LIMITED', 'INTERNAL_ERROR'].every((c) => isTransientError(of(c as 'TIMEOUT'))),
    ).toBe(true);
    expect(isTransientError(of('BAD_REQUEST'))).toBe(false);
    expect(isAbortError(of('ABORTED'))).toBe(true);
    expect(isAuthError('UNAUTHORIZED')).toBe(false);
  });

  it('serialise without the cause chain', () => {
    const error = new AdminApiError({ code: 'NOT_FOUND', status: 404, request: 'GET /x', cause: new Error('inner') });
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: 'AdminApiError',
      message: 'NOT_FOUND 404 (GET /x): resource not found',
      code: 'NOT_FOUND',
      status: 404,
      request: 'GET /x',
    });
  });
});
