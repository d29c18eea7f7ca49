import { type AnchorHTMLAttributes, type MouseEvent, useSyncExternalStore } from 'react';

/**
 * A small History-API router: the app has a handful of flat routes, and the user list needs exact control over
 * when a URL change pushes or replaces (typing in search replaces, choosing a filter or page pushes).
 */
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

if (typeof window !== 'undefined') window.addEventListener('popstate', notify);

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const readHref = () => `${location.pathname}${location.search}`;

/** The current path and query, re-rendering on every navigation (including back and forward). */
export function useLocation(): { pathname: string; search: URLSearchParams; href: string } {
  const href = useSyncExternalStore(subscribe, readHref, readHref);
  const url = new URL(href, 'http://app.local');
  return { pathname: url.pathname, search: url.searchParams, href };
}

/**
 * Goes to `href` inside the app. `replace` rewrites the current history entry instead of adding one.
 *
 * @example
 * navigate('/users?role=mentor');
 */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  const href = withScope(to, location.search);
  if (href === readHref()) return;
  if (options.replace) history.replaceState(null, '', href);
  else history.pushState(null, '', href);
  notify();
}

/** The query parameter that carries the org scope on every screen (`?org=org_tY2zLm`). */
export const SCOPE_PARAM = 'org';

/**
 * `href` with the org scope of `currentSearch` carried over, unless `href` names one itself: the scope is part of
 * every screen's URL, so a link copied from any screen shows the same scope, and a screen's own URL (which knows
 * only its list) keeps it.
 *
 * @example
 * withScope('/users?page=2', '?org=org_tY2zLm'); // '/users?page=2&org=org_tY2zLm'
 */
export function withScope(href: string, currentSearch: string): string {
  const scope = new URLSearchParams(currentSearch).get(SCOPE_PARAM);
  const url = new URL(href, 'http://app.local');
  if (scope === null || url.searchParams.has(SCOPE_PARAM)) return href;
  url.searchParams.append(SCOPE_PARAM, scope);
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * Follows a plain click on an in-app `<a href>` without a reload; a click with a modifier (new tab, new window)
 * or another button is left to the browser. For links that must not re-render on every URL change (memoised
 * table rows), which cannot use {@link Link}.
 *
 * @example
 * <a href={href} onClick={(event) => followInApp(event, href)}>Ane Berg</a>
 */
export function followInApp(event: MouseEvent<HTMLAnchorElement>, href: string): void {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
  event.preventDefault();
  navigate(href);
}

/** An in-app link: a real `<a href>` (open in new tab works), navigating without a reload on a plain click. */
export function Link({ href: to, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const { search } = useLocation();
  const href = withScope(to, `?${search.toString()}`);
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    followInApp(event, href);
  };
  return <a href={href} onClick={follow} {...rest} />;
}
