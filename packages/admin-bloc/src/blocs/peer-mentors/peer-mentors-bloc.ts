import type { AdminClient } from '../../api/create-admin-client.js';
import { Bloc } from '../../core/bloc.js';
import type { Emitter } from '../../core/emitter.js';
import { restartable } from '../../core/transformers.js';
import type { OrgScope, OrgScopeRepository } from '../../repositories/org-scope-repository.js';
import { debouncedOn } from '../shared/debounce.js';
import { isAbort, toFailure } from '../shared/failure.js';
import { followStream } from '../shared/follow.js';
import { Latest } from '../shared/latest.js';
import { systemTimers, type Timers } from '../shared/timers.js';
import type { PeerMentorsEvent } from './peer-mentors-event.js';
import { initialPeerMentorsState, type PeerMentorsQuery, type PeerMentorsState } from './peer-mentors-state.js';

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
 * The one org id document 003 takes for a scope: the selected node, or the root when the whole tree is
 * selected. The server answers for that org and its descendants, which is exactly the scope's `orgIds`.
 */
const orgIdOf = (scope: OrgScope): string => scope.selectedOrgId ?? scope.rootOrgId;

/**
 * The peer-mentor directory of the current org scope (document 003, read-only: list, debounced latest-wins
 * search, detail). It follows the `OrgScopeRepository` and sends the selected node as `org_id` (the root for the
 * whole tree; the server includes descendants). A new scope drops the old scope's list and detail at once;
 * scope switch, search, page and reload share one latest-wins run, so an older request is aborted at the
 * server and its answer never lands.
 *
 * @example
 * const peerMentors = new PeerMentorsBloc({ client, scope });
 * peerMentors.add({ type: 'peerMentors/searchChanged', search: 'integration' });
 * await peerMentors.add({ type: 'peerMentors/detailRequested', id: 'pm_88A1C' });
 */
export class PeerMentorsBloc extends Bloc<PeerMentorsEvent, PeerMentorsState> {
  private readonly latest = new Latest();
  private readonly detail = new Latest();

  constructor(options: PeerMentorsBlocOptions) {
    const limit = options.pageSize ?? initialPeerMentorsState.query.limit;
    const initial: PeerMentorsState = {
      ...initialPeerMentorsState,
      query: { ...initialPeerMentorsState.query, limit },
    };
    super(initial, { name: 'PeerMentorsBloc' });
    const { client } = options;
    const timers = options.timers ?? systemTimers;

    /** `fresh`: a new scope, whose first state must not show anything of the old scope. */
    const load = async (emit: Emitter<PeerMentorsState>, query: PeerMentorsQuery, fresh = false): Promise<void> => {
      const run = this.latest.begin(emit.signal);
      // No scope yet: keep what was asked (a search typed early), load it when the scope arrives.
      if (query.orgId === null) return emit({ ...this.state, query });
      const orgId = query.orgId;
      emit({
        ...this.state,
        ...(fresh ? { results: null, detail: initial.detail } : {}),
        status: 'loading',
        query,
        failure: null,
      });
      try {
        const search = query.search.trim();
        const paging = { orgId, page: query.page, limit: query.limit };
        const answer = await this.latest.track(
          search === ''
            ? client.peerMentors.list(paging, { signal: run.signal })
            : client.peerMentors.search({ ...paging, query: search }, { signal: run.signal }),
        );
        if (!run.isCurrent()) return;
        const lastPage = Math.max(1, Math.ceil(answer.pagination.total / query.limit));
        if (query.page > lastPage) return await load(emit, { ...query, page: lastPage });
        emit({
          ...this.state,
          status: 'success',
          failure: null,
          results: { query, items: answer.data, total: answer.pagination.total },
        });
      } catch (error) {
        if (isAbort(error) || !run.isCurrent()) return;
        emit({ ...this.state, status: 'failure', failure: toFailure(error) });
      }
    };

    this.on(
      'peerMentors/scopeChanged',
      async (event, emit) => {
        this.detail.cancel();
        if (event.scope === null) {
          this.latest.cancel();
          emit(initial);
          return;
        }
        const query = { ...this.state.query, scopeKey: event.scope.key, orgId: orgIdOf(event.scope), page: 1 };
        await load(emit, query, true);
      },
      restartable(),
    );
    this.on('peerMentors/refreshRequested', (_event, emit) => load(emit, this.state.query), restartable());
    this.on(
      'peerMentors/pageRequested',
      (event, emit) => load(emit, { ...this.state.query, page: Math.max(1, Math.trunc(event.page)) }),
      restartable(),
    );
    this.on(
      'peerMentors/searchChanged',
      (event, emit) => load(emit, { ...this.state.query, page: 1, search: event.search }),
      debouncedOn(timers, options.searchDebounceMs ?? 300),
    );
    this.on(
      'peerMentors/detailRequested',
      async (event, emit) => {
        const run = this.detail.begin(emit.signal);
        const keep = this.state.detail.id === event.id ? this.state.detail.peerMentor : null;
        emit({ ...this.state, detail: { status: 'loading', id: event.id, peerMentor: keep, failure: null } });
        try {
          const peerMentor = await client.peerMentors.get(event.id, { signal: run.signal });
          if (!run.isCurrent()) return;
          emit({ ...this.state, detail: { status: 'success', id: event.id, peerMentor, failure: null } });
        } catch (error) {
          if (isAbort(error) || !run.isCurrent()) return;
          emit({ ...this.state, detail: { ...this.state.detail, status: 'failure', failure: toFailure(error) } });
        }
      },
      restartable(),
    );

    followStream<PeerMentorsEvent, OrgScope | null>(this, options.scope.scope$, (scope) => ({
      type: 'peerMentors/scopeChanged',
      scope,
    }));
  }
}
