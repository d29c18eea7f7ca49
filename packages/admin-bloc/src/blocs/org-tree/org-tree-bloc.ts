import type { AdminClient } from '../../api/create-admin-client.js';
import { MAX_PAGE_LIMIT } from '../../contract/common.js';
import type { OrgNode } from '../../contract/data.js';
import { Bloc } from '../../core/bloc.js';
import { restartable, sequential } from '../../core/transformers.js';
import type { OrgScopeRepository } from '../../repositories/org-scope-repository.js';
import type { SessionAuth, SessionRepository } from '../../repositories/session-repository.js';
import { isAbort, toFailure } from '../shared/failure.js';
import { followStream } from '../shared/follow.js';
import type { OrgTreeEvent } from './org-tree-event.js';
import { initialOrgTreeState, type OrgTreeState } from './org-tree-state.js';

/**
 * What the org tree bloc needs.
 *
 * @example
 * const options: OrgTreeBlocOptions = { client, session, scope };
 */
export interface OrgTreeBlocOptions {
  client: AdminClient;
  /** Signed in: load the tree; signed out: forget it. */
  session: SessionRepository;
  /** Receives the loaded tree, from which it computes every scope's org ids. */
  scope: OrgScopeRepository;
}

/**
 * Loads the org nodes the admin may see (document 000's flat `org-nodes` list, every page) when the session
 * signs in, hands them to the `OrgScopeRepository`, and keeps the search text. The tree and the search hits
 * are selectors (`selectOrgTree`, `selectVisibleOrgTree`), not state.
 *
 * @example
 * const orgTree = new OrgTreeBloc({ client, session, scope });
 * session.signIn(DEMO_TOKENS.admin); // loads
 * orgTree.add({ type: 'orgTree/searchChanged', query: 'sor' });
 * selectVisibleOrgTree(orgTree.state);
 */
export class OrgTreeBloc extends Bloc<OrgTreeEvent, OrgTreeState> {
  constructor(options: OrgTreeBlocOptions) {
    super(initialOrgTreeState, { name: 'OrgTreeBloc' });
    const { client, session, scope } = options;

    this.on(
      ['orgTree/authChanged', 'orgTree/reloadRequested'],
      async (event, emit) => {
        const auth = event.type === 'orgTree/authChanged' ? event.auth : session.auth;
        if (auth.status === 'signedOut') {
          emit(initialOrgTreeState);
          return;
        }
        emit({ ...this.state, status: 'loading', failure: null });
        try {
          const nodes: OrgNode[] = [];
          for (let page = 1; ; page++) {
            const answer = await client.data.orgNodes({ page, limit: MAX_PAGE_LIMIT }, { signal: emit.signal });
            nodes.push(...answer.data);
            if (answer.data.length === 0 || nodes.length >= answer.pagination.total) break;
          }
          emit({ ...this.state, status: 'success', nodes, failure: null });
          scope.setTree(nodes);
        } catch (error) {
          if (isAbort(error) || emit.isDone) return;
          emit({ ...this.state, status: 'failure', failure: toFailure(error) });
        }
      },
      restartable(),
    );
    this.on('orgTree/searchChanged', (event, emit) => emit({ ...this.state, query: event.query }), sequential());

    followStream<OrgTreeEvent, SessionAuth>(this, session.auth$, (auth) => ({ type: 'orgTree/authChanged', auth }));
  }
}
