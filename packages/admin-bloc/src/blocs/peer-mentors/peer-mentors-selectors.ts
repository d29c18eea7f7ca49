import { isForbidden, pageCountOf } from '../shared/list-selectors.js';
import type { PeerMentorRow, PeerMentorsState } from './peer-mentors-state.js';

/**
 * The rows on screen (none while a new scope loads).
 *
 * @example
 * selectPeerMentorRows(state).map((row) => `${row.full_name} (${row.specialty})`);
 */
export function selectPeerMentorRows(state: PeerMentorsState): readonly PeerMentorRow[] {
  return state.results?.items ?? [];
}

/**
 * The peer mentors on screen who take new mentees now (only known outside a search: the search answers no
 * availability).
 *
 * @example
 * selectAvailablePeerMentors(state).length;
 */
export function selectAvailablePeerMentors(state: PeerMentorsState): readonly PeerMentorRow[] {
  return selectPeerMentorRows(state).filter((row) => row.available === true);
}

/**
 * How many pages the current list or search has (at least 1).
 *
 * @example
 * selectPeerMentorsPageCount(state);
 */
export function selectPeerMentorsPageCount(state: PeerMentorsState): number {
  return pageCountOf(state.results);
}

/**
 * Whether this admin may not see the scope's peer mentors (a 403 on the list).
 *
 * @example
 * if (selectPeerMentorsForbidden(state)) return <NoAccess />;
 */
export function selectPeerMentorsForbidden(state: PeerMentorsState): boolean {
  return isForbidden(state);
}
