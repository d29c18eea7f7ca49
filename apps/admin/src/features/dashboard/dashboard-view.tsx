import type { DashboardBlocState } from 'admin-bloc';
import { memo } from 'react';
import { Link } from '../../app/router.js';
import { RenderProbe } from '../../components/ui/render-probe.js';
import { ErrorState, LoadState } from '../../components/ui/states.js';
import { useI18n } from '../../i18n/i18n.js';
import type { ActivityChartState } from './activity-chart-cubit.js';
import { ActivityChart } from './components/activity-chart.js';

export interface DashboardViewProps {
  state: DashboardBlocState;
  chart: ActivityChartState;
  scopeName: string | null;
  onRefresh: () => void;
  onRetryChart: () => void;
}

const FIGURES = [
  ['totalUsers', 'total_users', 'dashboard.totalUsers'],
  ['activeMentors', 'active_mentors', 'dashboard.activeMentors'],
  ['monthlyActivities', 'monthly_activities', 'dashboard.monthlyActivities'],
  ['pendingReimbursements', 'pending_reimbursements', 'dashboard.pendingReimbursements'],
] as const;

/**
 * One figure. Memoised on its text, so a change of the page that leaves the figure as it was (the chart loading, a
 * refresh that counts the same, the time of the count) does not render it again.
 */
const StatCard = memo(function StatCard({ id, label, value }: { id: string; label: string; value: string }) {
  return (
    <RenderProbe id={`dashboard-card:${id}`}>
      <div className="stat" data-stat={id}>
        <dt>{label}</dt>
        <dd>{value}</dd>
      </div>
    </RenderProbe>
  );
});

/**
 * The activity log of the month the figures counted (the server's month of `refreshedAt`, as the monthly figure
 * counts it), so the link beside that figure opens what the figure counts rather than the whole log.
 */
function monthHref(refreshedAt: string): string {
  const day = refreshedAt.slice(0, 10);
  return `/activity?from=${day.slice(0, 8)}01&to=${day}`;
}

/** The dashboard: four figures for the scope, when they were counted, a refresh action, a weekly chart and links. */
export function DashboardView({ state, chart, scopeName, onRefresh, onRetryChart }: DashboardViewProps) {
  const { t, formatNumber, formatDateTime } = useI18n();
  const stats = state.stats;
  const loading = state.status === 'loading';
  return (
    <section className="screen" aria-labelledby="dashboard-title">
      <header className="screen-header">
        <h1 id="dashboard-title">
          {t('dashboard.title')}
          {scopeName ? <span className="scope-name"> — {scopeName}</span> : null}
        </h1>
        <div className="screen-actions">
          {state.refreshedAt ? (
            <span className="muted" data-testid="refreshed-at">
              {t('dashboard.refreshedAt', { time: formatDateTime(state.refreshedAt) })}
            </span>
          ) : null}
          <button type="button" onClick={onRefresh} disabled={loading} aria-busy={loading}>
            {loading && stats ? t('dashboard.refreshing') : t('dashboard.refresh')}
          </button>
        </div>
      </header>
      <LoadState status={state.status} failure={state.failure} hasData={stats !== null} onRetry={onRefresh} rows={2} />
      {stats && state.failure && !state.failure.forbidden ? (
        <ErrorState failure={state.failure} onRetry={onRefresh} />
      ) : null}
      {stats ? (
        <>
          <dl className="stats" aria-label={t('dashboard.figures')} aria-busy={loading}>
            {FIGURES.map(([id, field, label]) => (
              <StatCard key={id} id={id} label={t(label)} value={formatNumber(stats[field])} />
            ))}
          </dl>
          <nav className="dashboard-links" aria-label={t('dashboard.figures')}>
            <Link href="/users">{t('dashboard.linkUsers')}</Link>
            <Link href="/users?role=mentor&status=active">{t('dashboard.linkMentors')}</Link>
            {state.refreshedAt ? <Link href={monthHref(state.refreshedAt)}>{t('dashboard.linkActivity')}</Link> : null}
            <Link href="/activity?type=mentoring_session">{t('dashboard.linkSessions')}</Link>
          </nav>
          <section className="panel" aria-labelledby="chart-title">
            <h2 id="chart-title">{t('dashboard.chart')}</h2>
            {chart.status === 'failure' && chart.failure ? (
              <ErrorState failure={chart.failure} onRetry={onRetryChart} />
            ) : chart.weeks.length === 0 ? (
              <LoadState status={chart.status} failure={null} hasData={false} onRetry={onRetryChart} rows={1} />
            ) : chart.weeks.every((week) => week.count === 0) ? (
              <p className="muted">{t('dashboard.chartEmpty')}</p>
            ) : (
              <ActivityChart
                weeks={chart.weeks}
                title={t('dashboard.chart')}
                describe={(week) => t('dashboard.chartWeek', { week: week.week, count: formatNumber(week.count) })}
                weekLabel={(week) => t('dashboard.weekLabel', { week: week.week })}
                // The weeks end at the server's clock: the last one is the week in progress.
                isCurrent={(week) => week === chart.weeks[chart.weeks.length - 1]}
                currentLabel={t('dashboard.chartCurrent')}
                tableCaption={t('dashboard.chartTable')}
                weekHeader={t('dashboard.chartWeekHeader')}
                countHeader={t('dashboard.chartCountHeader')}
                formatNumber={formatNumber}
              />
            )}
          </section>
        </>
      ) : null}
    </section>
  );
}
