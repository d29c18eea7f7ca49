import ky, { type KyInstance } from 'ky';
import type { z } from 'zod/mini';
import { buildPath, type Endpoint, type HttpMethod } from '../contract/endpoint.js';
import { ErrorEnvelope } from '../contract/errors.js';
import { RATE_LIMITS, TENANT_HEADER, TRANSIENT_STATUSES } from '../contract/protocol.js';
import { toSearchParams } from '../contract/query.js';
import { readableIssues } from '../contract/readable-issues.js';
import { ADMIN_API_ERROR_CODES, AdminApiError, type AdminApiErrorCode, codeForStatus } from './admin-api-error.js';
import { createRateLimiter, type RateLimiter, type RateLimitOptions } from './rate-limiter.js';

/**
 * The transport under every client method: ONE ky instance (base URL, custom fetch, JSON bodies) with our own
 * per-attempt timeout, retry loop, rate limiter and in-flight de-duplication around it.
 *
 * Why ky's own `retry` and `timeout` are switched off (`retry: 0`, `timeout: false`): the retry decision needs
 * our error codes (a 429 is retried for any method because the server did not handle it, a 500 only for
 * idempotent methods), the backoff needs an injectable `random` for reproducible tests, every attempt must pass
 * through the client-side limiter, and a shared (de-duplicated) request must keep retrying for its remaining
 * callers. Doing it here, with plain `setTimeout`, keeps all waiting in one place that fake timers drive.
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

const SERVER_CODES = new Set<string>(ADMIN_API_ERROR_CODES.slice(0, 7));
const TABLE_STATUSES = new Set([400, 401, 403, 404, 409, 429]);

interface SharedRequest {
  readonly controller: AbortController;
  readonly promise: Promise<unknown>;
  callers: number;
}

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
  const timeout = options.timeout ?? 10_000;
  const retry = normaliseRetry(options.retry);
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

  const api = ky.create({
    ...(options.baseUrl === undefined ? {} : { prefix: options.baseUrl }),
    retry: 0,
    timeout: false,
    throwHttpErrors: false,
    fetch: fetchImpl,
  });

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

  /** One attempt: headers, timeout, send, read, map the answer. */
  async function attempt(
    endpoint: Endpoint,
    target: string,
    body: unknown,
    label: string,
    signal: AbortSignal | undefined,
  ): Promise<unknown> {
    const token = await readToken(label);
    const tenant = readTenant();
    const headers: Record<string, string> = { accept: 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    // Only endpoints that declare the tenant header get it (document 004's): another server need not allow it (CORS).
    if (tenant && endpoint.headers !== undefined && TENANT_HEADER in endpoint.headers.shape)
      headers[TENANT_HEADER] = tenant;

    const controller = new AbortController();
    const onAbort = () => controller.abort(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    let timedOut = false;
    const timer =
      timeout === false
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            controller.abort(new DOMException('The request timed out', 'TimeoutError'));
          }, timeout);
    try {
      const response = await untilAborted(
        api(target, {
          method: endpoint.method,
          headers,
          signal: controller.signal,
          ...(body === undefined ? {} : { json: body }),
        }),
        controller.signal,
      );
      const text = await readText(response, controller.signal);
      if (!response.ok) throw httpError(response, text, label, token);
      return parseSuccess(endpoint, text, response.status, label);
    } catch (error) {
      if (error instanceof AdminApiError) throw error;
      if (signal?.aborted) throw abortedError(label, signal.reason);
      if (timedOut) throw new AdminApiError({ code: 'TIMEOUT', request: label, cause: withoutRequest(error) });
      throw new AdminApiError({ code: 'NETWORK_ERROR', request: label, cause: withoutRequest(error) });
    } finally {
      if (timer !== undefined) clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  /** The retry loop around `attempt`, each attempt passing through the limiter. */
  async function execute(
    endpoint: Endpoint,
    target: string,
    body: unknown,
    label: string,
    signal: AbortSignal | undefined,
  ): Promise<unknown> {
    let retries = 0;
    let reauthenticated = false;
    for (;;) {
      try {
        for (const limiter of limiters) {
          try {
            await limiter.acquire(signal);
          } catch (reason) {
            throw abortedError(label, reason);
          }
        }
        return await attempt(endpoint, target, body, label, signal);
      } catch (error) {
        if (!(error instanceof AdminApiError)) throw error;
        if (error.code === 'UNAUTHORIZED' && options.onUnauthorized) {
          const again = await options.onUnauthorized(error);
          if (again === true && !reauthenticated && !signal?.aborted) {
            reauthenticated = true;
            continue;
          }
        }
        const delay = retryDelay(error, endpoint.method, retries, retry);
        if (delay === undefined) throw error;
        retries += 1;
        await sleep(delay, signal, label);
      }
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
 * How long to wait before retry number `retries + 1`, or `undefined` not to retry.
 * Exponential backoff with "equal jitter": half the step fixed, half random, so retries of many clients spread
 * out but never fire at once. A 429 (and a 503 that says when) waits what `Retry-After` says instead.
 *
 * @example
 * retryDelay(new AdminApiError({ code: 'NETWORK_ERROR' }), 'GET', 0, policy); // between 150 and 300 with the defaults
 */
export function retryDelay(
  error: AdminApiError,
  method: HttpMethod,
  retries: number,
  policy: Pick<NormalisedRetry, 'limit' | 'methods' | 'baseDelayMs' | 'maxDelayMs' | 'maxRetryAfterMs' | 'random'>,
): number | undefined {
  if (retries >= policy.limit) return undefined;
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retries);
  const backoff = step / 2 + (policy.random() * step) / 2;
  // A 429 means the server did not handle the request, so even a POST may be sent again.
  if (error.code === 'RATE_LIMITED') {
    if (error.retryAfterMs === undefined) return backoff;
    return error.retryAfterMs <= policy.maxRetryAfterMs ? error.retryAfterMs : undefined;
  }
  if (!policy.methods.has(method)) return undefined;
  const transient =
    error.code === 'NETWORK_ERROR' ||
    error.code === 'TIMEOUT' ||
    (error.code === 'INTERNAL_ERROR' && error.status !== undefined && TRANSIENT_STATUSES.has(error.status));
  if (!transient) return undefined;
  if (error.retryAfterMs !== undefined) {
    return error.retryAfterMs <= policy.maxRetryAfterMs ? error.retryAfterMs : undefined;
  }
  return backoff;
}

/**
 * Settles with `promise`, or rejects with the signal's reason as soon as it aborts: the timeout and the
 * caller's abort hold even with an injected fetch that ignores signals, or a body that never ends.
 */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal, onAbort?: () => void): Promise<T> {
  if (signal.aborted) {
    onAbort?.();
    promise.catch(() => undefined);
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const abort = () => {
      onAbort?.();
      reject(signal.reason);
    };
    signal.addEventListener('abort', abort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', abort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', abort);
        reject(error);
      },
    );
  });
}

/**
 * Reads a body as text with our own reader, so an abort (timeout or caller) cancels the stream itself,
 * freeing the connection, even when the fetch implementation does not tie the body to the signal.
 */
async function readText(response: Response, signal: AbortSignal): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const cancel = () => {
    reader.cancel(signal.reason).catch(() => undefined);
  };
  let text = '';
  try {
    for (;;) {
      const { done, value } = await untilAborted(reader.read(), signal, cancel);
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
    return text + decoder.decode();
  } finally {
    reader.releaseLock();
  }
}

/** Waits `ms` on a timer; an abort ends the wait with ABORTED. */
function sleep(ms: number, signal: AbortSignal | undefined, label: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortedError(label, signal.reason));
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortedError(label, signal?.reason));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * ky's errors carry the `Request`, whose headers hold the token; logging the cause chain (util.inspect,
 * devtools) would print it. Keep only the underlying cause, or the message.
 */
function withoutRequest(error: unknown): unknown {
  if (error && typeof error === 'object' && 'request' in error) {
    const { cause, message } = error as { cause?: unknown; message?: string };
    return cause ?? new Error(message ?? 'request failed');
  }
  return error;
}

function abortedError(label: string, reason: unknown): AdminApiError {
  return new AdminApiError({ code: 'ABORTED', request: label, cause: reason });
}

/**
 * `Retry-After` in ms: delay-seconds or an HTTP-date.
 *
 * @example
 * parseRetryAfter('2', Date.now()); // 2000
 */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function redact(text: string, token: string | undefined): string {
  return token && token.length >= 4 ? text.split(token).join('[redacted]') : text;
}

/** Maps a non-2xx answer: the 002 error envelope when there is one, else the HTTP status alone. */
function httpError(response: Response, text: string, label: string, token: string | undefined): AdminApiError {
  let envelope: ErrorEnvelope | undefined;
  try {
    const parsed = ErrorEnvelope.safeParse(JSON.parse(text), readableIssues);
    if (parsed.success) envelope = parsed.data;
  } catch {
    // Not JSON (an HTML error page, a proxy's text): the status is all we have.
  }
  const serverCode = envelope?.error.code;
  // The status decides where document 002's table gives it a code (a 429 stays RATE_LIMITED whatever the
  // body says); for other statuses (418, 422, …) a known envelope code is the better guess.
  const code: AdminApiErrorCode =
    !TABLE_STATUSES.has(response.status) &&
    response.status < 500 &&
    serverCode !== undefined &&
    SERVER_CODES.has(serverCode)
      ? (serverCode as AdminApiErrorCode)
      : codeForStatus(response.status);
  const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
  return new AdminApiError({
    code,
    status: response.status,
    request: label,
    ...(envelope ? { serverMessage: redact(envelope.error.message, token), serverCode } : {}),
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  });
}

/** Parses a 2xx body with the endpoint's response schema: the one boundary where untrusted data is checked. */
function parseSuccess(endpoint: Endpoint, text: string, status: number, label: string): unknown {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new AdminApiError({
      code: 'INVALID_RESPONSE',
      status,
      request: label,
      issues: [{ path: [], message: 'the body is not JSON', code: 'invalid_json' }],
      cause,
    });
  }
  const result = endpoint.response.safeParse(json, readableIssues);
  if (result.success) return result.data;
  throw new AdminApiError({
    code: 'INVALID_RESPONSE',
    status,
    request: label,
    issues: result.error.issues.map((issue) => ({ path: issue.path, message: issue.message, code: issue.code })),
    cause: result.error,
  });
}
