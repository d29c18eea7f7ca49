import { AuditLogBloc, selectAuditPageCount } from 'admin-bloc';
import { BlocProvider, useBloc, useBlocState } from 'admin-bloc/react';
import { useEffect } from 'react';
import { useServices } from '../../app/services-context.js';
import { AuditView } from './audit-view.js';

/** Creates the audit log bloc and sends its first event (`opened`: load the newest page). */
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
  useEffect(() => {
    void bloc.add({ type: 'auditLog/opened' });
  }, [bloc]);
  return (
    <AuditView
      state={state}
      pageCount={selectAuditPageCount(state)}
      onFilters={(filters) => void bloc.add({ type: 'auditLog/filtersChanged', filters })}
      onClear={() => void bloc.add({ type: 'auditLog/filtersCleared' })}
      onPage={(page) => void bloc.add({ type: 'auditLog/pageRequested', page })}
      onRetry={() => void bloc.add({ type: 'auditLog/refreshRequested' })}
    />
  );
}
