/**
 * One run of a latest-wins sequence: its `signal` aborts as soon as a newer run begins (or the handler's own
 * signal aborts), and `isCurrent()` says whether its result may still land.
 *
 * @example
 * const run = latest.begin(emit.signal);
 * const page = await client.data.users.list(query, { signal: run.signal });
 * if (run.isCurrent()) emit({ ...state, page });
 */
export interface LatestRun {
  readonly signal: AbortSignal;
  isCurrent(): boolean;
}

/**
 * Latest wins across several handlers. One restartable `on` only cancels its own previous run; when several
 * event types (a debounced search, an immediate filter change, a scope switch) start the same load, they
 * share one `Latest`, so beginning any run aborts the request of the one before and keeps its answer out.
 *
 * @example
 * // one per bloc (a private field), shared by every handler that loads:
 * const latest = new Latest();
 * // in each such handler:
 * const run = latest.begin(emit.signal);
 */
export class Latest {
  private controller: AbortController | undefined;
  private sequence = 0;
  private running = 0;

  /** Starts a run, aborting the previous one. `signal` (the Emitter's) aborts this run too. */
  begin(signal?: AbortSignal): LatestRun {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const id = ++this.sequence;
    const combined = signal ? AbortSignal.any([signal, controller.signal]) : controller.signal;
    return {
      signal: combined,
      isCurrent: () => id === this.sequence && !combined.aborted,
    };
  }

  /** Aborts the running run, if any, and keeps any later answer of it out. */
  cancel(): void {
    this.controller?.abort();
    this.controller = undefined;
    this.sequence++;
  }

  /**
   * Counts a piece of work as in flight while `promise` runs; `inFlight` tells tests and views how many.
   *
   * @example
   * await latest.track(client.data.users.list(query, { signal }));
   */
  async track<T>(promise: Promise<T>): Promise<T> {
    this.running++;
    try {
      return await promise;
    } finally {
      this.running--;
    }
  }

  /** How many tracked calls are running. */
  get inFlight(): number {
    return this.running;
  }
}
