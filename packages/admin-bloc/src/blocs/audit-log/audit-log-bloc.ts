import type { AdminClient } from '../../api/create-admin-client.js';
import { AuditLogQuery } from '../../contract/audit.js';
import { readableIssues } from '../../contract/readable-issues.js';
import { Bloc } from '../../core/bloc.js';
import type { Emitter } from '../../core/emitter.js';
import { restartable, sequential } from '../../core/transformers.js';
import type { SessionAuth } from '../../repositories/session-repository.js';
import { type AuthSource, SessionGuard } from '../session-guard.js';
import { failureOf, isAbort, toFailure } from '../shared/failure.js';
import { followStream } from '../shared/follow.js';
import { Latest } from '../shared/latest.js';
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

/** The wire query of a state query, and the filter fields the contract refuses (if any). */
function toWire(query: AuditLogQueryState): { query: AuditLogQuery; invalid: Record<string, string> } {
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
  return { query: raw as AuditLogQuery, invalid };
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
  private readonly latest = new Latest();
  private readonly guard = new SessionGuard();

  constructor(options: AuditLogBlocOptions) {
    const limit = options.pageSize ?? initialAuditLogState.query.limit;
    const initial: AuditLogState = { ...initialAuditLogState, query: { ...initialAuditLogState.query, limit } };
    super(initial, { name: 'AuditLogBloc' });
    const { client } = options;

    const load = async (emit: Emitter<AuditLogState>, query: AuditLogQueryState): Promise<void> => {
      const run = this.latest.begin(this.guard.signal(emit.signal));
      const wire = toWire(query);
      if (Object.keys(wire.invalid).length > 0) {
        this.latest.cancel();
        emit({
          ...this.state,
          status: 'failure',
          query,
          invalidFilters: wire.invalid,
          failure: failureOf(
            'VALIDATION',
            Object.entries(wire.invalid)
              .map(([k, v]) => `${k}: ${v}`)
              .join('; '),
          ),
        });
        return;
      }
      emit({ ...this.state, status: 'loading', query, failure: null, invalidFilters: {} });
      try {
        const answer = await this.latest.track(
          client.auditLog.list(
            {
              page: wire.query.page,
              limit: wire.query.limit,
              actorId: wire.query.actor_id,
              action: wire.query.action,
              resourceType: wire.query.resource_type,
              resourceId: wire.query.resource_id,
              from: wire.query.from,
              to: wire.query.to,
            },
            { signal: run.signal },
          ),
        );
        if (!run.isCurrent()) return;
        const lastPage = Math.max(1, Math.ceil(answer.meta.total / query.limit));
        if (query.page > lastPage) return await load(emit, { ...query, page: lastPage });
        emit({
          ...this.state,
          status: 'success',
          failure: null,
          results: { query, entries: answer.data, total: answer.meta.total },
        });
      } catch (error) {
        if (isAbort(error) || !run.isCurrent()) return;
        emit({ ...this.state, status: 'failure', failure: toFailure(error) });
      }
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
        this.latest.cancel();
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
