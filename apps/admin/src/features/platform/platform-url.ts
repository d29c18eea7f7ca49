import { type PlatformEvent, PlatformRole, type PlatformState } from 'admin-bloc';
import type { UrlCodec } from '../../app/use-url-codec.js';
import { clampSearch } from '../../components/ui/search-limit.js';

/** What the platform screen's URL holds: the users list's search and role filter. */
export interface PlatformUrl {
  readonly q: string;
  readonly role: PlatformRole | null;
}

/**
 * Search and role from a link (`/platform?q=jane&role=admin`); an unknown role is left out.
 *
 * @example
 * parsePlatformUrl(new URLSearchParams('role=root')); // { q: '', role: null }
 */
export function parsePlatformUrl(params: URLSearchParams): PlatformUrl {
  const role = PlatformRole.safeParse(params.get('role'));
  return { q: clampSearch(params.get('q') ?? '').trim(), role: role.success ? role.data : null };
}

/**
 * The canonical link of the users list's view.
 *
 * @example
 * platformHref({ q: 'jane', role: null }); // '/platform?q=jane'
 */
export function platformHref({ q, role }: PlatformUrl): string {
  const params = new URLSearchParams();
  if (q !== '') params.set('q', q);
  if (role !== null) params.set('role', role);
  const query = params.toString();
  return query === '' ? '/platform' : `/platform?${query}`;
}

/**
 * The platform users list's URL codec. The URL decides the list's first load: a searched link runs the search
 * alone (no unsearched list before it), a role filter loads that role, a plain link `usersRequested`.
 *
 * @example
 * const url = useUrlCodec(bloc, state, platformCodec);
 */
export const platformCodec: UrlCodec<PlatformState, PlatformUrl, PlatformEvent> = {
  parse: parsePlatformUrl,
  href: platformHref,
  shown(state) {
    if (state.status === 'initial' || state.status === 'loading') return null;
    return { q: state.usersQuery.search.trim(), role: state.usersQuery.role };
  },
  step(asked, state) {
    if (asked.q !== state.usersQuery.search.trim())
      return { event: { type: 'platform/userSearchChanged', search: asked.q } };
    if (asked.role !== state.usersQuery.role)
      return { event: { type: 'platform/roleFilterChanged', role: asked.role } };
    if (state.status === 'initial') return { event: { type: 'platform/usersRequested' } };
    return 'shown';
  },
};
