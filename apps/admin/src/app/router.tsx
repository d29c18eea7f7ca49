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
export function navigate(href: string, options: { replace?: boolean } = {}): void {
  if (href === readHref()) return;
  if (options.replace) history.replaceState(null, '', href);
  else history.pushState(null, '', href);
  notify();
}

/** An in-app link: a real `<a href>` (open in new tab works), navigating without a reload on a plain click. */
export function Link({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={follow} {...rest} />;
}
