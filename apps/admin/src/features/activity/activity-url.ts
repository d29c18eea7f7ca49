import type { ActivityLogEvent, ActivityLogFilters, ActivityLogState } from 'admin-bloc';
import type { UrlCodec } from '../../app/use-url-codec.js';
import { ACTIVITY_TYPES } from './activity-view.js';

/** A calendar date that exists: `2026-02-30` and `2026-13-01` have the right shape but are not dates. */
function isDate(value: string | null): value is string {
  if (value === null || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/**
 * Filters from a link (`/activity?type=phone_call&from=2026-03-01`); unknown values and dates that do not exist
 * are ignored, and a range that ends before it starts keeps only its start, so a hand-edited link still shows a log.
 *
 * @example
 * filtersFromUrl(new URLSearchParams('type=<b>&from=2026-02-30&to=2026-03-01')); // { to: '2026-03-01' }
 */
export function filtersFromUrl(params: URLSearchParams): Partial<ActivityLogFilters> {
  const type = params.get('type');
  const from = params.get('from');
  const to = params.get('to');
  const validTo = isDate(to) && !(isDate(from) && to < from);
  return {
    ...(type && (ACTIVITY_TYPES as readonly string[]).includes(type) ? { activityType: type } : {}),
    ...(isDate(from) ? { from } : {}),
    ...(validTo ? { to } : {}),
  };
}

/**
 * The canonical link of the log's filters, so the filtered log can be bookmarked and shared.
 *
 * @example
 * activityHref({ activityType: 'phone_call', userId: null, from: null, to: null }); // '/activity?type=phone_call'
 */
export function activityHref(filters: ActivityLogFilters): string {
  const params = new URLSearchParams();
  if (filters.activityType) params.set('type', filters.activityType);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  const query = params.toString();
  return query === '' ? '/activity' : `/activity?${query}`;
}

/** What the activity log's URL holds: its filters and page. */
export interface ActivityUrl {
  readonly filters: Partial<ActivityLogFilters>;
  readonly page: number;
}

const sameFilter = (a: string | null | undefined, b: string | null | undefined) => (a ?? null) === (b ?? null);

/**
 * The activity log's URL codec: type, from, to and page (`/activity?type=phone_call&page=3`), so a link shows the
 * same page of the same log. A page past the end comes back as the last page the bloc found.
 *
 * @example
 * useUrlCodec(bloc, state, activityCodec);
 */
export const activityCodec: UrlCodec<ActivityLogState, ActivityUrl, ActivityLogEvent> = {
  parse(params) {
    const page = Number(params.get('page') ?? '1');
    return { filters: filtersFromUrl(params), page: Number.isSafeInteger(page) && page >= 1 ? page : 1 };
  },
  href({ filters, page }) {
    const base = activityHref({ activityType: null, userId: null, from: null, to: null, ...filters });
    if (page <= 1) return base;
    return `${base}${base.includes('?') ? '&' : '?'}page=${page}`;
  },
  shown(state) {
    if (state.query.scopeKey === null || state.status === 'loading' || state.status === 'initial') return null;
    const { activityType, from, to } = state.query.filters;
    return { filters: { activityType, from, to }, page: state.query.page };
  },
  step(asked, state) {
    const current = state.query.filters;
    const wanted = asked.filters;
    if (
      !sameFilter(wanted.activityType, current.activityType) ||
      !sameFilter(wanted.from, current.from) ||
      !sameFilter(wanted.to, current.to)
    )
      return {
        event: {
          type: 'activityLog/filtersChanged',
          filters: { activityType: wanted.activityType ?? null, from: wanted.from ?? null, to: wanted.to ?? null },
        },
      };
    if (state.query.scopeKey === null) return 'waiting';
    if (asked.page !== state.query.page) return { event: { type: 'activityLog/pageRequested', page: asked.page } };
    return 'shown';
  },
};
