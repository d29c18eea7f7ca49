import { type ComponentType, type LazyExoticComponent, lazy } from 'react';
import { detailOf } from './detail-route.js';
import type { Services } from './services.js';

/**
 * One screen of the app, loaded on first use: each screen (its page, view, blocs it alone uses and libraries such
 * as the CSV parser or the virtualiser) is its own chunk, so the first load downloads only the shell and the screen
 * that is asked for.
 */
export interface Screen {
  /** Starts (or joins) the download of the screen's chunk; a failed download may be tried again. */
  load(): Promise<ComponentType>;
  /** The screen for `<Suspense>`: suspends until {@link Screen.load} has resolved. */
  readonly Component: LazyExoticComponent<ComponentType>;
  /**
   * The screen itself once its chunk is here. Rendering it directly skips the suspension (and React's throttled
   * reveal of suspended content) when the chunk arrived before the first render, as the preload makes likely.
   */
  readonly loaded: ComponentType | null;
  /** Reads the screen needs before its scope is known, sent as the app starts (answered by the fresh window). */
  readonly warm?: (services: Services) => void;
}

function screen(importer: () => Promise<ComponentType>, warm?: (services: Services) => void): Screen {
  let pending: Promise<ComponentType> | null = null;
  let loaded: ComponentType | null = null;
  const load = () => {
    pending ??= importer().then(
      (component) => {
        loaded = component;
        return component;
      },
      (error: unknown) => {
        pending = null;
        throw error;
      },
    );
    return pending;
  };
  return {
    ...(warm ? { warm } : {}),
    load,
    Component: lazy(async () => ({ default: await load() })),
    get loaded() {
      return loaded;
    },
  };
}

/** The screens by path. */
export const SCREENS: Readonly<Record<string, Screen>> = {
  // The chart needs the server's clock from the dashboard snapshot, which needs no scope: asked for with the
  // session's requests, the chart's own requests go out with the figures'.
  '/': screen(
    () => import('../features/dashboard/dashboard-page.js').then((module) => module.DashboardPage),
    ({ client, session }) => {
      if (session.auth.status === 'signedIn') client.state.dashboard.get().catch(() => undefined);
    },
  ),
  // The remembered filters of the admin's own org (the root of the tree) are read with the session's requests, so
  // the first list request goes out as soon as the tree is known instead of a round later.
  '/users': screen(
    () => import('../features/users/users-page.js').then((module) => module.UsersPage),
    ({ userFilters }) => userFilters.warm(),
  ),
  '/activity': screen(() => import('../features/activity/activity-page.js').then((module) => module.ActivityPage)),
  '/contacts': screen(() => import('../features/contacts/contacts-page.js').then((module) => module.ContactsPage)),
  '/peer-mentors': screen(() =>
    import('../features/peer-mentors/peer-mentors-page.js').then((module) => module.PeerMentorsPage),
  ),
  '/organizations': screen(() =>
    import('../features/organizations/organizations-page.js').then((module) => module.OrganizationsPage),
  ),
  '/platform': screen(() => import('../features/platform/platform-page.js').then((module) => module.PlatformPage)),
  '/audit': screen(() => import('../features/audit/audit-page.js').then((module) => module.AuditPage)),
};

/**
 * The app's path for a location's pathname: no trailing slash, `/` for the root, and a record's detail
 * (`/contacts/:id`) is its list's screen.
 */
export function screenPath(pathname: string): string {
  return detailOf(pathname)?.list ?? (pathname.replace(/\/+$/, '') || '/');
}

/**
 * Sends the reads the screen of `pathname` needs before its scope is known (if any), as the app starts.
 *
 * @example
 * warmScreen(location.pathname, services);
 */
export function warmScreen(pathname: string, services: Services): void {
  SCREENS[screenPath(pathname)]?.warm?.(services);
}

/**
 * Starts downloading the screen of `pathname` (if there is one), so the download runs while the app starts
 * rather than after the first render asks for it.
 *
 * @example
 * preloadScreen(location.pathname);
 */
export function preloadScreen(pathname: string): void {
  SCREENS[screenPath(pathname)]?.load().catch(() => undefined);
}
