import { ActivityLogBloc, type ActivityLogFilters, selectActivityPageCount } from 'admin-bloc';
import { BlocProvider, useBloc, useBlocState } from 'admin-bloc/react';
import { useEffect, useState } from 'react';
import { navigate, useLocation } from '../../app/router.js';
import { useServices } from '../../app/services-context.js';
import { ACTIVITY_TYPES, ActivityView } from './activity-view.js';

/** Creates the activity log bloc; it follows the org scope and loads the scope's first page by itself. */
export function ActivityPage() {
  const { client, scope } = useServices();
  return (
    <BlocProvider create={() => new ActivityLogBloc({ client, scope })}>
      <ActivityConnected />
    </BlocProvider>
  );
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Filters from a link (`/activity?type=phone_call&from=2026-03-01`); unknown values are ignored. */
function filtersFromUrl(params: URLSearchParams): Partial<ActivityLogFilters> {
  const type = params.get('type');
  const from = params.get('from');
  const to = params.get('to');
  return {
    ...(type && (ACTIVITY_TYPES as readonly string[]).includes(type) ? { activityType: type } : {}),
    ...(from && DATE.test(from) ? { from } : {}),
    ...(to && DATE.test(to) ? { to } : {}),
  };
}

function activityHref(filters: ActivityLogFilters): string {
  const params = new URLSearchParams();
  if (filters.activityType) params.set('type', filters.activityType);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  const query = params.toString();
  return query === '' ? '/activity' : `/activity?${query}`;
}

function ActivityConnected() {
  const bloc = useBloc(ActivityLogBloc);
  const state = useBlocState(ActivityLogBloc);
  const { search } = useLocation();
  const [initial] = useState(() => filtersFromUrl(search));
  useEffect(() => {
    // The first event: the filters a link asked for (the dashboard links to one activity type).
    if (Object.keys(initial).length > 0) void bloc.add({ type: 'activityLog/filtersChanged', filters: initial });
  }, [bloc, initial]);
  const filters = state.query.filters;
  useEffect(() => {
    // The filters stay in the URL, so the filtered log can be bookmarked and shared.
    navigate(activityHref(filters), { replace: true });
  }, [filters]);
  return (
    <ActivityView
      state={state}
      pageCount={selectActivityPageCount(state)}
      onFilters={(changed) => void bloc.add({ type: 'activityLog/filtersChanged', filters: changed })}
      onClear={() => void bloc.add({ type: 'activityLog/filtersCleared' })}
      onPage={(page) => void bloc.add({ type: 'activityLog/pageRequested', page })}
      onRetry={() => void bloc.add({ type: 'activityLog/refreshRequested' })}
    />
  );
}
