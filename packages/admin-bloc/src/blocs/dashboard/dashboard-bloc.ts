import type { AdminClient } from '../../api/create-admin-client.js';
import { Bloc } from '../../core/bloc.js';
import type { Emitter } from '../../core/emitter.js';
import { restartable, sequential } from '../../core/transformers.js';
import type { OrgScope, OrgScopeRepository } from '../../repositories/org-scope-repository.js';
import { isAbort, toFailure } from '../shared/failure.js';
import { followStream } from '../shared/follow.js';
import { LatestWins } from '../shared/paged-query.js';
import { systemTimers, type Timers } from '../shared/timers.js';
import type { DashboardEvent } from './dashboard-event.js';
import { type DashboardBlocState, initialDashboardState } from './dashboard-state.js';

/**
 * What the dashboard bloc needs.
 *
 * @example
 * const options: DashboardBlocOptions = { client, scope, refreshIntervalMs: 60_000, timers: systemTimers };
 */
export interface DashboardBlocOptions {
  client: AdminClient;
  scope: OrgScopeRepository;
  /** How often the figures are read again while someone listens. `0` turns it off. Default 60 s. */
  refreshIntervalMs?: number;
  /** Clock and timers (tests inject fake ones). */
  timers?: Timers;
}

/**
 * The coordinators' dashboard for the current org scope. It follows the `OrgScopeRepository`: a new scope
 * clears the figures and loads the new scope's, aborting any request still running for the old one. While
 * at least one listener is subscribed (a mounted view) the figures are read again every `refreshIntervalMs`;
 * with no listener the timer stops, and a returning listener gets fresh figures at once if they are stale.
 *
 * @example
 * const dashboard = new DashboardBloc({ client, scope });
 * const off = dashboard.subscribe((state) => render(selectDashboardCards(state)));
 * await dashboard.add({ type: 'dashboard/refreshRequested' });
 * off(); // the periodic refresh pauses
 */
export class DashboardBloc extends Bloc<DashboardEvent, DashboardBlocState> {
  private readonly latest = new LatestWins();
  private readonly timers: Timers;
  private readonly intervalMs: number;
  private listeners = 0;
  private timer: unknown;
  private scope: OrgScope | null = null;

  constructor(options: DashboardBlocOptions) {
    super(initialDashboardState, { name: 'DashboardBloc' });
    const { client } = options;
    this.timers = options.timers ?? systemTimers;
    this.intervalMs = options.refreshIntervalMs ?? 60_000;

    const load = async (emit: Emitter<DashboardBlocState>, scope: OrgScope, recount: boolean) => {
      const run = this.latest.begin(emit.signal);
      this.stopTimer();
      if (this.state.status !== 'loading' || this.state.failure)
        emit({ ...this.state, status: 'loading', failure: null });
      try {
        if (recount) {
          await client.state.dashboard.refresh(
            { org_id: scope.selectedOrgId ?? scope.rootOrgId },
            { signal: run.signal },
          );
        }
        const [stats, snapshot] = await this.latest.track(
          Promise.all([
            client.data.dashboardStats({ orgIds: [...scope.orgIds] }, { signal: run.signal }),
            client.state.dashboard.get({ signal: run.signal }),
          ]),
        );
        if (!run.isCurrent()) return;
        emit({
          ...this.state,
          status: 'success',
          stats: stats.data,
          snapshot: snapshot.data,
          refreshedAt: snapshot.data.refreshed_at ?? null,
          loadedAt: this.timers.now(),
          failure: null,
        });
      } catch (error) {
        if (isAbort(error) || !run.isCurrent()) return;
        emit({ ...this.state, status: 'failure', failure: toFailure(error) });
      } finally {
        if (run.isCurrent()) this.schedule();
      }
    };

    this.on(
      'dashboard/scopeChanged',
      async (event, emit) => {
        this.scope = event.scope;
        if (event.scope === null) {
          this.latest.cancel();
          this.stopTimer();
          emit(initialDashboardState);
          return;
        }
        // A new scope: nothing of the old one may stay on screen.
        emit({ ...initialDashboardState, status: 'loading', scopeKey: event.scope.key });
        await load(emit, event.scope, false);
      },
      restartable(),
    );
    this.on(
      ['dashboard/refreshRequested', 'dashboard/refreshTicked'],
      async (event, emit) => {
        const scope = this.scope;
        if (scope === null) return;
        await load(emit, scope, event.type === 'dashboard/refreshRequested');
      },
      // In order: a tick that arrives while a refresh winds down must not be dropped, or the timer stops.
      sequential(),
    );

    followStream<DashboardEvent, OrgScope | null>(this, options.scope.scope$, (scope) => ({
      type: 'dashboard/scopeChanged',
      scope,
    }));
  }

  /**
   * Counts listeners, so the periodic refresh runs only while someone shows the dashboard.
   *
   * @example
   * const off = dashboard.subscribe(render); // starts the periodic refresh
   * off(); // the last listener left: it pauses
   */
  override subscribe(listener: (state: DashboardBlocState) => void): () => void {
    const off = super.subscribe(listener);
    if (this.isClosed) return off;
    this.listeners++;
    if (this.listeners === 1) this.resume();
    let done = false;
    return () => {
      off();
      if (done) return;
      done = true;
      this.listeners--;
      if (this.listeners === 0) this.stopTimer();
    };
  }

  override close(): Promise<void> {
    this.stopTimer();
    return super.close();
  }

  /** A listener arrived: refresh now if the figures are stale, else wait out the rest of the interval. */
  private resume(): void {
    if (this.intervalMs <= 0 || this.scope === null || this.state.status === 'loading') return;
    const age = this.state.loadedAt === null ? Number.POSITIVE_INFINITY : this.timers.now() - this.state.loadedAt;
    if (this.state.status === 'success' && age >= this.intervalMs) this.tick();
    else this.schedule(Math.max(0, this.intervalMs - age));
  }

  private schedule(delay = this.intervalMs): void {
    this.stopTimer();
    if (this.intervalMs <= 0 || this.listeners === 0 || this.scope === null || this.isClosed) return;
    this.timer = this.timers.setTimeout(() => {
      this.timer = undefined;
      this.tick();
    }, delay);
  }

  private tick(): void {
    if (!this.isClosed) this.add({ type: 'dashboard/refreshTicked' }).catch(() => undefined);
  }

  private stopTimer(): void {
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = undefined;
  }
}
