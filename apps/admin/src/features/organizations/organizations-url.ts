import type { OrganizationsEvent, OrganizationsState } from 'admin-bloc';
import { parseSearchPage, type SearchPageUrl, searchPageHref } from '../../app/search-page-url.js';
import type { UrlCodec } from '../../app/use-url-codec.js';

/**
 * The organisations list's URL codec: search and page (`/organizations?q=rogaland&page=2`). The URL decides the
 * first load: a searched link runs the search alone (no unsearched first page before it), a plain one `opened`.
 *
 * @example
 * const url = useUrlCodec(bloc, state, organizationsCodec);
 */
export const organizationsCodec: UrlCodec<OrganizationsState, SearchPageUrl, OrganizationsEvent> = {
  parse: parseSearchPage,
  href: (view) => searchPageHref('/organizations', view),
  shown(state) {
    if (state.status === 'initial' || state.status === 'loading') return null;
    return { q: state.query.search.trim(), page: state.query.page };
  },
  step(asked, state) {
    if (asked.q !== state.query.search.trim())
      return { event: { type: 'organizations/searchChanged', search: asked.q } };
    if (asked.page !== state.query.page) return { event: { type: 'organizations/pageRequested', page: asked.page } };
    if (state.status === 'initial') return { event: { type: 'organizations/opened' } };
    return 'shown';
  },
};
