import { AuditLogBloc, selectAuditPageCount, selectOrgNode } from 'admin-bloc';
import { BlocProvider, useBloc, useBlocState } from 'admin-bloc/react';
import { useEffect } from 'react';
import { peopleDirectoryFor, usePersonNames } from '../../app/people-directory.js';
import { useServices } from '../../app/services-context.js';
import { useUrlCodec } from '../../app/use-url-codec.js';
import { auditCodec } from './audit-url.js';
import { AuditView } from './audit-view.js';

/**
 * Creates the audit log bloc; its URL decides the first load (the filtered log of a shared link, or the newest
 * page), and the log's filters and page stay in the URL.
 */
export function AuditPage() {
  const { client } = useServices();
  return (
    <BlocProvider create={() => new AuditLogBloc({ client })}>
      <AuditConnected />
    </BlocProvider>
  );
}

function AuditConnected() {
  const bloc = useBloc(AuditLogBloc);
  const state = useBlocState(AuditLogBloc);
  const { client, orgTree } = useServices();
  const tree = useBlocState(orgTree);
  const entries = state.results?.entries ?? [];
  // Actors and user resources by name from one batched lookup; organisations from the org tree already loaded.
  const personName = usePersonNames(peopleDirectoryFor(client), 'admin', [
    ...new Set([
      ...entries.map((entry) => entry.actor_id),
      ...entries.filter((entry) => entry.resource_type === 'user').map((entry) => entry.resource_id),
    ]),
  ]);
  const nameOf = (id: string) => personName(id) ?? selectOrgNode(tree, id)?.name;
  useEffect(() => {
    // The actors' names come with the log's first page rather than in a round after it.
    peopleDirectoryFor(client).preload('admin', 2);
  }, [client]);
  useUrlCodec(bloc, state, auditCodec);
  return (
    <AuditView
      state={state}
      pageCount={selectAuditPageCount(state)}
      onFilters={(filters) => void bloc.add({ type: 'auditLog/filtersChanged', filters })}
      onFilterTyped={(filter, text) => void bloc.add({ type: 'auditLog/filterTyped', filter, text })}
      onClear={() => void bloc.add({ type: 'auditLog/filtersCleared' })}
      onPage={(page) => void bloc.add({ type: 'auditLog/pageRequested', page })}
      onRetry={() => void bloc.add({ type: 'auditLog/refreshRequested' })}
      nameOf={nameOf}
    />
  );
}
