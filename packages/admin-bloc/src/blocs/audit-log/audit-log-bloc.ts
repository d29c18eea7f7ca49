import { filter } from 'rxjs';
import type { AdminClient } from '../../api/create-admin-client.js';
import { type AuditLogEntry, AuditLogQuery } from '../../contract/audit.js';
import { Bloc } from '../../core/bloc.js';
import type { Emitter } from '../../core/emitter.js';
import { restartable, sequential } from '../../core/transformers.js';
import { auditLogSource } from '../../repositories/list-sources.js';
import { debouncedOn } from '../shared/debounce.js';
import { changedFilters, loadCheckedLog, refusedFilters } from '../shared/filtered-log.js';
import { withPageSize } from '../shared/paged-list.js';
import { PagedQuery } from '../shared/paged-query.js';
import { onQueryEvents } from '../shared/query-events.js';
import { type AuthSource, ScopeGuard } from '../shared/scope-guard.js';
import { endWithSession } from '../shared/session-end.js';
import { systemTimers, type Timers } from '../shared/timers.js';
import type { AuditLogEvent } from './audit-log-event.js';
import {
  type AuditLogFilters,
  type AuditLogQueryState,
  type AuditLogState,
  type AuditLogTextFilter,
  type AuditLogTypedFilters,
  initialAuditLogState,
  noAuditLogFilters,
  noTypedAuditLogFilters,
} from './audit-log-state.js';

type FilterTyped = Extract<AuditLogEvent, { type: 'auditLog/filterTyped' }>;

const TEXT_FILTERS = Object.keys(noTypedAuditLogFilters) as AuditLogTextFilter[];

/** The filters with each text filter as typed: trimmed, and an empty box is "any". */
function withTyped(filters: AuditLogFilters, typed: AuditLogTypedFilters): AuditLogFilters {
  const next = { ...filters };
  for (const key of TEXT_FILTERS) next[key] = typed[key].trim() || null;
  return next;
}

/** The boxes after filters were set from outside the boxes (a link, back and forward): they show those. */
function typedAfter(typed: AuditLogTypedFilters, changes: Partial<AuditLogFilters>): AuditLogTypedFilters {
  const next = { ...typed };
  for (const key of TEXT_FILTERS) if (changes[key] !== undefined) next[key] = changes[key] ?? '';
  return next;
}

const sameText = <Texts extends Readonly<Record<string, string | null>>>(a: Texts, b: Texts) =>
  Object.keys(a).every((key) => a[key] === b[key]);

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
  /** The clock of the typing pause (a test's fake timers). Default: the global timers. */
  timers?: Timers;
  /** Pause in typing before a text filter applies. Default 300 ms. */
  filterDebounceMs?: number;
}

/**
 * The audit log of admin actions (who did what to which resource, and what changed), paged and filtered by
 * actor, action, resource and date range. Every load shares one latest-wins run, so the page on screen always
 * answers the query asked last and an older request is aborted at the server. A text filter typed into its
 * box (`auditLog/filterTyped`) is shown at once and asked for once typing pauses: one request per word, not
 * one per keystroke.
 *
 * @example
 * const auditLog = new AuditLogBloc({ client });
 * await auditLog.add({ type: 'auditLog/opened' });
 * await auditLog.add({ type: 'auditLog/filtersChanged', filters: { action: 'DELETE' } });
 * auditLog.add({ type: 'auditLog/filterTyped', filter: 'resourceType', text: 'user' }); // applies after 300 ms
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

    onQueryEvents(this, 'auditLog', load, { reload: ['opened', 'refreshRequested'] });

    /** Shows `typedFilters` first when they change, so the boxes never lag behind the query. */
    const showTyped = (emit: Emitter<AuditLogState>, typedFilters: AuditLogTypedFilters) => {
      if (!sameText(typedFilters, this.state.typedFilters)) emit({ ...this.state, typedFilters });
    };
    this.on(
      'auditLog/filtersChanged',
      (event, emit) => {
        const typed = typedAfter(this.state.typedFilters, event.filters);
        showTyped(emit, typed);
        // Text typed but not asked for yet goes with the filter chosen now: one request, not a second one
        // when the typing pause ends.
        const filters = withTyped(changedFilters(this.state.query.filters, event.filters), typed);
        return load(emit, { ...this.state.query, page: 1, filters });
      },
      restartable(),
    );
    this.on(
      'auditLog/filtersCleared',
      (_event, emit) => {
        showTyped(emit, noTypedAuditLogFilters);
        return load(emit, { ...this.state.query, page: 1, filters: noAuditLogFilters });
      },
      restartable(),
    );
    // Two handlers for one event: the typed text shows at once, the query takes it once typing pauses.
    this.on(
      (event): event is FilterTyped => event.type === 'auditLog/filterTyped',
      (event, emit) =>
        emit({ ...this.state, typedFilters: { ...this.state.typedFilters, [event.filter]: event.text } }),
      sequential(),
    );
    // The pause applies every box as typed, not only the last one typed into: typing in one box and then
    // another within the pause asks for both.
    const typedQuery = () => ({
      ...this.state.query,
      page: 1,
      filters: withTyped(this.state.query.filters, this.state.typedFilters),
    });
    this.on(
      'auditLog/filterTyped',
      (_event, emit) => load(emit, typedQuery()),
      // A pause on text already asked for (typed and erased again, or a filter chosen meanwhile took it along) is
      // dropped before the restart: restarting would abort the running load of that same query and load nothing.
      debouncedOn(options.timers ?? systemTimers, options.filterDebounceMs ?? 300, (events, mapper) =>
        restartable<FilterTyped>()(
          events.pipe(filter(() => !sameText(typedQuery().filters, this.state.query.filters))),
          mapper,
        ),
      ),
    );

    endWithSession(this, 'auditLog', this.guard, options.session, (emit) => {
      this.pages.cancel();
      emit(initial);
    });
  }
}
