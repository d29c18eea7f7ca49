import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { failureOf, initialDashboardState } from 'admin-bloc';
import { afterEach, describe, expect, it, vi } from 'vitest';

// No vitest globals here, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

import { DashboardView } from './dashboard-view.js';

const stats = {
  org_ids: ['org_kNr8aQ'],
  total_users: 1291,
  active_mentors: 67,
  monthly_activities: 502,
  pending_reimbursements: 14,
};
const snapshot = {
  org_id: 'org_kNr8aQ',
  selected_org_node_id: null,
  dashboard_stats: { total_users: 1291, active_mentors: 67, monthly_activities: 502, pending_reimbursements: 14 },
  refreshed_at: '2026-03-26T11:00:00Z',
};
const chart = { status: 'success' as const, weeks: [], failure: null };

describe('DashboardView', () => {
  it('shows the four figures in the locale’s number format, and the refreshed time', () => {
    render(
      <DashboardView
        state={{
          ...initialDashboardState,
          status: 'success',
          stats,
          snapshot,
          refreshedAt: '2026-03-26T11:00:00Z',
          loadedAt: 0,
        }}
        chart={chart}
        scopeName="Rogaland Nord"
        onRefresh={vi.fn()}
        onRetryChart={vi.fn()}
      />,
    );
    const figures = screen.getAllByRole('definition').map((element) => element.textContent?.replace(/\s/g, ' '));
    expect(figures).toEqual(['1 291', '67', '502', '14']);
    expect(screen.getByTestId('refreshed-at').textContent).toMatch(/^Oppdatert \u206826\. mars 2026.*\u2069$/);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('Rogaland Nord');
  });

  it('keeps the figures during a failed refresh and offers a retry', async () => {
    const onRefresh = vi.fn();
    render(
      <DashboardView
        state={{ ...initialDashboardState, status: 'failure', stats, failure: failureOf('TIMEOUT') }}
        chart={chart}
        scopeName={null}
        onRefresh={onRefresh}
        onRetryChart={vi.fn()}
      />,
    );
    expect(screen.getAllByRole('definition')).toHaveLength(4);
    await userEvent.click(screen.getByRole('button', { name: 'Prøv igjen' }));
    expect(onRefresh).toHaveBeenCalledTimes(1);
  });

  it('shows a skeleton before the first figures and nothing stale', () => {
    render(
      <DashboardView
        state={{ ...initialDashboardState, status: 'loading' }}
        chart={{ status: 'initial', weeks: [], failure: null }}
        scopeName={null}
        onRefresh={vi.fn()}
        onRetryChart={vi.fn()}
      />,
    );
    expect(screen.getByRole('status').getAttribute('aria-busy')).toBe('true');
    expect(screen.queryAllByRole('definition')).toHaveLength(0);
  });
});
