import type { AuthChangedEvent } from '../shared/list-events.js';
import type { AuditLogFilters, AuditLogTextFilter } from './audit-log-state.js';

/**
 * What happens on the audit log screen: it opened, the admin asked to reload, asked for a page, changed some
 * filters (the others stay; back to page 1; with the text typed so far), typed into a text filter (shown at
 * once, asked for once typing pauses), cleared them all, or the session changed (from `session.auth$`: a
 * sign-out or another account drops everything).
 *
 * @example
 * auditLog.add({ type: 'auditLog/filtersChanged', filters: { action: 'UPDATE', resourceType: 'user' } });
 * auditLog.add({ type: 'auditLog/filterTyped', filter: 'actorId', text: 'usr_' }); // asked for after 300 ms
 */
export type AuditLogEvent =
  | { readonly type: 'auditLog/opened' }
  | { readonly type: 'auditLog/refreshRequested' }
  | { readonly type: 'auditLog/pageRequested'; readonly page: number }
  | { readonly type: 'auditLog/filtersChanged'; readonly filters: Partial<AuditLogFilters> }
  | { readonly type: 'auditLog/filterTyped'; readonly filter: AuditLogTextFilter; readonly text: string }
  | { readonly type: 'auditLog/filtersCleared' }
  | AuthChangedEvent<'auditLog'>;
