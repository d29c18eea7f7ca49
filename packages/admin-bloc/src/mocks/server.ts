import type { SharedOptions } from 'msw';
import type { SetupServer } from 'msw/node';
import { createMockBackend, type MockBackend, type MockBackendOptions } from './backend.js';

/** The node mock server: MSW's `SetupServer` plus the backend it serves. */
export interface MockServer extends SetupServer {
  /** The db being served; `reset()` replaces it with a freshly seeded one. */
  readonly db: MockBackend['db'];
  readonly faults: MockBackend['faults'];
  readonly rateLimiter: MockBackend['rateLimiter'];
  /** Fresh db, initial faults, rate-limit counts cleared and `server.use()` overrides dropped. */
  reset(): void;
}

/**
 * MSW's `setupServer` over a fresh seeded backend, for node tests (ours and consumers').
 * `listen()` fails on unhandled requests by default: MSW 3's option is `onUnhandledFrame: 'error'`
 * (MSW 2's `onUnhandledRequest` is silently ignored by MSW 3).
 *
 * `msw/node` is loaded on demand through Node's `require` (ESM-compatible since Node 22.12), so this
 * entry stays free of node-only imports and the browser app can import `startMockWorker` from it.
 *
 * @example
 * const mock = setupMockServer();
 * beforeAll(() => mock.listen());
 * afterEach(() => mock.reset());
 * afterAll(() => mock.close());
 *
 * it('fails on demand', async () => {
 *   mock.faults.set({ fail: { 'data.users.list': 503 } });
 *   // ... the client now sees 503 for the user list
 * });
 */
export function setupMockServer(options: MockBackendOptions = {}): MockServer {
  const backend = createMockBackend(options);
  const { setupServer } = loadNodeModule<typeof import('msw/node')>('msw/node');
  const server = setupServer(...backend.handlers);
  const listen = server.listen.bind(server);
  const resetHandlers = server.resetHandlers.bind(server);
  Object.defineProperties(server, {
    db: { get: () => backend.db },
    faults: { value: backend.faults },
    rateLimiter: { value: backend.rateLimiter },
    listen: {
      value: (listenOptions: Partial<SharedOptions> = {}) => listen({ onUnhandledFrame: 'error', ...listenOptions }),
    },
    reset: {
      value: () => {
        resetHandlers();
        backend.reset();
      },
    },
  });
  return server as MockServer;
}

/** Synchronous `require` of an ES module (Node ≥ 22.12), without a static node-only import. */
function loadNodeModule<T>(specifier: string): T {
  const nodeModule = globalThis.process?.getBuiltinModule?.('node:module') as typeof import('node:module') | undefined;
  if (nodeModule === undefined)
    throw new Error('setupMockServer() runs in Node.js; use startMockWorker() in a browser');
  return nodeModule.createRequire(import.meta.url)(specifier) as T;
}
