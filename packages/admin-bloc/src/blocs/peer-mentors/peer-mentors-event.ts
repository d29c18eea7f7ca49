import type { ScopeChangedEvent, SearchListEvent } from '../shared/list-events.js';

/**
 * What happens to the peer-mentor directory: the org scope changed (from the `OrgScopeRepository`; `null` on
 * sign-out), the coordinator asked to reload, asked for a page, typed in the search box (debounced; latest
 * wins) or opened one peer mentor.
 *
 * @example
 * peerMentors.add({ type: 'peerMentors/searchChanged', search: 'integration' });
 */
export type PeerMentorsEvent = ScopeChangedEvent<'peerMentors'> | SearchListEvent<'peerMentors'>;
