import type { AdminClient } from '../../api/create-admin-client.js';
import { type AuditLogEntry, AuditLogQuery } from '../../contract/audit.js';
import { readableIssues } from '../../contract/readable-issues.js';
import { Bloc } from '../../core/bloc.js';
import type { Emitter } from '../../core/emitter.js';
import { restartable, sequential } from '../../core/transformers.js';
import type { SessionAuth } from '../../repositories/session-repository.js';
import { auditLogSource } from '../../repositories/list-sources.js';
import { failureOf } from '../shared/failure.js';
import { followStream } from '../shared/follow.js';
import { loadPagedList } from '../shared/paged-list.js';
import { PagedQuery } from '../shared/paged-query.js';
import { type AuthSource, ScopeGuard } from '../shared/scope-guard.js';
import type { AuditLogEvent } from './audit-log-event.js';
import {
  type AuditLogFilters,
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

/** The filter fields the contract refuses (if any), checked on the query as it would be sent. */
function invalidFilters(query: AuditLogQueryState): Record<string, string> {
  const { filters } = query;
  const raw = {
    page: query.page,
    limit: query.limit,
    ...(filters.actorId ? { actor_id: filters.actorId } : {}),
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.resourceType ? { resource_type: filters.resourceType } : {}),
    ...(filters.resourceId ? { resource_id: filters.resourceId } : {}),
    ...(filters.from ? { from: filters.from } : {}),
    ...(filters.to ? { to: filters.to } : {}),
  };
  const invalid: Record<string, string> = {};
  const parsed = AuditLogQuery.safeParse(raw, readableIssues);
  if (!parsed.success) {
    const names: Record<string, string> = {
      actor_id: 'actorId',
      resource_type: 'resourceType',
      resource_id: 'resourceId',
    };
    for (const issue of parsed.error.issues) {
      const wire = String(issue.path[0] ?? '_');
      invalid[names[wire] ?? wire] ??= issue.message;
    }
  } else if (filters.from && filters.to && Date.parse(filters.from) > Date.parse(filters.to)) {
    invalid.to = 'must not be before from';
  }
  return invalid;
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
    const limit = options.pageSize ?? initialAuditLogState.query.limit;
    const initial: AuditLogState = { ...initialAuditLogState, query: { ...initialAuditLogState.query, limit } };
    super(initial, { name: 'AuditLogBloc' });
    const source = auditLogSource(options.client);
    this.pages = new PagedQuery(
      { list: (query, signal) => source.list({ ...query.filters, page: query.page, limit: query.limit }, signal) },
      this.guard,
    );

    const load = async (emit: Emitter<AuditLogState>, query: AuditLogQueryState): Promise<void> => {
      const invalid = invalidFilters(query);
      if (Object.keys(invalid).length > 0) {
        this.pages.cancel();
        emit({
          ...this.state,
          status: 'failure',
          query,
          invalidFilters: invalid,
          failure: failureOf(
            'VALIDATION',
            Object.entries(invalid)
              .map(([field, message]) => `${field}: ${message}`)
              .join('; '),
          ),
        });
        return;
      }
      await loadPagedList(this, emit, this.pages, query, {
        results: (answered, entries, total) => ({ query: answered, entries: [...entries], total }),
        loading: { invalidFilters: {} },
      });
    };

    this.on(
      ['auditLog/opened', 'auditLog/refreshRequested'],
      (_event, emit) => load(emit, this.state.query),
      restartable(),
    );
    this.on(
      'auditLog/pageRequested',
      (event, emit) => load(emit, { ...this.state.query, page: Math.max(1, Math.trunc(event.page)) }),
      restartable(),
    );
    this.on(
      'auditLog/filtersChanged',
      (event, emit) => {
        const filters: AuditLogFilters = { ...this.state.query.filters };
        for (const [key, value] of Object.entries(event.filters) as [keyof AuditLogFilters, string | null][]) {
          // An emptied text box means "any", like null.
          (filters as Record<string, string | null>)[key] = value === '' || value === undefined ? null : value;
        }
        return load(emit, { ...this.state.query, page: 1, filters });
      },
      restartable(),
    );
    this.on(
      'auditLog/filtersCleared',
      (_event, emit) => load(emit, { ...this.state.query, page: 1, filters: noAuditLogFilters }),
      restartable(),
    );

    this.on(
      'auditLog/authChanged',
      (event, emit) => {
        if (!this.guard.ends(event.auth)) return;
        // Another account, or none: nothing of the old one may stay or still arrive.
        this.guard.end();
        this.pages.cancel();
        emit(initial);
      },
      sequential(),
    );
    if (options.session) {
      followStream<AuditLogEvent, SessionAuth>(this, options.session.auth$, (auth) => ({
        type: 'auditLog/authChanged',
        auth,
      }));
    }
  }
}
