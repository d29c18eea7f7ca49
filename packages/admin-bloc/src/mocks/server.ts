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
 * Without a `baseUrl` the handlers answer the contract's paths on any origin: a client made with
 * `baseUrl: 'http://localhost'`, one under jsdom or happy-dom that leaves `baseUrl` out (it then calls the
 * page's `location.origin`, `http://localhost:3000` under vitest), and one of a script all reach them.
 * They answer as an API that allows any page's origin (CORS, the `cors` option): a browser-like fetch that sends
 * a preflight first (happy-dom's, for a client whose absolute `baseUrl` is on another origin than the page) gets
 * it answered, and every answer carries `Access-Control-Allow-Origin`.
 *
 * It refuses to start on a Node.js older than 22.12, where msw 3 intercepts nothing and every request would go
 * to the network unseen.
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
  refuseNodeWithoutInterception();
  // '*': any origin. A DOM environment in Node (jsdom, happy-dom) has a `location`, which would otherwise make
  // relative handler paths answer only on the fake page's origin.
  const backend = createMockBackend({ ...options, baseUrl: options.baseUrl ?? '*' });
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

/** The oldest Node.js on which msw 3's interceptors work (its `engines`) and `require` loads ES modules. */
const MINIMUM_NODE = [22, 12] as const;

/**
 * msw 3 on Node 20 installs its interceptors without error and then intercepts nothing: every request goes to the
 * network and the tests talk to whatever answers there. Refusing to start says so at once.
 */
function refuseNodeWithoutInterception(): void {
  const version = globalThis.process?.versions?.node;
  if (version === undefined) return; // not Node: loadNodeModule says what to use instead
  const [major = 0, minor = 0] = version.split('.').map(Number);
  if (major > MINIMUM_NODE[0] || (major === MINIMUM_NODE[0] && minor >= MINIMUM_NODE[1])) return;
  throw new Error(
    `setupMockServer() needs Node.js ${MINIMUM_NODE.join('.')} or later; this is Node.js ${version}, on which msw 3 ` +
      'intercepts no request (they would reach the network). Run the tests on Node 22.12+ (for example ' +
      '`npx -p node@22 node …`, or `nvm use 22`), or use startMockHttpServer() from a process on Node 22+.',
  );
}

/** Synchronous `require` of an ES module (Node ≥ 22.12), without a static node-only import. */
function loadNodeModule<T>(specifier: string): T {
  const nodeModule = globalThis.process?.getBuiltinModule?.('node:module') as typeof import('node:module') | undefined;
  if (nodeModule === undefined)
    throw new Error('setupMockServer() runs in Node.js; use startMockWorker() in a browser');
  return nodeModule.createRequire(import.meta.url)(specifier) as T;
}
