import type { PagedSource, Paging } from '../../repositories/paged-source.js';
import { type Failure, isAbort, toFailure } from './failure.js';
import type { ScopeGuard } from './scope-guard.js';

/**
 * One run of a latest-wins lane: its `signal` aborts as soon as a newer run begins (or the signal it was begun
 * with aborts), and `isCurrent()` says whether its result may still land.
 *
 * @example
 * const run = lane.begin(emit.signal);
 * const answer = await client.data.dashboardStats(args, { signal: run.signal });
 * if (run.isCurrent()) emit({ ...state, stats: answer.data });
 */
export interface LatestRun {
  readonly signal: AbortSignal;
  isCurrent(): boolean;
}

/**
 * Latest wins across several handlers. One restartable `on` only cancels its own previous run; when several
 * event types (a debounced search, a filter change, a scope switch, the reload after a delete) start the same
 * load, they begin their runs on one lane, so any new run aborts the request of the one before and keeps its
 * answer out. It also counts the requests in flight (`inFlight`), which views and tests read.
 *
 * @example
 * private readonly lane = new LatestWins();
 * const run = this.lane.begin(emit.signal);
 */
export class LatestWins {
  private controller: AbortController | undefined;
  private sequence = 0;
  private running = 0;

  /** Starts a run, aborting the previous one. `signal` (the handler's, maybe under a guard) aborts it too. */
  begin(signal?: AbortSignal): LatestRun {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const id = ++this.sequence;
    const combined = signal ? AbortSignal.any([signal, controller.signal]) : controller.signal;
    return { signal: combined, isCurrent: () => id === this.sequence && !combined.aborted };
  }

  /** Aborts the running run, if any, and keeps any later answer of it out. */
  cancel(): void {
    this.controller?.abort();
    this.controller = undefined;
    this.sequence++;
  }

  /** Counts `promise` as in flight until it settles. */
  async track<T>(promise: Promise<T>): Promise<T> {
    this.running++;
    try {
      return await promise;
    } finally {
      this.running--;
    }
  }

  /** How many tracked requests are running. */
  get inFlight(): number {
    return this.running;
  }
}

/**
 * What a paged load ended in: a page (with the query it answers: its `page` may have been corrected), a
 * failure to show, or `superseded` (a newer load began, the handler was cancelled, the scope or session
 * ended): then nothing may be emitted.
 *
 * @example
 * if (outcome.kind === 'page') emit({ ...state, status: 'success', results: outcome });
 */
export type PagedOutcome<Query, Item> =
  | { readonly kind: 'page'; readonly query: Query; readonly items: readonly Item[]; readonly total: number }
  | { readonly kind: 'failure'; readonly query: Query; readonly failure: Failure }
  | { readonly kind: 'superseded' };

/**
 * What a list's loads share, whatever their paging: one latest-wins lane whose runs the bloc's guard (a new
 * scope, the end of the session) aborts too, the requests in flight, and `cancel`.
 *
 * @example
 * class CursorQuery extends GuardedLoads {}
 */
export abstract class GuardedLoads {
  protected readonly lane = new LatestWins();

  constructor(private readonly guard?: ScopeGuard) {}

  /** List requests in flight now. */
  get inFlight(): number {
    return this.lane.inFlight;
  }

  /** Begins a run, latest wins: it aborts the run before, and the handler's signal or the guard abort it. */
  protected begin(signal: AbortSignal): LatestRun {
    return this.lane.begin(this.guard ? this.guard.signal(signal) : signal);
  }

  /** Stops the running load, if any: its answer will not land. */
  cancel(): void {
    this.lane.cancel();
  }
}

export const SUPERSEDED = { kind: 'superseded' } as const;
/** Corrections of a page past the end before the last answer is taken as it is (a list shrinking meanwhile). */
const MAX_CORRECTIONS = 3;

/**
 * The load routine every list bloc shares, over one `PagedSource`:
 * - latest wins: starting a load aborts the request of the one before, whichever handler began it, and an
 *   answer of an older load never comes back as a page;
 * - in flight: `inFlight` counts the list requests running;
 * - past the end: a page after the last page with rows (a stale link, or rows deleted meanwhile) is read
 *   again as that last page, and the outcome says which page it is;
 * - failures: anything thrown becomes a `Failure`; aborts and superseded answers become `superseded`;
 * - cancellation: the handler's `emit.signal` and the bloc's `ScopeGuard` both abort the request.
 *
 * @example
 * const pages = new PagedQuery(usersSource(client), guard);
 * const outcome = await pages.load(query, emit.signal);
 * if (outcome.kind === 'page') emit({ ...state, status: 'success', users: outcome.items, total: outcome.total });
 * else if (outcome.kind === 'failure') emit({ ...state, status: 'failure', failure: outcome.failure });
 */
export class PagedQuery<Query extends Paging, Item> extends GuardedLoads {
  constructor(
    private readonly source: PagedSource<Query, Item>,
    guard?: ScopeGuard,
  ) {
    super(guard);
  }

  /**
   * Loads `query`'s page, latest wins. `onCorrected` hears a page past the end before the last page is read.
   *
   * @example
   * const outcome = await pages.load({ ...query, page: 16 }, emit.signal); // outcome.query.page: 10
   */
  load(query: Query, signal: AbortSignal, onCorrected?: (query: Query) => void): Promise<PagedOutcome<Query, Item>> {
    return this.loadIn(this.begin(signal), query, onCorrected);
  }

  /**
   * Begins a run without loading yet, for a handler that reads something else first (remembered filters)
   * and must still lose to any load begun meanwhile.
   *
   * @example
   * const run = pages.begin(emit.signal);
   * const filters = await restore(run.signal);
   * if (run.isCurrent()) await pages.loadIn(run, { ...query, ...filters });
   */
  override begin(signal: AbortSignal): LatestRun {
    return super.begin(signal);
  }

  /**
   * `load` within a run from `begin`.
   *
   * @example
   * await pages.loadIn(run, query);
   */
  async loadIn(run: LatestRun, query: Query, onCorrected?: (query: Query) => void): Promise<PagedOutcome<Query, Item>> {
    if (!run.isCurrent()) return SUPERSEDED;
    let current = query;
    try {
      for (let corrections = 0; ; corrections++) {
        const answer = await this.lane.track(this.source.list(current, run.signal));
        if (!run.isCurrent()) return SUPERSEDED;
        const lastPage = Math.max(1, Math.ceil(answer.total / current.limit));
        if (current.page > lastPage && corrections < MAX_CORRECTIONS) {
          current = { ...current, page: lastPage };
          onCorrected?.(current);
          continue;
        }
        return { kind: 'page', query: current, items: answer.items, total: answer.total };
      }
    } catch (error) {
      if (isAbort(error) || !run.isCurrent()) return SUPERSEDED;
      return { kind: 'failure', query: current, failure: toFailure(error) };
    }
  }
}
