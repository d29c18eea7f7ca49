import type { AdminClient } from '../../api/create-admin-client.js';
import { type AuditLogEntry, AuditLogQuery } from '../../contract/audit.js';
import { Bloc } from '../../core/bloc.js';
import type { Emitter } from '../../core/emitter.js';
import { auditLogSource } from '../../repositories/list-sources.js';
import { loadCheckedLog, refusedFilters } from '../shared/filtered-log.js';
import { withPageSize } from '../shared/paged-list.js';
import { PagedQuery } from '../shared/paged-query.js';
import { onQueryEvents } from '../shared/query-events.js';
import { type AuthSource, ScopeGuard } from '../shared/scope-guard.js';
import { endWithSession } from '../shared/session-end.js';
import type { AuditLogEvent } from './audit-log-event.js';
import {
  type AuditLogQueryState,
  type AuditLogState,
  initialAuditLogState,
  noAuditLogFilters,
} from './audit-log-state.js';

/**
 * What the audit log bloc needs.
 *
 * @example
 * const options: AuditLogBlocOptions = { client, pageSize: 50 };
 */
export interface AuditLogBlocOptions {
  client: AdminClient;
  /** Entries per page. Default 20. */
  pageSize?: number;
  /** When given, a sign-out or a switch of account drops everything loaded and aborts what is in flight. */
  session?: AuthSource;
}

/**
 * The audit log of admin actions (who did what to which resource, and what changed), paged and filtered by
 * actor, action, resource and date range. Every load shares one latest-wins run, so the page on screen always
 * answers the query asked last and an older request is aborted at the server.
 *
 * @example
 * const auditLog = new AuditLogBloc({ client });
 * await auditLog.add({ type: 'auditLog/opened' });
 * await auditLog.add({ type: 'auditLog/filtersChanged', filters: { action: 'DELETE' } });
 */
export class AuditLogBloc extends Bloc<AuditLogEvent, AuditLogState> {
  private readonly guard = new ScopeGuard();
  private readonly pages: PagedQuery<AuditLogQueryState, AuditLogEntry>;

  constructor(options: AuditLogBlocOptions) {
    const initial = withPageSize(initialAuditLogState, options.pageSize);
    super(initial, { name: 'AuditLogBloc' });
    const source = auditLogSource(options.client);
    this.pages = new PagedQuery(
      { list: (query, signal) => source.list({ ...query.filters, page: query.page, limit: query.limit }, signal) },
      this.guard,
    );

    const load = (emit: Emitter<AuditLogState>, query: AuditLogQueryState): Promise<void> => {
      const paging = { page: query.page, limit: query.limit };
      return loadCheckedLog(this, emit, this.pages, query, refusedFilters(AuditLogQuery, query.filters, paging));
    };

    onQueryEvents(this, 'auditLog', load, { reload: ['opened', 'refreshRequested'], noFilters: noAuditLogFilters });

    endWithSession(this, 'auditLog', this.guard, options.session, (emit) => {
      this.pages.cancel();
      emit(initial);
    });
  }
}
