import {
  type AdminClient,
  createAdminClient,
  OrgScopeRepository,
  OrgTreeBloc,
  SelectedOrgBloc,
  SessionBloc,
  SessionRepository,
} from 'admin-bloc';
import type { FaultsController } from 'admin-bloc/mocks';
import type { AppConfig } from './config.js';
import { ConfirmedActions } from './confirmed-actions.js';
import { createFreshFetch, type FreshFetchOptions } from './fresh-fetch.js';
import type { MockProfileChoice } from './mock-profile.js';
import { createUserFiltersStorage, type UserFiltersStorage } from './user-filters-storage.js';

/** The demo callers of the mock backend, by the names the token switch shows. */
export type DemoRole = 'admin' | 'superAdmin' | 'scopedAdmin' | 'nonAdmin' | 'expired';

/** What mock mode adds: the fault switches of the dev panel and the demo tokens of the token switch. */
export interface MockControls {
  /** Which of the mock's two valid servers runs (switching reloads the page: see mock-profile.ts). */
  readonly profile?: MockProfileChoice;
  readonly faults: FaultsController;
  readonly tokens: Readonly<Record<Exclude<DemoRole, 'expired'>, string>>;
  readonly superAdminId: string;
  reset(): void;
}

/** Everything the whole app shares: created once, outside React, so StrictMode's double render creates nothing twice. */
export interface Services {
  readonly config: AppConfig;
  readonly mock: MockControls | null;
  readonly session: SessionRepository;
  readonly client: AdminClient;
  readonly scope: OrgScopeRepository;
  readonly sessionBloc: SessionBloc;
  readonly orgTree: OrgTreeBloc;
  readonly selectedOrg: SelectedOrgBloc;
  /** The token the session starts with; in mock mode the demo role chosen last. */
  readonly demoRole: DemoRole | null;
  tokenFor(role: DemoRole): string;
  /** Ends every fresh window of the client's read cache (see `createFreshFetch`). */
  clearFresh(): void;
  /** The user list's remembered filters (a read of them can start with the session's first requests). */
  readonly userFilters: UserFiltersStorage;
  /** Confirmed actions still waiting (deletes in their undo window): sent before signing out or leaving. */
  readonly confirmed: ConfirmedActions;
  /**
   * The page is going away (`pagehide`): against a real server every waiting confirmed action is sent now, with
   * `keepalive`, so the request outlives the page. `pageshow` (back from the cache) ends that mode.
   */
  leaving(gone: boolean): void;
}

const DEMO_ROLE_KEY = 'admin-bloc.demo-role';
const DEMO_ROLES: readonly DemoRole[] = ['admin', 'superAdmin', 'scopedAdmin', 'nonAdmin', 'expired'];

/** The demo role remembered in this browser (the token switch writes it), else the root org's admin. */
export function storedDemoRole(): DemoRole {
  const stored = globalThis.localStorage?.getItem(DEMO_ROLE_KEY);
  return DEMO_ROLES.includes(stored as DemoRole) ? (stored as DemoRole) : 'admin';
}

/** Remembers the demo role across reloads. */
export function storeDemoRole(role: DemoRole): void {
  globalThis.localStorage?.setItem(DEMO_ROLE_KEY, role);
}

/**
 * Wires the session, the client and the org scope once. The client reads the token from the session and reports
 * every 401 to it, so any screen's 401 signs the app out; the tenant header of the platform endpoints is the
 * root org of the current scope.
 *
 * @example
 * const services = createServices(readConfig(import.meta.env), null);
 */
export function createServices(
  config: AppConfig,
  mock: MockControls | null,
  options: { readonly fresh?: FreshFetchOptions } = {},
): Services {
  const demoRole = mock ? storedDemoRole() : null;
  // A token the mock backend does not know: it answers 401, which is how the signed-out screen is shown.
  const tokenFor = (role: DemoRole) => (role === 'expired' || !mock ? 'demo-expired-token' : mock.tokens[role]);
  const initialToken = mock && demoRole ? tokenFor(demoRole) : config.mode === 'real' ? config.token : undefined;
  const session = new SessionRepository({ token: initialToken ?? null });
  const scope = new OrgScopeRepository({ session });
  // Going back to a screen within its fresh window sends nothing. A new session (or none) starts with no stored
  // answers, and so do a new root org and every change of the mock backend's faults or data from the dev panel.
  const fresh = createFreshFetch(options.fresh);
  session.auth$.subscribe(() => fresh.clear());
  mock?.faults.subscribe(() => fresh.clear());
  let tenant: string | undefined;
  scope.scope$.subscribe((current) => {
    // The platform endpoints answer for the tenant, the root org of the scope: another root, other answers.
    if (current && tenant !== undefined && current.rootOrgId !== tenant) fresh.clear();
    if (current) tenant = current.rootOrgId;
  });
  const confirmed = new ConfirmedActions();
  let keepalive = false;
  const client = createAdminClient({
    // While the page goes away, what is sent must outlive it.
    fetch: (input, init) => fresh.fetch(input, keepalive ? { ...init, keepalive: true } : init),
    baseUrl: config.mode === 'real' ? config.baseUrl : globalThis.location.origin,
    token: session.tokenSource,
    onUnauthorized: session.onUnauthorized,
    // VITE_API_TENANT names the tenant as the deployment does; without it, the root org of the current scope.
    tenant: config.tenant ?? (() => scope.current?.rootOrgId),
  });
  const superAdmins = new Set([...config.superAdminIds, ...(mock ? [mock.superAdminId] : [])]);
  const sessionBloc = new SessionBloc({
    client,
    session,
    scope,
    resolveRole: (admin) => (superAdmins.has(admin.id) ? 'super_admin' : 'admin'),
  });
  const orgTree = new OrgTreeBloc({ client, session, scope });
  const selectedOrg = new SelectedOrgBloc({ client, session, scope });
  const controls: MockControls | null = mock && {
    ...mock,
    reset: () => {
      mock.reset();
      fresh.clear();
    },
  };
  return {
    config,
    mock: controls,
    session,
    client,
    scope,
    sessionBloc,
    orgTree,
    selectedOrg,
    demoRole,
    tokenFor,
    clearFresh: fresh.clear,
    confirmed,
    userFilters: createUserFiltersStorage({ client, session, scope }),
    leaving: (gone) => {
      // The mock backend lives in the page and goes with it (MSW stops answering once the page hides): there is
      // nothing to send it to. A real server keeps the delete.
      if (config.mode !== 'real') return;
      keepalive = gone;
      if (gone) void confirmed.sendAll();
    },
  };
}
