import type { HttpHandler } from 'msw';
import type { MockCorsOrigins } from './cors.js';
import { createMockDb, type MockDb, type MockDbOptions } from './db.js';
import { createFaults, type FaultConfig, type FaultsController } from './faults.js';
import { createHandlers, type MockHandlerOptions } from './handlers/index.js';
import type { MockProfileName } from './profiles.js';
import { createMockRateLimiter, type MockRateLimiter, type MockRateLimitOptions } from './rate-limit.js';

/** Options shared by {@link createMockBackend}, the node server, the browser worker and the HTTP server. */
export interface MockBackendOptions extends MockDbOptions {
  /** Serve this db instead of a freshly seeded one. */
  db?: MockDb;
  /** Prefix of every contract path; `''` (default) for same-origin relative paths. */
  baseUrl?: string;
  /** Initial faults, or a controller shared with something else (a dev panel). */
  faults?: FaultsController | FaultConfig;
  /** Document 002's rate limit: options (e.g. an injected clock) or `false` for none. Default 500/min, 5000/h. */
  rateLimit?: MockRateLimitOptions | false;
  /** Check every success body against the contract (a mismatch answers 500). Default `true`. */
  validateResponses?: boolean;
  /** `'strict'` (default) or `'liberal'`: which of two valid servers the handlers are (see `createHandlers`). */
  profile?: MockProfileName;
  /**
   * Which page origins may call from another origin (CORS): preflights answered, answers labelled. Default `'*'`,
   * any origin (see `createHandlers`); `false` for none.
   */
  cors?: MockCorsOrigins | false;
}

/** One db, its handlers and the switches that change their behaviour. */
export interface MockBackend {
  /** The db being served (replaced by `reset`). */
  readonly db: MockDb;
  readonly faults: FaultsController;
  /** `null` when rate limiting is off. */
  readonly rateLimiter: MockRateLimiter | null;
  readonly handlers: HttpHandler[];
  /** A freshly seeded db (same options), no faults, rate-limit counts cleared. */
  reset(): void;
}

/**
 * Builds a db, a fault controller, a rate limiter and the handlers over them — what `setupMockServer`,
 * `startMockWorker` and `startMockHttpServer` each wrap for their platform.
 *
 * @example
 * const backend = createMockBackend({ seed: 1 });
 * const response = await getResponse(backend.handlers, new Request('http://localhost/api/admin/users'));
 */
export function createMockBackend(options: MockBackendOptions = {}): MockBackend {
  const seedDb = () => options.db ?? createMockDb({ seed: options.seed, now: options.now });
  let db = seedDb();
  const faults =
    options.faults !== undefined && typeof (options.faults as FaultsController).plan === 'function'
      ? (options.faults as FaultsController)
      : createFaults((options.faults as FaultConfig | undefined) ?? {});
  const initialFaults = faults.get();
  const rateLimiter = options.rateLimit === false ? null : createMockRateLimiter(options.rateLimit ?? {});
  const handlerOptions: MockHandlerOptions = {
    baseUrl: options.baseUrl ?? '',
    faults,
    rateLimit: rateLimiter ?? false,
    validateResponses: options.validateResponses ?? true,
    profile: options.profile ?? 'strict',
    cors: options.cors ?? '*',
  };
  const handlers = createHandlers(() => db, handlerOptions);
  return {
    get db() {
      return db;
    },
    faults,
    rateLimiter,
    handlers,
    reset() {
      db = options.db === undefined ? seedDb() : db;
      faults.reset(initialFaults);
      rateLimiter?.reset();
    },
  };
}
