import type { ContactsEvent, ContactsState } from 'admin-bloc';
import { parseSearchPage, type SearchPageUrl, searchPageHref } from '../../app/search-page-url.js';
import type { UrlCodec } from '../../app/use-url-codec.js';

/**
 * The contacts list's URL codec: search and page (`/contacts?q=berg&page=2`). The bloc loads by itself when the
 * scope arrives, so a shared link's search goes to it at construction (`search` option) and the first load is
 * already the searched one; a new scope starts at page 1 again, and the URL follows.
 *
 * @example
 * const url = useUrlCodec(bloc, state, contactsCodec);
 */
export const contactsCodec: UrlCodec<ContactsState, SearchPageUrl, ContactsEvent> = {
  parse: parseSearchPage,
  href: (view) => searchPageHref('/contacts', view),
  shown(state) {
    if (state.query.scopeKey === null || state.status === 'initial' || state.status === 'loading') return null;
    return { q: state.query.search.trim(), page: state.query.page };
  },
  step(asked, state) {
    if (asked.q !== state.query.search.trim()) return { event: { type: 'contacts/searchChanged', search: asked.q } };
    if (state.query.scopeKey === null || state.status === 'initial') return 'waiting';
    if (asked.page !== state.query.page) return { event: { type: 'contacts/pageRequested', page: asked.page } };
    return 'shown';
  },
};
