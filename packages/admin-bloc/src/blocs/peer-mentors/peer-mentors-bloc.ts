import { peerMentorsSource } from '../../repositories/list-sources.js';
import { ScopedSearchListBloc, type ScopedSearchListOptions } from '../shared/scoped-search-list.js';
import type { PeerMentorsEvent } from './peer-mentors-event.js';
import { initialPeerMentorsState, type PeerMentorRow, type PeerMentorsState } from './peer-mentors-state.js';

/**
 * What the peer-mentor bloc needs.
 *
 * @example
 * const options: PeerMentorsBlocOptions = { client, scope, timers: systemTimers, searchDebounceMs: 300 };
 */
export type PeerMentorsBlocOptions = ScopedSearchListOptions;

/**
 * The peer-mentor directory of the current org scope (document 003, read-only: list, debounced latest-wins
 * search, detail). The scope switch, paging, search and detail are the shared `ScopedSearchListBloc`'s: it
 * sends the selected node as `org_id` (the root for the whole tree; the server includes descendants), drops the
 * old scope's list and detail at once, and lets only the latest load land.
 *
 * @example
 * const peerMentors = new PeerMentorsBloc({ client, scope });
 * peerMentors.add({ type: 'peerMentors/searchChanged', search: 'integration' });
 * await peerMentors.add({ type: 'peerMentors/detailRequested', id: 'pm_88A1C' });
 */
export class PeerMentorsBloc extends ScopedSearchListBloc<PeerMentorsEvent, PeerMentorsState, PeerMentorRow> {
  constructor(options: PeerMentorsBlocOptions) {
    const { client } = options;
    super(initialPeerMentorsState, options, {
      name: 'PeerMentorsBloc',
      prefix: 'peerMentors',
      source: peerMentorsSource(client),
      detailKey: 'peerMentor',
      detail: (id, signal) => client.peerMentors.get(id, { signal }),
    });
  }
}
