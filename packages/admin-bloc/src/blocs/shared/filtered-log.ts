import * as z from 'zod/mini';
import { readableIssues } from '../../contract/readable-issues.js';
import type { Emitter } from '../../core/emitter.js';
import type { Paging } from '../../repositories/paged-source.js';
import { failureOf } from './failure.js';
import { loadPagedList, type PagedListState } from './paged-list.js';
import type { PagedQuery } from './paged-query.js';
import { initialPagedList, pagedListState } from './paged-state.js';

/**
 * The state of a filtered log: the paged list, the filters the contract refused (`invalidFilters`, by
 * filter name: then the status is a `VALIDATION` failure and nothing was sent) and the log's own fields
 * (`extra`: the audit log's typed text filters).
 *
 * @example
 * const AuditLogState = filteredLogState(AuditLogQueryState, AuditLogPage, { typedFilters: AuditLogTypedFilters });
 */
export function filteredLogState<
  Query extends z.core.$ZodType,
  Page extends z.core.$ZodType,
  Extra extends Record<string, z.core.$ZodType> = Record<never, never>,
>(query: Query, page: Page, extra: Extra = {} as Extra) {
  return pagedListState(query, page, { invalidFilters: z.record(z.string(), z.string()), ...extra });
}

/**
 * A filtered log before anything loaded (with the log's own fields, if it has any).
 *
 * @example
 * const initialAuditLogState = initialFilteredLog({ page: 1, limit: 20, filters: noAuditLogFilters }, { typedFilters });
 */
export function initialFilteredLog<Query, Extra extends object = Record<never, never>>(
  query: Query,
  extra: Extra = {} as Extra,
) {
  return initialPagedList(query, { invalidFilters: {}, ...extra });
}

/** A log's filters: `null` is "any"; `from` and `to` are dates or date-times. */
type Filters = Readonly<Record<string, string | null>>;

/**
 * The filter fields the contract refuses (a malformed date, an unknown action) and `to` before `from`, by filter
 * name: each filter is checked as it would be sent (`activityType` as `activity_type`), with the paging if given.
 *
 * @example
 * refusedFilters(AuditLogQuery, { from: '2026-13-01', to: null }); // { from: 'Invalid ISO date' }
 */
export function refusedFilters(schema: z.core.$ZodType, filters: Filters, paging?: Paging): Record<string, string> {
  const wire: Record<string, string> = {};
  const names: Record<string, string> = {};
  for (const [name, value] of Object.entries(filters)) {
    if (!value) continue;
    const key = name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
    wire[key] = value;
    names[key] = name;
  }
  const invalid: Record<string, string> = {};
  const parsed = z.safeParse(schema, { ...paging, ...wire }, readableIssues);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? '_');
      invalid[names[key] ?? key] ??= issue.message;
    }
  } else if (filters.from && filters.to && Date.parse(filters.from) > Date.parse(filters.to)) {
    invalid.to = 'must not be before from';
  }
  return invalid;
}

/**
 * The filters after a change of some of them (the others stay); an emptied text box means "any", like `null`.
 *
 * @example
 * changedFilters({ action: 'DELETE', from: null }, { from: '2026-03-01', action: '' }); // { action: null, from: '2026-03-01' }
 */
export function changedFilters<Filters extends Readonly<Record<string, string | null>>>(
  filters: Filters,
  changes: Partial<Filters>,
): Filters {
  const next: Record<string, string | null> = { ...filters };
  for (const [key, value] of Object.entries(changes)) next[key] = value === '' || value === undefined ? null : value;
  return next as Filters;
}

/** A log's query: paging and filters (and, for the activity log, the scope). */
type LogQuery = Paging & { readonly filters: Filters };

/**
 * The one load of a filtered log (activity, audit): filters the contract would refuse are a `VALIDATION`
 * failure naming them (`invalidFilters`) and nothing is sent (a running load is cancelled); other queries load
 * their page as every list does, `entries` and all. `fresh`: a new scope, whose old page goes at once.
 *
 * @example
 * await loadCheckedLog(this, emit, this.pages, query, refusedFilters(AuditLogQuery, query.filters, query));
 */
export async function loadCheckedLog<
  Query extends LogQuery,
  Entry,
  State extends PagedListState<Query, { query: Query; entries: Entry[]; total: number }> & {
    readonly invalidFilters: Readonly<Record<string, string>>;
  },
>(
  bloc: { readonly state: State },
  emit: Emitter<State>,
  pages: PagedQuery<Query, Entry>,
  query: Query,
  invalid: Record<string, string>,
  fresh = false,
): Promise<void> {
  if (Object.keys(invalid).length > 0) {
    pages.cancel();
    const detail = Object.entries(invalid)
      .map(([field, message]) => `${field}: ${message}`)
      .join('; ');
    emit({
      ...bloc.state,
      status: 'failure',
      query,
      invalidFilters: invalid,
      failure: failureOf('VALIDATION', detail),
    });
    return;
  }
  await loadPagedList(bloc, emit, pages, query, {
    results: (answered, entries, total) => ({ query: answered, entries: [...entries], total }),
    loading: { invalidFilters: {}, ...(fresh ? { results: null } : {}) } as Partial<State>,
  });
}
