import * as z from 'zod/mini';
import { AuditAction, AuditLogEntry } from '../../contract/audit.js';
import { DEFAULT_PAGE_LIMIT } from '../../contract/common.js';
import { filteredLogState, initialFilteredLog } from '../shared/filtered-log.js';
import { pageOf, pagingShape } from '../shared/paged-state.js';

/**
 * Filters of the audit log; `null` is "any". `from` and `to` are dates (`2026-03-01`) or date-times, inclusive.
 *
 * @example
 * const filters: AuditLogFilters = { ...noAuditLogFilters, action: 'DELETE', from: '2026-03-01' };
 */
export const AuditLogFilters = z.object({
  actorId: z.nullable(z.string()),
  action: z.nullable(AuditAction),
  resourceType: z.nullable(z.string()),
  resourceId: z.nullable(z.string()),
  from: z.nullable(z.string()),
  to: z.nullable(z.string()),
});
export type AuditLogFilters = z.infer<typeof AuditLogFilters>;

/**
 * No filter set.
 *
 * @example
 * bloc.add({ type: 'auditLog/filtersChanged', filters: noAuditLogFilters });
 */
export const noAuditLogFilters: AuditLogFilters = {
  actorId: null,
  action: null,
  resourceType: null,
  resourceId: null,
  from: null,
  to: null,
};

/**
 * The audit log's filters that are typed into a text box (the others are chosen: an action, a date).
 *
 * @example
 * bloc.add({ type: 'auditLog/filterTyped', filter: 'resourceType', text: 'organization' });
 */
export const AuditLogTextFilter = z.enum(['actorId', 'resourceType', 'resourceId']);
export type AuditLogTextFilter = z.infer<typeof AuditLogTextFilter>;

/**
 * What is in each text filter's box, as typed (`''` is empty). It is shown at once; the query takes it, trimmed,
 * once typing pauses, or at once with a filter chosen meanwhile.
 *
 * @example
 * state.typedFilters.resourceType; // 'organiz' while the query still has 'org'
 */
export const AuditLogTypedFilters = z.object({ actorId: z.string(), resourceType: z.string(), resourceId: z.string() });
export type AuditLogTypedFilters = z.infer<typeof AuditLogTypedFilters>;

/**
 * Nothing typed.
 *
 * @example
 * initialAuditLogState.typedFilters; // noTypedAuditLogFilters
 */
export const noTypedAuditLogFilters: AuditLogTypedFilters = { actorId: '', resourceType: '', resourceId: '' };

/**
 * What the audit log asks for.
 *
 * @example
 * const query: AuditLogQueryState = { page: 1, limit: 20, filters: noAuditLogFilters };
 */
export const AuditLogQueryState = z.object({ ...pagingShape, filters: AuditLogFilters });
export type AuditLogQueryState = z.infer<typeof AuditLogQueryState>;

/**
 * One page of entries with the query it answers (so an answer is never shown as the answer to another query).
 *
 * @example
 * state.results?.query === state.query; // true once the current query's page arrived
 */
export const AuditLogPage = pageOf(AuditLogQueryState, AuditLogEntry, 'entries');
export type AuditLogPage = z.infer<typeof AuditLogPage>;

/**
 * The audit log screen (our `GET /api/admin/audit-log`, newest first): the query, the page on screen, where
 * loading stands and the text filters as typed (`typedFilters`, ahead of the query while typing goes on). A
 * filter the contract would refuse (a malformed date, `from` after `to`) is a `VALIDATION` failure with
 * `invalidFilters` naming the fields, and no request is sent.
 *
 * @example
 * const state: AuditLogState = initialAuditLogState;
 */
export const AuditLogState = filteredLogState(AuditLogQueryState, AuditLogPage, { typedFilters: AuditLogTypedFilters });
export type AuditLogState = z.infer<typeof AuditLogState>;

/**
 * Nothing loaded yet: page 1, no filters, nothing typed.
 *
 * @example
 * new AuditLogBloc({ client }).state; // initialAuditLogState
 */
export const initialAuditLogState: Extract<AuditLogState, { failure: null }> = initialFilteredLog(
  { page: 1, limit: DEFAULT_PAGE_LIMIT, filters: noAuditLogFilters },
  { typedFilters: noTypedAuditLogFilters },
);
