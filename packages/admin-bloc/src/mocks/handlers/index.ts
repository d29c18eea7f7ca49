import type { HttpHandler } from 'msw';
import { allEndpoints } from '../../contract/index.js';
import { type MockCorsOrigins, preflightHandler } from '../cors.js';
import type { MockDb } from '../db.js';
import { createFaults, type FaultConfig, type FaultsController } from '../faults.js';
import { type MockProfileName, mockProfile } from '../profiles.js';
import { createMockRateLimiter, type MockRateLimiter, type MockRateLimitOptions } from '../rate-limit.js';
import { adminRoutes } from './admin.js';
import { auditRoutes } from './audit.js';
import { contactsRoutes } from './contacts.js';
import { dataRoutes } from './data.js';
import { platformRoutes } from './platform.js';
import { type Route, toHandler } from './route.js';
import { stateRoutes } from './state.js';

/** Options of {@link createHandlers}. */
export interface MockHandlerOptions {
  /**
   * Prefix of every contract path: `''` (default) serves relative paths — on the page's origin in a browser,
   * on every origin in node (there is no page there); `'http://localhost:4010'` serves one absolute origin.
   */
  baseUrl?: string;
  /** A fault controller to switch at runtime, or a fixed configuration. Default: no faults. */
  faults?: FaultsController | FaultConfig;
  /** Document 002's rate limit (500/min, 5000/h per token) — options, a limiter, or `false` for none. */
  rateLimit?: MockRateLimitOptions | MockRateLimiter | false;
  /** Check every success body against the contract's response schema (a mismatch answers 500). Default `true`. */
  validateResponses?: boolean;
  /**
   * Which of two valid servers to be: `'strict'` (default) answers like the documents' examples, `'liberal'` makes
   * the other choices they leave open (see `profiles.ts`). A function is read on every request, to switch at run time.
   */
  profile?: MockProfileName | (() => MockProfileName);
  /**
   * Which page origins may call from another origin (CORS), as a real API that allows a dashboard's origin does:
   * the handlers answer the browser's preflight (`OPTIONS`) on every contract path, and label each answer with
   * `Access-Control-Allow-Origin` (and expose `Retry-After` and the rate-limit headers). Default `'*'`: any origin,
   * so a test's page (`http://localhost:3000` under jsdom and happy-dom) may call a client on any base URL. A list
   * or a predicate allows only those origins; it reads the request's `Origin`, which happy-dom 21's `Request` drops
   * before MSW sees it, so under happy-dom keep `'*'`. `false`: no CORS at all, for a server in front that does its own.
   */
  cors?: MockCorsOrigins | false;
}

/**
 * Every route of the mocks, keyed by contract endpoint id: exactly one per endpoint of `allEndpoints`.
 *
 * @example
 * mockRoutes().get('data.users.list')?.endpoint.path; // '/api/v1/admin/data/users'
 */
export function mockRoutes(): Map<string, Route> {
  const routes = new Map<string, Route>();
  for (const definition of [
    ...dataRoutes(),
    ...stateRoutes(),
    ...adminRoutes(),
    ...contactsRoutes(),
    ...platformRoutes(),
    ...auditRoutes(),
  ]) {
    routes.set(definition.endpoint.id, definition);
  }
  return routes;
}

/**
 * The MSW handlers for every endpoint of the five contract documents plus the audit log, over one db.
 * Handlers are registered in `allEndpoints` order (literal paths before `:id` paths) at
 * `baseUrl + endpoint.path`, and validate, authorise, audit and rate-limit like the real service; then one handler
 * that answers browsers' CORS preflights on those paths (unless `cors: false`).
 *
 * @example
 * const db = createMockDb();
 * const faults = createFaults();
 * const server = setupServer(...createHandlers(db, { faults }));
 * server.listen({ onUnhandledFrame: 'error' });
 */
export function createHandlers(db: MockDb | (() => MockDb), options: MockHandlerOptions = {}): HttpHandler[] {
  const faults = isController(options.faults) ? options.faults : createFaults(options.faults ?? {});
  const limiter =
    options.rateLimit === false
      ? null
      : options.rateLimit !== undefined && 'hit' in options.rateLimit
        ? options.rateLimit
        : createMockRateLimiter(options.rateLimit ?? {});
  const baseUrl = (options.baseUrl ?? '').replace(/\/+$/, '');
  const cors = options.cors ?? '*';
  const environment = {
    db: typeof db === 'function' ? db : () => db,
    // Without a page there is no "same origin": in node, relative paths answer on every origin.
    baseUrl: baseUrl === '' && typeof location === 'undefined' ? '*' : baseUrl,
    faults,
    rateLimiter: () => limiter,
    validateResponses: options.validateResponses ?? true,
    profile: () => mockProfile(typeof options.profile === 'function' ? options.profile() : options.profile),
    cors,
  };
  const routes = mockRoutes();
  const handlers = allEndpoints.map((endpoint) => {
    const definition = routes.get(endpoint.id);
    if (definition === undefined) throw new Error(`No mock route for contract endpoint ${endpoint.id}`);
    return toHandler(definition, environment);
  });
  return cors === false ? handlers : [...handlers, preflightHandler(environment.baseUrl, allEndpoints, cors)];
}

function isController(value: MockHandlerOptions['faults']): value is FaultsController {
  return value !== undefined && typeof (value as FaultsController).plan === 'function';
}
