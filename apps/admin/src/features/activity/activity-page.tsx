import { ActivityLogBloc, selectActivityPageCount } from 'admin-bloc';
import { BlocProvider, useBloc, useBlocState } from 'admin-bloc/react';
import { useServices } from '../../app/services-context.js';
import { ActivityView } from './activity-view.js';

/** Creates the activity log bloc; it follows the org scope and loads the scope's first page by itself. */
export function ActivityPage() {
  const { client, scope } = useServices();
  return (
    <BlocProvider create={() => new ActivityLogBloc({ client, scope })}>
      <ActivityConnected />
    </BlocProvider>
  );
}

function ActivityConnected() {
  const bloc = useBloc(ActivityLogBloc);
  const state = useBlocState(ActivityLogBloc);
  return (
    <ActivityView
      state={state}
      pageCount={selectActivityPageCount(state)}
      onFilters={(filters) => void bloc.add({ type: 'activityLog/filtersChanged', filters })}
      onClear={() => void bloc.add({ type: 'activityLog/filtersCleared' })}
      onPage={(page) => void bloc.add({ type: 'activityLog/pageRequested', page })}
      onRetry={() => void bloc.add({ type: 'activityLog/refreshRequested' })}
    />
  );
}
