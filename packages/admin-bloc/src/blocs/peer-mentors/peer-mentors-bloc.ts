import type { AdminClient } from '../../api/create-admin-client.js';
import { restartable } from '../../core/transformers.js';
import { peerMentorsSource } from '../../repositories/list-sources.js';
import type { OrgScope, OrgScopeRepository } from '../../repositories/org-scope-repository.js';
import { debouncedOn } from '../shared/debounce.js';
import { followStream } from '../shared/follow.js';
import { ScopedSearchListBloc } from '../shared/scoped-search-list.js';
import { systemTimers, type Timers } from '../shared/timers.js';
import type { PeerMentorsEvent } from './peer-mentors-event.js';
import { initialPeerMentorsState, type PeerMentorRow, type PeerMentorsState } from './peer-mentors-state.js';

/**
 * What the peer-mentor bloc needs.
 *
 * @example
 * const options: PeerMentorsBlocOptions = { client, scope, timers: systemTimers, searchDebounceMs: 300 };
 */
export interface PeerMentorsBlocOptions {
  client: AdminClient;
  /** The org scope to follow: a new scope restarts the load and aborts the old scope's requests. */
  scope: OrgScopeRepository;
  /** Clock and timers of the search debounce (tests step them by hand). */
  timers?: Timers;
  /** How long typing must pause before the search runs. Default 300 ms. */
  searchDebounceMs?: number;
  /** Peer mentors per page. Default 20. */
  pageSize?: number;
}

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
export class PeerMentorsBloc extends ScopedSearchListBloc<
  PeerMentorsEvent,
  PeerMentorsState,
  PeerMentorRow,
  NonNullable<PeerMentorsState['detail']['peerMentor']>
> {
  constructor(options: PeerMentorsBlocOptions) {
    const limit = options.pageSize ?? initialPeerMentorsState.query.limit;
    const initial = { ...initialPeerMentorsState, query: { ...initialPeerMentorsState.query, limit } };
    super(initial, 'PeerMentorsBloc', peerMentorsSource(options.client), 'peerMentor');
    const { client } = options;

    this.on('peerMentors/scopeChanged', (event, emit) => this.changeScope(emit, event.scope), restartable());
    this.on('peerMentors/refreshRequested', (_event, emit) => this.load(emit, this.state.query), restartable());
    this.on(
      'peerMentors/pageRequested',
      (event, emit) => this.load(emit, { ...this.state.query, page: Math.max(1, Math.trunc(event.page)) }),
      restartable(),
    );
    this.on(
      'peerMentors/searchChanged',
      (event, emit) => this.load(emit, { ...this.state.query, page: 1, search: event.search }),
      debouncedOn(options.timers ?? systemTimers, options.searchDebounceMs ?? 300),
    );
    this.on(
      'peerMentors/detailRequested',
      (event, emit) => this.loadDetail(emit, event.id, (signal) => client.peerMentors.get(event.id, { signal })),
      restartable(),
    );

    followStream<PeerMentorsEvent, OrgScope | null>(this, options.scope.scope$, (scope) => ({
      type: 'peerMentors/scopeChanged',
      scope,
    }));
  }
}
