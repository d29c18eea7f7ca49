import type { OrgScope } from '../../repositories/org-scope-repository.js';

/**
 * What happens to the peer-mentor directory: the org scope changed (from the `OrgScopeRepository`; `null` on
 * sign-out), the coordinator asked to reload, asked for a page, typed in the search box (debounced; latest
 * wins) or opened one peer mentor.
 *
 * @example
 * peerMentors.add({ type: 'peerMentors/searchChanged', search: 'integration' });
 */
export type PeerMentorsEvent =
  | { readonly type: 'peerMentors/scopeChanged'; readonly scope: OrgScope | null }
  | { readonly type: 'peerMentors/refreshRequested' }
  | { readonly type: 'peerMentors/pageRequested'; readonly page: number }
  | { readonly type: 'peerMentors/searchChanged'; readonly search: string }
  | { readonly type: 'peerMentors/detailRequested'; readonly id: string };
