import ky, { isHTTPError, isNetworkError, isTimeoutError, type KyInstance } from 'ky';
import type { z } from 'zod/mini';
import { buildPath, type Endpoint, type HttpMethod } from '../contract/endpoint.js';
import { RATE_LIMITS, TENANT_HEADER, TRANSIENT_STATUSES } from '../contract/protocol.js';
import { toSearchParams } from '../contract/query.js';
import { AdminApiError } from './admin-api-error.js';
import { abortedError, type CallContext, parseRetryAfter, parseSuccess, toAdminApiError } from './answer.js';
import { createRateLimiter, type RateLimiter, type RateLimitOptions } from './rate-limiter.js';
import { readText } from './read-body.js';

/**
 * The transport under every client method: ONE ky instance, and ky does what it can do: the retry policy (limit,
 * methods, status codes, exponential backoff with a cap, jitter, `Retry-After` and the rate-limit headers), the
 * per-attempt timeout of the answer and of the body, an optional total timeout, and the hooks where every attempt
 * reads the token and the tenant anew and waits for the client-side limiter.
 *
 * Kept by hand, because ky has no option for them (each says why where it is):
 * - which failures are retried for which method (`shouldRetry`): a 429 for any method, since the server did not
 *   handle the request, a 5xx, a network error or a timeout only for idempotent methods;
 * - a `Retry-After` longer than `maxRetryAfterMs` fails the call (ky would wait the maximum instead);
 * - "equal jitter" with an injectable random source, so tests name every wait to the millisecond;
 * - the client-side rate limiter (document 002's budget), acquired before every attempt;
 * - `onUnauthorized`: one resend after a token refresh, which must not count against (or need) the retry limit;
 * - identical GETs in flight share one request, with per-caller aborts;
 * - mapping every failure to one `AdminApiError`, and parsing the answer with the endpoint's schema.
 */

/** A bearer token, or a function read before every attempt so a refreshed token is picked up. */
export type TokenSource = string | (() => string | null | undefined | Promise<string | null | undefined>);

/** A tenant id (document 004's `X-Bulwark-Tenant`), or a function read before every attempt. */
export type TenantSource = string | (() => string | null | undefined);

export interface RetryOptions {
  /** Retries after the first attempt. Default 2. */
  readonly limit?: number;
  /** Methods retried after network errors, timeouts and 5xx. Default GET, PUT, DELETE (idempotent). */
  readonly methods?: readonly HttpMethod[];
  /** First backoff step in ms; step n is `baseDelayMs * 2^n`, capped by `maxDelayMs`. Default 300. */
  readonly baseDelayMs?: number;
  /** Largest backoff in ms. Default 10 000. */
  readonly maxDelayMs?: number;
  /** A `Retry-After` longer than this is not waited for: the call fails with RATE_LIMITED. Default 60 000. */
  readonly maxRetryAfterMs?: number;
  /** Random source in [0, 1) for the jitter. Default `Math.random`. */
  readonly random?: () => number;
}

export interface HttpOptions {
  /** Origin (and optional path prefix) the contract paths are appended to, e.g. `https://admin.example.no`. */
  readonly baseUrl?: string;
  readonly token?: TokenSource;
  readonly tenant?: TenantSource;
  /** A fetch implementation; default the global `fetch`, looked up per request (so MSW's patch is seen). */
  readonly fetch?: (input: Request | string | URL, init?: RequestInit) => Promise<Response>;
  /** Per-attempt timeout in ms (response and body), or `false`. Default 10 000. */
  readonly timeout?: number | false;
  /** Timeout in ms of the whole call, retries and their waits included (ky's `totalTimeout`), or `false` (default). */
  readonly totalTimeout?: number | false;
  /** Retry policy, a retry count, or `false` for none. */
  readonly retry?: RetryOptions | number | false;
  /**
   * Called when an answer is 401. Resolve `true` (after refreshing the token) to send the request once more
   * with the token read anew; anything else lets the UNAUTHORIZED error through.
   */
  readonly onUnauthorized?: (error: AdminApiError) => boolean | undefined | Promise<boolean | undefined>;
  /**
   * Client-side limiter: one window, several windows (all must have room), or `false` for none. Default:
   * document 002's budget, 500 requests a minute and 5000 an hour.
   */
  readonly rateLimit?: RateLimitOptions | readonly RateLimitOptions[] | false;
  /** Share one request between identical GETs in flight at the same time. Default true. */
  readonly dedupe?: boolean;
}

/** Options every client method takes last. */
export interface CallOptions {
  /** Aborting rejects the call with ABORTED and, unless another caller shares the request, cancels it. */
  readonly signal?: AbortSignal;
}

type QueryValue = string | number | boolean | readonly (string | number)[] | null | undefined;

export interface RequestInput {
  readonly params?: Readonly<Record<string, string>>;
  readonly query?: { readonly [key: string]: QueryValue };
  readonly body?: unknown;
}

/** The parsed success body of an endpoint. */
export type ResponseOf<E extends Endpoint> = z.output<E['response']>;

export interface Http {
  /**
   * Sends one contract request and returns the answer parsed by the endpoint's response schema.
   *
   * @example
   * const page = await http.request(contract.data.usersList, { query: { page: 2 } }, { signal });
   */
  request<E extends Endpoint>(endpoint: E, input?: RequestInput, options?: CallOptions): Promise<ResponseOf<E>>;
  /** The one ky instance, for requests outside the contract (it shares base URL and fetch, nothing else). */
  readonly ky: KyInstance;
}

interface SharedRequest {
  readonly controller: AbortController;
  readonly promise: Promise<unknown>;
  callers: number;
}

/** ky passes each request's own options to its hooks; the call's context travels in them under this key. */
const CONTEXT = 'adminBlocCall';
const contextOf = (options: unknown): CallContext =>
  (options as { context: Record<string, CallContext> }).context[CONTEXT] as CallContext;

/**
 * Creates the transport. Most code wants `createAdminClient`, which wraps this with typed methods.
 *
 * @example
 * const http = createHttp({ baseUrl: 'https://admin.example.no', token: () => session.token });
 */
export function createHttp(options: HttpOptions = {}): Http {
  if (options.baseUrl === undefined && typeof (globalThis as { location?: unknown }).location === 'undefined') {
    throw new TypeError('createAdminClient: `baseUrl` is required outside a browser page');
  }
  const retry = normaliseRetry(options.retry);
  const timeout = options.timeout ?? 10_000;
  const limiters: RateLimiter[] =
    options.rateLimit === false
      ? []
      : (Array.isArray(options.rateLimit) ? options.rateLimit : [options.rateLimit ?? {}]).map((window) =>
          createRateLimiter(window),
        );
  if (options.rateLimit === undefined) limiters.push(createRateLimiter(RATE_LIMITS[1]));
  const dedupe = options.dedupe ?? true;
  const inflight = new Map<string, SharedRequest>();
  const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const retryStatuses = [...TRANSIENT_STATUSES, 429];

  async function readToken(label: string): Promise<string | undefined> {
    const source = options.token;
    try {
      const value = typeof source === 'function' ? await source() : source;
      return value ?? undefined;
    } catch (cause) {
      // A token provider that fails (a refresh that could not complete) is an authentication failure.
      throw new AdminApiError({ code: 'UNAUTHORIZED', request: label, cause });
    }
  }

  function readTenant(): string | undefined {
    const source = options.tenant;
    return (typeof source === 'function' ? source() : source) ?? undefined;
  }

  /**
   * Before every attempt, first and retried: wait for room in the limiter (ky has no client-side limiter), then
   * set the token and the tenant read anew, so a refreshed token or a switched tenant is what the attempt sends.
   */
  async function prepareAttempt({ request, options: requestOptions }: { request: Request; options: unknown }) {
    const call = contextOf(requestOptions);
    for (const limiter of limiters) {
      try {
        await limiter.acquire(call.signal);
      } catch (reason) {
        throw abortedError(call.label, reason);
      }
    }
    const token = await readToken(call.label);
    call.token = token;
    if (token) request.headers.set('authorization', `Bearer ${token}`);
    else request.headers.delete('authorization');
    // Only endpoints that declare the tenant header get it (document 004's): another server need not allow it (CORS).
    const tenant = readTenant();
    if (tenant && call.endpoint.headers !== undefined && TENANT_HEADER in call.endpoint.headers.shape) {
      request.headers.set(TENANT_HEADER, tenant);
    }
  }

  /**
   * ky's `shouldRetry`: `false` refuses, `undefined` leaves the decision (and the delay: backoff, or the server's
   * `Retry-After`) to ky's defaults for the status codes above. ky's own rules cannot say "a 429 for any method,
   * the rest for idempotent methods only", nor fail on a `Retry-After` that is too long (ky waits its maximum).
   */
  function shouldRetry({ error }: { error: Error }): false | undefined {
    const request = (error as { request?: Request }).request;
    if (!request) return false;
    if (isHTTPError(error)) {
      const wait = parseRetryAfter(error.response.headers.get('retry-after'));
      if (wait !== undefined && wait > retry.maxRetryAfterMs) return false;
      if (error.response.status === 429) return undefined;
    } else if (!isNetworkError(error) && !isTimeoutError(error)) {
      return false;
    }
    return retry.methods.has(request.method as HttpMethod) ? undefined : false;
  }

  const api = ky.create({
    ...(options.baseUrl === undefined ? {} : { prefix: options.baseUrl }),
    fetch: fetchImpl,
    timeout,
    totalTimeout: options.totalTimeout ?? false,
    retry: {
      limit: retry.limit,
      // Every method of the contract may reach shouldRetry, which keeps 5xx, network and timeout retries to
      // idempotent ones (ky's methods option alone cannot let a POST retry a 429 but not a 500).
      methods: ['get', 'put', 'delete', 'post', 'patch'],
      statusCodes: retryStatuses,
      afterStatusCodes: retryStatuses,
      maxRetryAfter: retry.maxRetryAfterMs,
      // The step is capped before the jitter, in delay: ky applies backoffLimit after the jitter, which would turn
      // every long wait into exactly the cap and bring many clients' retries back in step.
      delay: (attempt) => Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** (attempt - 1)),
      jitter: (delay) => equalJitter(delay, retry.random),
      retryOnTimeout: true,
      shouldRetry,
    },
    hooks: {
      beforeRequest: [prepareAttempt],
      beforeRetry: [prepareAttempt],
    },
  });

  /** One call through ky: its retries, timeouts and hooks; every failure comes out as an AdminApiError. */
  async function send(endpoint: Endpoint, target: string, body: unknown, call: CallContext): Promise<unknown> {
    let response: Response;
    let text: string;
    try {
      response = await api(target, {
        method: endpoint.method,
        headers: { accept: 'application/json' },
        ...(call.signal ? { signal: call.signal } : {}),
        ...(body === undefined ? {} : { json: body }),
        context: { [CONTEXT]: call },
      });
      text = await readBody(response, call);
    } catch (error) {
      throw toAdminApiError(error, call);
    }
    return parseSuccess(endpoint, text, response.status, call.label);
  }

  /**
   * Reads a 2xx body by hand rather than with ky's `.text()`: ky's body timeout rejects but leaves the stream open,
   * and a body that never ends would then hold its connection. Here the timeout (and the caller's abort) cancels
   * the stream itself, even from a fetch that does not tie the body to the signal.
   */
  async function readBody(response: Response, call: CallContext): Promise<string> {
    const controller = new AbortController();
    const onAbort = () => controller.abort(call.signal?.reason);
    call.signal?.addEventListener('abort', onAbort, { once: true });
    const timer =
      timeout === false
        ? undefined
        : setTimeout(() => controller.abort(new DOMException('The response body timed out', 'TimeoutError')), timeout);
    try {
      return await readText(response, controller.signal);
    } finally {
      if (timer !== undefined) clearTimeout(timer);
      call.signal?.removeEventListener('abort', onAbort);
    }
  }

  /**
   * `onUnauthorized` by hand: a 401 after which the app refreshed its token is sent once more. ky's forced retry
   * (`ky.retry()`) counts against the retry limit and does nothing without one; this resend must happen either way.
   */
  async function execute(
    endpoint: Endpoint,
    target: string,
    body: unknown,
    label: string,
    signal: AbortSignal | undefined,
  ): Promise<unknown> {
    const call: CallContext = { label, endpoint, signal, token: undefined };
    try {
      return await send(endpoint, target, body, call);
    } catch (error) {
      if (!(error instanceof AdminApiError) || error.code !== 'UNAUTHORIZED' || !options.onUnauthorized) throw error;
      if ((await options.onUnauthorized(error)) !== true || signal?.aborted) throw error;
      return send(endpoint, target, body, { ...call });
    }
  }

  /** Joins a caller to a shared request; its own abort detaches only this caller. */
  function join(key: string, shared: SharedRequest, signal: AbortSignal | undefined, label: string): Promise<unknown> {
    shared.callers += 1;
    const first = shared.callers === 1;
    return new Promise((resolve, reject) => {
      let settled = false;
      const onAbort = () => {
        if (settled) return;
        settled = true;
        shared.callers -= 1;
        reject(abortedError(label, signal?.reason));
        if (shared.callers === 0) {
          if (inflight.get(key) === shared) inflight.delete(key);
          shared.controller.abort(signal?.reason);
        }
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      shared.promise.then(
        (value) => {
          if (settled) return;
          settled = true;
          signal?.removeEventListener('abort', onAbort);
          // Callers beyond the first get their own copy, so one caller mutating its result cannot affect another.
          resolve(first ? value : structuredClone(value));
        },
        (error: unknown) => {
          if (settled) return;
          settled = true;
          signal?.removeEventListener('abort', onAbort);
          reject(error);
        },
      );
    });
  }

  async function request<E extends Endpoint>(
    endpoint: E,
    input: RequestInput = {},
    callOptions: CallOptions = {},
  ): Promise<ResponseOf<E>> {
    const path = buildPath(endpoint.path, input.params);
    const label = `${endpoint.method} ${path}`;
    const { signal } = callOptions;
    if (signal?.aborted) throw abortedError(label, signal.reason);
    const search = toSearchParams(input.query).toString();
    const target = search ? `${path}?${search}` : path;

    if (!dedupe || endpoint.method !== 'GET') {
      return (await execute(endpoint, target, input.body, label, signal)) as ResponseOf<E>;
    }
    // The key holds the credentials so two users' identical GETs never share an answer; it never leaves memory.
    const key = `${target}\n${(await readToken(label)) ?? ''}\n${readTenant() ?? ''}`;
    if (signal?.aborted) throw abortedError(label, signal.reason);
    let shared = inflight.get(key);
    if (!shared) {
      const controller = new AbortController();
      const promise = execute(endpoint, target, undefined, label, controller.signal);
      const created: SharedRequest = { controller, promise, callers: 0 };
      shared = created;
      inflight.set(key, created);
      promise.then(
        () => inflight.get(key) === created && inflight.delete(key),
        () => inflight.get(key) === created && inflight.delete(key),
      );
    }
    return (await join(key, shared, signal, label)) as ResponseOf<E>;
  }

  return { request, ky: api };
}

interface NormalisedRetry {
  readonly limit: number;
  readonly methods: ReadonlySet<HttpMethod>;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  readonly maxRetryAfterMs: number;
  readonly random: () => number;
}

function normaliseRetry(retry: HttpOptions['retry']): NormalisedRetry {
  const given: RetryOptions =
    retry === false ? { limit: 0 } : typeof retry === 'number' ? { limit: retry } : (retry ?? {});
  const limit = given.limit ?? 2;
  if (!Number.isInteger(limit) || limit < 0) throw new RangeError('retry.limit must be a non-negative integer');
  return {
    limit,
    methods: new Set(given.methods ?? ['GET', 'PUT', 'DELETE']),
    baseDelayMs: given.baseDelayMs ?? 300,
    maxDelayMs: given.maxDelayMs ?? 10_000,
    maxRetryAfterMs: given.maxRetryAfterMs ?? 60_000,
    random: given.random ?? Math.random,
  };
}

/**
 * ky's `jitter`: "equal jitter", half the backoff step fixed and half random, so the retries of many clients spread
 * out but never fire at once (ky's own `jitter: true` is full jitter, which may retry at once). `random` is
 * injectable so tests name every wait.
 *
 * @example
 * equalJitter(300, () => 0.5); // 225
 */
export function equalJitter(step: number, random: () => number): number {
  return step / 2 + (random() * step) / 2;
}
