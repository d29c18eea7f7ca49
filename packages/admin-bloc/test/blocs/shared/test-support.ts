import { HttpResponse, http } from 'msw';
import { filter, firstValueFrom, type Observable } from 'rxjs';
import { afterEach, beforeEach } from 'vitest';
import type { HttpOptions } from '../../../src/api/http.js';
import { errorEnvelope } from '../../../src/contract/errors.js';
import type { MockDb } from '../../../src/mocks/db.js';
import { createMockDb } from '../../../src/mocks/db.js';
import { DEMO_TOKENS } from '../../../src/mocks/demo-tokens.js';
import { createFaults } from '../../../src/mocks/faults.js';
import { createHandlers } from '../../../src/mocks/handlers/index.js';
import { OrgScopeRepository } from '../../../src/repositories/org-scope-repository.js';
import { SessionRepository } from '../../../src/repositories/session-repository.js';
import { setupStrictServer, testClient } from '../../support/msw.js';

// The bloc tests import everything they need from here; the origin and the client are the package's one pair.
export { BASE_URL, testClient } from '../../support/msw.js';

/** One request held at the mock until the test releases or fails it (or the client aborts it). */
export interface HeldRequest {
  readonly method: string;
  readonly path: string;
  readonly url: URL;
  release(): void;
  fail(status: number): void;
}

/** A request the mock saw: where to, and how it ended at the gate (if it was held). */
export interface SeenRequest {
  readonly method: string;
  readonly path: string;
  readonly url: URL;
  readonly body: unknown;
  outcome: 'passed' | 'held' | 'released' | 'failed' | 'aborted';
}

/**
 * The real mock backend (`createHandlers` over a fresh `createMockDb` per test) behind MSW, with a gate in
 * front: requests the `hold` predicate picks wait until the test releases or fails them, so tests decide the
 * order answers arrive in, and `held` is exactly the work in flight at the mock (an aborted request leaves it).
 */
export function setupBlocBackend() {
  let db: MockDb = createMockDb();
  const faults = createFaults();
  const held: HeldRequest[] = [];
  const seen: SeenRequest[] = [];
  const state: { hold: ((request: { method: string; path: string; url: URL }) => boolean) | null } = { hold: null };

  const gate = http.all('*', async ({ request }) => {
    const url = new URL(request.url);
    const text = request.method === 'GET' || request.method === 'DELETE' ? '' : await request.clone().text();
    const entry: SeenRequest = {
      method: request.method,
      path: url.pathname,
      url,
      body: text === '' ? undefined : JSON.parse(text),
      outcome: 'passed',
    };
    seen.push(entry);
    if (!state.hold?.({ method: request.method, path: url.pathname, url })) return undefined;
    entry.outcome = 'held';
    const status = await new Promise<number | null>((resolve) => {
      const item: HeldRequest = {
        method: request.method,
        path: url.pathname,
        url,
        release: () => settle(null, 'released'),
        fail: (code) => settle(code, 'failed'),
      };
      const settle = (result: number | null, outcome: SeenRequest['outcome']) => {
        const at = held.indexOf(item);
        if (at < 0) return;
        held.splice(at, 1);
        entry.outcome = outcome;
        resolve(result);
      };
      held.push(item);
      request.signal.addEventListener('abort', () => settle(null, 'aborted'), { once: true });
    });
    if ((entry.outcome as SeenRequest['outcome']) === 'aborted') return HttpResponse.error();
    if (status !== null) {
      const code = status === 401 ? 'UNAUTHORIZED' : status === 403 ? 'FORBIDDEN' : 'INTERNAL_ERROR';
      return HttpResponse.json(errorEnvelope(code, `Failed by the test (${status})`), { status });
    }
    return undefined;
  });

  const server = setupStrictServer(gate, ...createHandlers(() => db, { faults, rateLimit: false }));
  beforeEach(() => {
    db = createMockDb();
    faults.reset();
    state.hold = null;
    held.splice(0);
    seen.splice(0);
  });
  // Runs before the server's own afterEach (vitest runs after-hooks last-registered first): a request still
  // held is let through before the handlers reset and the unanswered requests are counted.
  afterEach(() => {
    for (const item of [...held]) item.release();
  });

  return {
    server,
    faults,
    held,
    seen,
    /** The db the mock serves in this test (fresh per test; `replaceDb` keeps one across "reloads"). */
    get db() {
      return db;
    },
    /** Hold matching requests at the gate until released; `null` lets everything through. */
    hold(predicate: ((request: { method: string; path: string; url: URL }) => boolean) | null) {
      state.hold = predicate;
    },
    /** Requests seen for a path (and method). */
    requests(path: string, method = 'GET') {
      return seen.filter((request) => request.path === path && request.method === method);
    },
    /** Waits (event-loop turns, no timers) until exactly `count` requests are held at the gate. */
    async waitHeld(count: number) {
      for (let i = 0; i < 2000 && held.length !== count; i++) await new Promise((resolve) => setImmediate(resolve));
      if (held.length !== count) throw new Error(`expected ${count} held requests, got ${held.length}`);
    },
  };
}

/** Paths of the endpoints the blocs call. */
export const PATHS = {
  orgNodes: '/api/v1/admin/data/org-nodes',
  dashboardStats: '/api/v1/admin/data/dashboard-stats',
  dataUsers: '/api/v1/admin/data/users',
  selectedOrg: '/api/v1/admin/state/selected-org',
  dashboardState: '/api/v1/admin/state/dashboard',
  dashboardRefresh: '/api/v1/admin/state/dashboard/refresh',
  userListState: '/api/v1/admin/state/users',
  adminUser: (id: string) => `/api/admin/users/${id}`,
} as const;

/**
 * The repositories an app wires once: a session, a client reading its token and reporting 401s to it, and
 * the org scope following it. Start signed in with `token` (or signed out with `null`).
 *
 * @example
 * const { session, client, scope } = createRig(DEMO_TOKENS.admin);
 */
export function createRig(token: string | null = DEMO_TOKENS.admin, options: HttpOptions = {}) {
  const session = new SessionRepository({ token });
  const client = testClient({ token: session.tokenSource, onUnauthorized: session.onUnauthorized, ...options });
  const scope = new OrgScopeRepository({ session });
  return { session, client, scope };
}

/** Seeded orgs the bloc tests select: the root, Rogaland Nord under it, Jæren, and Haugaland Sør og Vest under Nord. */
export const ROOT = 'org_kNr8aQ';
export const NORD = 'org_tY2zLm';
export const JAEREN = 'org_pL6sDe';
export const HSV = 'org_xW7pNq';

/**
 * `createRig` with the org scope already known: the tree is read as the root's admin
 * (the whole seeded tree, whoever `token` signs in), so a test can also put a scoped admin's scope outside
 * its reach, and `selected` is the node chosen in it (`null`: the root).
 *
 * @example
 * const { client, scope } = await createScopedRig(NORD, DEMO_TOKENS.scopedAdmin);
 */
export async function createScopedRig(selected: string | null = NORD, token: string = DEMO_TOKENS.admin) {
  const rig = createRig(token);
  const nodes = (await testClient().data.orgNodes({ limit: 100 })).data;
  const scope = OrgScopeRepository.of(nodes, selected, { session: rig.session });
  return { ...rig, scope, nodes };
}

/** Resolves once `source` has a value matching `predicate` (the current one included). */
export function until<T>(source: Observable<T>, predicate: (value: T) => boolean): Promise<T> {
  return firstValueFrom(source.pipe(filter(predicate)));
}

/** Resolves once a list bloc has finished loading (whether it succeeded or failed). */
export function settled<State extends { readonly status: string }>(bloc: { readonly state$: Observable<State> }) {
  return until(bloc.state$, (state) => state.status !== 'loading');
}

/**
 * Timers the test steps by hand: nothing runs until `advance(ms)`, and the MSW plumbing keeps the real event
 * loop (vitest's global fake timers would also stop MSW's own timers).
 *
 * @example
 * const timers = manualTimers();
 * new DashboardBloc({ client, scope, timers });
 * timers.advance(60_000);
 */
export function manualTimers(start = Date.parse('2026-03-26T12:00:00Z')) {
  let now = start;
  let nextId = 1;
  const pending = new Map<number, { at: number; callback: () => void }>();
  return {
    setTimeout(callback: () => void, ms: number): unknown {
      const id = nextId++;
      pending.set(id, { at: now + ms, callback });
      return id;
    },
    clearTimeout(handle: unknown) {
      pending.delete(handle as number);
    },
    now: () => now,
    /** Moves the clock forward, running each timer that falls due, in order. */
    advance(ms: number) {
      const end = now + ms;
      for (;;) {
        const due = [...pending.entries()].filter(([, timer]) => timer.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        pending.delete(due[0]);
        now = due[1].at;
        due[1].callback();
      }
      now = end;
    },
    /** How many timers are waiting. */
    get pending() {
      return pending.size;
    },
  };
}

/**
 * `blocTest` from admin-bloc/testing, re-exported for the bloc tests that import it from here (it once needed a
 * typed wrapper; the testing entry's own type now accepts concrete blocs).
 */
export { blocTest } from '../../../src/testing/index.js';
