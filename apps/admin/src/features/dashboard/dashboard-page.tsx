import { DashboardBloc, type DashboardBlocState } from 'admin-bloc';
import { BlocProvider, useBloc, useBlocListener, useBlocState } from 'admin-bloc/react';
import { useCallback, useEffect } from 'react';
import { useServices } from '../../app/services-context.js';
import { ActivityChartCubit } from './activity-chart-cubit.js';
import { DashboardView } from './dashboard-view.js';

/**
 * Creates the dashboard bloc (it follows the org scope and loads the scope's figures by itself) and the chart cubit,
 * which loads once the figures tell the server's time.
 */
export function DashboardPage() {
  const { client, scope } = useServices();
  return (
    <BlocProvider create={() => new DashboardBloc({ client, scope })}>
      <BlocProvider create={() => new ActivityChartCubit(client)}>
        <DashboardConnected />
      </BlocProvider>
    </BlocProvider>
  );
}

function DashboardConnected() {
  const { client, scope, selectedOrg } = useServices();
  const dashboard = useBloc(DashboardBloc);
  const chartCubit = useBloc(ActivityChartCubit);
  const state = useBlocState(DashboardBloc);
  const chart = useBlocState(ActivityChartCubit);
  const scopeName = useBlocState(selectedOrg, (selected) => selected.selectedOrgName);
  const loadChart = useCallback(
    (current: DashboardBlocState) => {
      const now = current.snapshot?.refreshed_at ?? current.refreshedAt;
      if (scope.current && now) void chartCubit.load(scope.current, now);
    },
    [chartCubit, scope],
  );
  // The chart needs the server's clock, which the dashboard snapshot tells. Reading the snapshot as the screen
  // opens, before the scope is known, lets the chart's requests go out together with the figures' instead of after
  // them; the dashboard bloc's own read of the snapshot is then answered by the client's fresh window.
  useEffect(() => {
    const controller = new AbortController();
    let opening: ReturnType<typeof client.state.dashboard.get> | null = client.state.dashboard.get({
      signal: controller.signal,
    });
    opening.catch(() => undefined);
    const subscription = scope.scope$.subscribe((current) => {
      if (current === null) return;
      const read = opening ?? client.state.dashboard.get({ signal: controller.signal });
      opening = null;
      read.then(
        ({ data }) => {
          // A server that leaves the snapshot's time out: the weeks end now.
          if (scope.current === current) void chartCubit.load(current, data.refreshed_at ?? new Date().toISOString());
        },
        () => undefined,
      );
    });
    return () => {
      subscription.unsubscribe();
      controller.abort();
    };
  }, [client, scope, chartCubit]);
  // The chart follows each fresh set of figures (a new scope or a refresh), the moment they arrive.
  useBlocListener(
    dashboard,
    loadChart,
    (previous, current) => current.status === 'success' && previous.loadedAt !== current.loadedAt,
  );
  return (
    <DashboardView
      state={state}
      chart={chart}
      scopeName={scopeName}
      onRefresh={() => void dashboard.add({ type: 'dashboard/refreshRequested' })}
      onRetryChart={() => loadChart(dashboard.state)}
    />
  );
}
