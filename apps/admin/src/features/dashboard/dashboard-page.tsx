import { DashboardBloc, type DashboardBlocState } from 'admin-bloc';
import { BlocProvider, useBloc, useBlocListener, useBlocState } from 'admin-bloc/react';
import { useCallback } from 'react';
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
  const { scope, selectedOrg } = useServices();
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
