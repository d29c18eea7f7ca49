import { ActivityLogBloc, selectActivityPageCount } from 'admin-bloc';
import { BlocProvider, useBloc, useBlocState } from 'admin-bloc/react';
import { peopleDirectoryFor, usePersonNames } from '../../app/people-directory.js';
import { useServices } from '../../app/services-context.js';
import { useUrlCodec } from '../../app/use-url-codec.js';
import { activityCodec } from './activity-url.js';
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
  const { client } = useServices();
  const entries = state.results?.entries ?? [];
  // The page's people by name: one batched lookup of the rows' people in the rows' orgs.
  const nameOf = usePersonNames(
    peopleDirectoryFor(client),
    'data',
    entries.map((entry) => entry.user_id),
    [...new Set(entries.map((entry) => entry.org_id))].sort(),
  );
  useUrlCodec(bloc, state, activityCodec);
  return (
    <ActivityView
      state={state}
      pageCount={selectActivityPageCount(state)}
      onFilters={(changed) => void bloc.add({ type: 'activityLog/filtersChanged', filters: changed })}
      onClear={() => void bloc.add({ type: 'activityLog/filtersCleared' })}
      onPage={(page) => void bloc.add({ type: 'activityLog/pageRequested', page })}
      onRetry={() => void bloc.add({ type: 'activityLog/refreshRequested' })}
      nameOf={nameOf}
    />
  );
}
