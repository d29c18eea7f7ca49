import { createPrng, type Prng } from './prng.js';

/**
 * Fault injection for the mock backend, so loading states, retries, cancellation and error screens can be
 * exercised on purpose: per test (`faults.set(...)`), or at runtime from the app's dev panel or URL.
 *
 * Endpoint patterns are contract endpoint ids (`data.users.list`), a prefix ending in `*` (`contacts.*`)
 * or `*` for every endpoint.
 */
export interface FaultConfig {
  /** Delay before every answer: milliseconds, or `[min, max]` for a random delay. Ends early on abort. */
  latency?: number | readonly [number, number];
  /** Share (0..1) of requests that fail with `errorStatus`. */
  errorRate?: number;
  /** Status of the random failures of `errorRate`. Default 500. */
  errorStatus?: number;
  /** A fixed answer per endpoint pattern: an HTTP status (error envelope) or `'network'` (connection failure). */
  fail?: Readonly<Record<string, number | 'network'>>;
  /** Endpoint patterns answered with a 2xx body that is not valid JSON. */
  malformedJson?: readonly string[];
  /** Endpoint patterns answered with a 2xx JSON body that breaks the contract's response schema. */
  contractBreak?: readonly string[];
}

/** What the faults decide for one request. */
export interface FaultPlan {
  latencyMs: number;
  /** Answer with this failure instead of the handler's answer. */
  failure: number | 'network' | null;
  malformedJson: boolean;
  contractBreak: boolean;
}

/** A switchable set of faults shared by the handlers and whoever drives them. */
export interface FaultsController {
  /** The current configuration. */
  get(): Readonly<FaultConfig>;
  /** Merges settings into the current ones (`undefined` removes a setting). */
  set(patch: FaultConfig): void;
  /** Replaces every setting (none by default) and restarts the random sequence. */
  reset(next?: FaultConfig): void;
  /** Called after every change; returns the unsubscribe function. */
  subscribe(listener: (config: Readonly<FaultConfig>) => void): () => void;
  /** Decides the faults of one request to an endpoint. */
  plan(endpointId: string): FaultPlan;
}

/**
 * Creates a fault controller. Random decisions (error rate, latency ranges) use a seeded PRNG, so a
 * test with `errorRate: 0.5` fails the same requests on every run.
 *
 * @example
 * const faults = createFaults({ latency: [100, 400] });
 * const handlers = createHandlers(db, { faults });
 * faults.set({ fail: { 'data.users.list': 503 } }); // from now on the user list answers 503
 * faults.reset(); // all clear
 */
export function createFaults(initial: FaultConfig = {}, options: { seed?: number | string } = {}): FaultsController {
  let config: FaultConfig = clean(initial);
  const seed = options.seed ?? 'faults';
  let random: Prng = createPrng(seed);
  const listeners = new Set<(config: Readonly<FaultConfig>) => void>();
  const notify = () => {
    for (const listener of listeners) listener(config);
  };
  return {
    get: () => config,
    set(patch) {
      config = clean({ ...config, ...patch });
      notify();
    },
    reset(next = {}) {
      config = clean(next);
      random = createPrng(seed);
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    plan(endpointId) {
      const { latency, errorRate, errorStatus, fail, malformedJson, contractBreak } = config;
      let latencyMs = 0;
      if (typeof latency === 'number') latencyMs = latency;
      else if (latency) latencyMs = random.int(Math.min(...latency), Math.max(...latency));
      let failure: number | 'network' | null = null;
      for (const [pattern, status] of Object.entries(fail ?? {})) {
        if (matchesPattern(pattern, endpointId)) failure = status;
      }
      if (failure === null && errorRate !== undefined && errorRate > 0 && random.next() < errorRate) {
        failure = errorStatus ?? 500;
      }
      return {
        latencyMs,
        failure,
        malformedJson: (malformedJson ?? []).some((pattern) => matchesPattern(pattern, endpointId)),
        contractBreak: (contractBreak ?? []).some((pattern) => matchesPattern(pattern, endpointId)),
      };
    },
  };
}

/**
 * Whether an endpoint id matches a pattern: exact id, `prefix.*`, or `*`.
 *
 * @example
 * matchesPattern('contacts.*', 'contacts.search'); // true
 */
export function matchesPattern(pattern: string, endpointId: string): boolean {
  if (pattern === '*' || pattern === endpointId) return true;
  return pattern.endsWith('*') && endpointId.startsWith(pattern.slice(0, -1));
}

/**
 * Reads faults from URL parameters, for the app's dev mode (`?mockLatency=300&mockFail=data.users.list:500`):
 *
 * | parameter | example | meaning |
 * |---|---|---|
 * | `mockLatency` | `300` or `100-800` | fixed or random delay in ms |
 * | `mockErrorRate` | `0.2` | share of requests that fail |
 * | `mockErrorStatus` | `503` | status of those failures (default 500) |
 * | `mockFail` | `data.users.list:500,contacts.*:network` | fixed failure per endpoint pattern (status or `network`; status defaults to 500) |
 * | `mockMalformed` | `platform.stats` | comma list of patterns answered with invalid JSON |
 * | `mockBreak` | `data.*` | comma list of patterns answered with contract-breaking bodies |
 *
 * Unknown or malformed values are ignored rather than thrown: a typo in the address bar must not stop the app.
 *
 * @example
 * parseFaultParams('?mockLatency=100-800&mockFail=data.users.list:503');
 * // { latency: [100, 800], fail: { 'data.users.list': 503 } }
 */
export function parseFaultParams(input: URLSearchParams | string): FaultConfig {
  const params = typeof input === 'string' ? new URLSearchParams(input) : input;
  const config: FaultConfig = {};
  const latency = params.get('mockLatency');
  if (latency !== null) {
    const range = /^\s*(\d+)\s*-\s*(\d+)\s*$/.exec(latency);
    if (range) config.latency = [Number(range[1]), Number(range[2])];
    else if (/^\s*\d+\s*$/.test(latency)) config.latency = Number(latency);
  }
  const rate = Number(params.get('mockErrorRate') ?? Number.NaN);
  if (rate >= 0 && rate <= 1) config.errorRate = rate;
  const errorStatus = toStatus(params.get('mockErrorStatus'));
  if (typeof errorStatus === 'number') config.errorStatus = errorStatus;
  const fail: Record<string, number | 'network'> = {};
  for (const item of list(params.get('mockFail'))) {
    const [pattern, status] = item.split(':');
    if (!pattern) continue;
    const parsed = status === undefined ? 500 : toStatus(status);
    if (parsed !== undefined) fail[pattern] = parsed;
  }
  if (Object.keys(fail).length > 0) config.fail = fail;
  const malformed = list(params.get('mockMalformed'));
  if (malformed.length > 0) config.malformedJson = malformed;
  const broken = list(params.get('mockBreak'));
  if (broken.length > 0) config.contractBreak = broken;
  return config;
}

/**
 * Writes faults as URL parameters, the inverse of {@link parseFaultParams} (for a dev panel's shareable link).
 *
 * @example
 * faultsToParams({ latency: 300 }).toString(); // 'mockLatency=300'
 */
export function faultsToParams(config: FaultConfig): URLSearchParams {
  const params = new URLSearchParams();
  if (typeof config.latency === 'number') params.set('mockLatency', String(config.latency));
  else if (config.latency) params.set('mockLatency', `${config.latency[0]}-${config.latency[1]}`);
  if (config.errorRate !== undefined) params.set('mockErrorRate', String(config.errorRate));
  if (config.errorStatus !== undefined) params.set('mockErrorStatus', String(config.errorStatus));
  const fail = Object.entries(config.fail ?? {});
  if (fail.length > 0) params.set('mockFail', fail.map(([pattern, status]) => `${pattern}:${status}`).join(','));
  if (config.malformedJson?.length) params.set('mockMalformed', config.malformedJson.join(','));
  if (config.contractBreak?.length) params.set('mockBreak', config.contractBreak.join(','));
  return params;
}

function list(value: string | null): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

function toStatus(value: string | null): number | 'network' | undefined {
  if (value === null) return undefined;
  if (value.trim() === 'network') return 'network';
  const status = Number(value);
  return Number.isInteger(status) && status >= 400 && status <= 599 ? status : undefined;
}

function clean(config: FaultConfig): FaultConfig {
  return Object.fromEntries(Object.entries(config).filter(([, value]) => value !== undefined)) as FaultConfig;
}

/**
 * Waits `ms`, ending early with the signal's reason when the request is aborted, so a cancelled request
 * stops occupying the mock as it would stop occupying a real server.
 *
 * @example
 * await abortableDelay(300, request.signal);
 */
export function abortableDelay(ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0 && !signal?.aborted) return Promise.resolve();
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Turns a valid response body into one that breaks its schema while staying valid JSON: every top-level
 * field gets a value of another type (strings become numbers, arrays strings, objects booleans, ...).
 *
 * @example
 * breakContract({ data: [], pagination: { page: 1 } }); // { data: 'not-an-array', pagination: false }
 */
export function breakContract(body: unknown): unknown {
  if (Array.isArray(body)) return { unexpected: 'array expected, object sent' };
  if (body === null || typeof body !== 'object') return { unexpected: body };
  return Object.fromEntries(
    Object.entries(body).map(([key, value]) => {
      if (Array.isArray(value)) return [key, 'not-an-array'];
      if (typeof value === 'string') return [key, 404];
      if (typeof value === 'number') return [key, 'NaN'];
      if (typeof value === 'boolean') return [key, 'yes'];
      if (value === null) return [key, 0];
      return [key, false];
    }),
  );
}
