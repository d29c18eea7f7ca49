import { AuditAction, type AuditLogEvent, type AuditLogFilters, type AuditLogState } from 'admin-bloc';
import type { UrlCodec } from '../../app/use-url-codec.js';
import { clampSearch } from '../../components/ui/search-limit.js';

/** What the audit log's URL holds: its filters and page. */
export interface AuditUrl {
  readonly filters: AuditLogFilters;
  readonly page: number;
}

/** The URL parameter of each filter (short, readable names; the wire names stay inside the client). */
const PARAMS: Readonly<Record<keyof AuditLogFilters, string>> = {
  action: 'action',
  resourceType: 'resource',
  resourceId: 'resourceId',
  actorId: 'actor',
  from: 'from',
  to: 'to',
};

const FILTER_KEYS = Object.keys(PARAMS) as (keyof AuditLogFilters)[];

const text = (value: string | null) => {
  const clamped = clampSearch((value ?? '').trim());
  return clamped === '' ? null : clamped;
};

/** A calendar date that exists (the date inputs' own format): `2026-02-30` has the shape but is no date. */
function dateOf(value: string | null): string | null {
  if (value === null || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? value : null;
}

/**
 * Filters and page from a link (`/audit?action=DELETE&resource=user&page=2`). An unknown action, a date that does
 * not exist and an end before the start are left out, so a hand-edited link still shows a log; the texts are cut
 * to the search limit.
 *
 * @example
 * parseAuditUrl(new URLSearchParams('action=DELETE&page=2')).page; // 2
 */
export function parseAuditUrl(params: URLSearchParams): AuditUrl {
  const action = AuditAction.safeParse(params.get(PARAMS.action));
  const page = Number(params.get('page') ?? '1');
  const from = dateOf(params.get(PARAMS.from));
  const to = dateOf(params.get(PARAMS.to));
  return {
    filters: {
      action: action.success ? action.data : null,
      resourceType: text(params.get(PARAMS.resourceType)),
      resourceId: text(params.get(PARAMS.resourceId)),
      actorId: text(params.get(PARAMS.actorId)),
      from,
      to: to !== null && from !== null && to < from ? null : to,
    },
    page: Number.isSafeInteger(page) && page >= 1 ? page : 1,
  };
}

/**
 * The canonical link of a view of the log (unset filters and page 1 left out).
 *
 * @example
 * auditHref({ filters: { ...noAuditLogFilters, action: 'DELETE' }, page: 2 }); // '/audit?action=DELETE&page=2'
 */
export function auditHref({ filters, page }: AuditUrl): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value) params.set(PARAMS[key], value);
  }
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query === '' ? '/audit' : `/audit?${query}`;
}

const sameFilters = (a: AuditLogFilters, b: AuditLogFilters) =>
  FILTER_KEYS.every((key) => (a[key] ?? null) === (b[key] ?? null));

/**
 * The audit log's URL codec. The URL also decides the first load: a link with filters loads the filtered log
 * straight away (`filtersChanged`), never the unfiltered newest page first; a plain link sends `opened`.
 *
 * @example
 * useUrlCodec(bloc, state, auditCodec);
 */
export const auditCodec: UrlCodec<AuditLogState, AuditUrl, AuditLogEvent> = {
  parse: parseAuditUrl,
  href: auditHref,
  shown(state) {
    if (state.status === 'initial' || state.status === 'loading') return null;
    return { filters: state.query.filters, page: state.query.page };
  },
  step(asked, state) {
    if (!sameFilters(asked.filters, state.query.filters))
      return { event: { type: 'auditLog/filtersChanged', filters: asked.filters } };
    if (asked.page !== state.query.page) return { event: { type: 'auditLog/pageRequested', page: asked.page } };
    if (state.status === 'initial') return { event: { type: 'auditLog/opened' } };
    return 'shown';
  },
};
