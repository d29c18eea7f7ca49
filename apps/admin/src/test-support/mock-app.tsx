import { render } from '@testing-library/react';
import type { MockServer } from 'admin-bloc/mocks';
import { DEMO_PEOPLE, DEMO_TOKENS } from 'admin-bloc/mocks';
import { http } from 'msw';
import type { ReactNode } from 'react';
import { App } from '../app/app.js';
import { readConfig } from '../app/config.js';
import { SCREENS, warmScreen } from '../app/screens.js';
import { createServices, type DemoRole, type Services, storeDemoRole } from '../app/services.js';

/** A request as the mock saw it: counted at MSW's `request:start`, and how it ended. */
export interface CountedRequest {
  readonly method: string;
  readonly path: string;
  readonly url: URL;
  /** `pending` until the mock answered; `aborted` when the app gave up on it first. */
  outcome: 'pending' | 'answered' | 'aborted';
}

/**
 * Counts every request at the mock through MSW's life-cycle events, and can hold requests at the mock until the
 * test lets them go (a slow server without a clock): `hold` picks them, `release` answers them.
 *
 * @example
 * const traffic = countRequests(server);
 * traffic.hold = () => true;
 */
export function countRequests(server: MockServer) {
  const requests: CountedRequest[] = [];
  const byId = new Map<string, CountedRequest>();
  const held: { request: CountedRequest; go: () => void }[] = [];
  const traffic = {
    requests,
    /** Requests not yet answered, held or not. */
    get pending() {
      return requests.filter((request) => request.outcome === 'pending');
    },
    held,
    hold: null as ((request: CountedRequest) => boolean) | null,
    /** Lets every held request through to the mock's handlers. */
    release() {
      for (const entry of held.splice(0)) entry.go();
    },
    /** Requests counted from now on. */
    since() {
      const from = requests.length;
      return () => requests.slice(from);
    },
  };
  server.events.on('request:start', ({ request, requestId }) => {
    const url = new URL(request.url);
    const counted: CountedRequest = { method: request.method, path: url.pathname, url, outcome: 'pending' };
    requests.push(counted);
    byId.set(requestId, counted);
    request.signal.addEventListener('abort', () => {
      if (counted.outcome === 'pending') counted.outcome = 'aborted';
    });
  });
  server.events.on('response:mocked', ({ requestId }) => {
    const counted = byId.get(requestId);
    if (counted && counted.outcome === 'pending') counted.outcome = 'answered';
  });
  server.use(
    http.all('*', async ({ request, requestId }) => {
      const counted = byId.get(requestId);
      if (!counted || !traffic.hold?.(counted)) return undefined;
      await new Promise<void>((resolve) => {
        const entry = { request: counted, go: resolve };
        held.push(entry);
        request.signal.addEventListener('abort', () => {
          const at = held.indexOf(entry);
          if (at >= 0) held.splice(at, 1);
          resolve();
        });
      });
      return undefined;
    }),
  );
  return traffic;
}

/**
 * The whole app in mock mode over the node mock server (the same handlers and seeded db as the browser's
 * worker), signed in as the root org's admin (or `demoRole`). Every screen's chunk is loaded first, so a test measures the app's
 * requests and renders, not the test runner's module loading.
 *
 * @example
 * const { services } = await renderMockApp(server, { path: '/users' });
 */
export async function renderMockApp(
  server: MockServer,
  options: { path?: string; wrap?: (app: ReactNode) => ReactNode; freshMs?: number; demoRole?: DemoRole } = {},
): Promise<{ services: Services }> {
  await Promise.all(Object.values(SCREENS).map((screen) => screen.load()));
  history.replaceState(null, '', options.path ?? '/');
  localStorage.clear();
  if (options.demoRole) storeDemoRole(options.demoRole);
  const services = createServices(
    readConfig({}),
    {
      faults: server.faults,
      tokens: DEMO_TOKENS,
      superAdminId: DEMO_PEOPLE.superAdmin,
      reset: () => server.reset(),
    },
    { fresh: { freshMs: options.freshMs ?? 30_000 } },
  );
  warmScreen(options.path ?? '/', services);
  const app = <App services={services} />;
  render(options.wrap ? options.wrap(app) : app);
  return { services };
}
