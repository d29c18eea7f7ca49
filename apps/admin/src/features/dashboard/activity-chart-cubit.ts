import { type AdminClient, Cubit, type Failure, type OrgScope, toFailure } from 'admin-bloc';

/** One bar of the chart: the week starting `start` (a Monday, UTC) and its activity count. */
export interface WeekCount {
  readonly start: string;
  readonly week: number;
  readonly count: number;
}

export interface ActivityChartState {
  readonly status: 'initial' | 'loading' | 'success' | 'failure';
  readonly weeks: readonly WeekCount[];
  readonly failure: Failure | null;
}

const WEEKS = 6;
const DAY = 86_400_000;

/**
 * ISO 8601 week number of a UTC date: the week (Monday to Sunday) that holds the year's first Thursday is week 1,
 * so the Thursday of a date's week decides its year. 2026-03-26 (a Thursday) is in week 13.
 */
export function isoWeek(date: Date): number {
  const thursday = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  thursday.setUTCDate(thursday.getUTCDate() + 3 - ((thursday.getUTCDay() + 6) % 7));
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  return Math.floor((thursday.getTime() - yearStart) / DAY / 7) + 1;
}

/**
 * Activities per week for the last six weeks of a scope. It counts with the activity log's own `pagination.total`
 * (one `limit=1` request per week), so no page of entries is downloaded just to be counted. The weeks end at the
 * server's clock (the dashboard's `refreshed_at`), not the browser's, so the chart matches the figures above it.
 */
export class ActivityChartCubit extends Cubit<ActivityChartState> {
  private controller: AbortController | null = null;

  constructor(private readonly client: AdminClient) {
    super({ status: 'initial', weeks: [], failure: null });
  }

  /** The scope and server time of the weeks loading or shown. */
  private loadedFor: string | null = null;

  /**
   * Loads the weeks ending at `serverNow` for `scope`. The same scope and time again is a no-op unless the last
   * load failed: the page asks both as the screen opens and after each set of figures.
   */
  async load(scope: OrgScope, serverNow: string): Promise<void> {
    const key = `${scope.key}@${serverNow}`;
    if (key === this.loadedFor && this.state.status !== 'failure') return;
    this.loadedFor = key;
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.emit({ ...this.state, status: 'loading', failure: null });
    const end = new Date(serverNow);
    const monday = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth(), end.getUTCDate()));
    monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7));
    const starts = Array.from(
      { length: WEEKS },
      (_, index) => new Date(monday.getTime() - (WEEKS - 1 - index) * 7 * DAY),
    );
    try {
      const weeks = await Promise.all(
        starts.map(async (start) => {
          const to = new Date(Math.min(start.getTime() + 7 * DAY - 1, end.getTime()));
          const answer = await this.client.data.activityLog(
            { orgIds: [...scope.orgIds], from: start.toISOString(), to: to.toISOString(), limit: 1 },
            { signal: controller.signal },
          );
          return { start: start.toISOString(), week: isoWeek(start), count: answer.pagination.total };
        }),
      );
      if (controller.signal.aborted || this.isClosed) return;
      this.emit({ status: 'success', weeks, failure: null });
    } catch (error) {
      if (controller.signal.aborted || this.isClosed) return;
      this.emit({ ...this.state, status: 'failure', failure: toFailure(error) });
    }
  }

  override close(): Promise<void> {
    this.controller?.abort();
    return super.close();
  }
}
