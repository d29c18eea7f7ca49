import type { AdminClient } from '../../api/create-admin-client.js';
import type { ActivityLogEntry } from '../../contract/data.js';
import { ActivityLogQuery } from '../../contract/data.js';
import { Bloc } from '../../core/bloc.js';
import type { Emitter } from '../../core/emitter.js';
import { restartable } from '../../core/transformers.js';
import { activityLogSource } from '../../repositories/list-sources.js';
import type { OrgScope, OrgScopeRepository } from '../../repositories/org-scope-repository.js';
import { loadCheckedLog, refusedFilters } from '../shared/filtered-log.js';
import { onQueryEvents } from '../shared/query-events.js';
import { followStream } from '../shared/follow.js';
import { withPageSize } from '../shared/paged-list.js';
import { PagedQuery } from '../shared/paged-query.js';
import type { ActivityLogEvent } from './activity-log-event.js';
import {
  type ActivityLogQueryState,
  type ActivityLogState,
  initialActivityLogState,
  noActivityLogFilters,
} from './activity-log-state.js';

/**
 * What the activity log bloc needs.
 *
 * @example
 * const options: ActivityLogBlocOptions = { client, scope, pageSize: 50 };
 */
export interface ActivityLogBlocOptions {
  client: AdminClient;
  /** The org scope to follow: a new scope restarts the load and aborts the old scope's request. */
  scope: OrgScopeRepository;
  /** Activities per page. Default 20. */
  pageSize?: number;
}

/**
 * The activity log of the current org scope: paged, newest first, filtered by activity type, user and date
 * range. It follows the `OrgScopeRepository`: a new scope drops the old scope's page at once and loads the
 * new one; scope switch, filter and page changes share one latest-wins run, so the request of an older query
 * is aborted at the server and its answer never lands. The query sends the scope's org ids (the selected node
 * and its descendants, or the whole tree).
 *
 * @example
 * const activityLog = new ActivityLogBloc({ client, scope });
 * await activityLog.add({ type: 'activityLog/filtersChanged', filters: { activityType: 'mentoring_session' } });
 * activityLog.state.results?.entries;
 */
export class ActivityLogBloc extends Bloc<ActivityLogEvent, ActivityLogState> {
  private readonly pages: PagedQuery<ActivityLogQueryState, ActivityLogEntry>;
  private scope: OrgScope | null = null;

  constructor(options: ActivityLogBlocOptions) {
    const initial = withPageSize(initialActivityLogState, options.pageSize);
    super(initial, { name: 'ActivityLogBloc' });
    const source = activityLogSource(options.client);
    this.pages = new PagedQuery({
      list: (query, signal) =>
        source.list(
          { ...query.filters, orgIds: this.scope?.orgIds ?? [], page: query.page, limit: query.limit },
          signal,
        ),
    });

    /** `fresh`: a new scope, whose first state must not show the old scope's page. */
    const load = async (
      emit: Emitter<ActivityLogState>,
      query: ActivityLogQueryState,
      fresh = false,
    ): Promise<void> => {
      // No scope yet: keep the filters asked for, load them when the scope arrives.
      if (this.scope === null) {
        this.pages.cancel();
        return emit({ ...this.state, query });
      }
      await loadCheckedLog(this, emit, this.pages, query, refusedFilters(ActivityLogQuery, query.filters), fresh);
    };

    this.on(
      'activityLog/scopeChanged',
      async (event, emit) => {
        this.scope = event.scope;
        if (event.scope === null) {
          this.pages.cancel();
          emit(initial);
          return;
        }
        // A new scope: nothing of the old one may stay on screen. Filters stay; the page starts again.
        await load(emit, { ...this.state.query, scopeKey: event.scope.key, page: 1 }, true);
      },
      restartable(),
    );
    onQueryEvents(this, 'activityLog', load, { reload: ['refreshRequested'], noFilters: noActivityLogFilters });

    followStream<ActivityLogEvent, OrgScope | null>(this, options.scope.scope$, (scope) => ({
      type: 'activityLog/scopeChanged',
      scope,
    }));
  }
}
