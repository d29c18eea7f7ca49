import type { CursorSource } from '../../repositories/paged-source.js';
import { type Failure, isAbort, toFailure } from './failure.js';
import { GuardedLoads, SUPERSEDED } from './paged-query.js';
import type { ScopeGuard } from './scope-guard.js';

/**
 * What a cursor load ended in: the page after the cursor (its rows, the next cursor, whether there is one), a
 * failure to show, or `superseded` (a newer load began, the handler was cancelled, the scope or session
 * ended): then nothing may be emitted.
 *
 * @example
 * if (outcome.kind === 'page') emit({ ...state, users: { query, items: outcome.items, cursor: outcome.cursor, hasMore: outcome.hasMore } });
 */
export type CursorOutcome<Item> =
  | {
      readonly kind: 'page';
      readonly items: readonly Item[];
      readonly cursor: string | null;
      readonly hasMore: boolean;
    }
  | { readonly kind: 'failure'; readonly failure: Failure }
  | { readonly kind: 'superseded' };

/**
 * The load routine of a list read by cursor (document 004's users and sessions), over one `CursorSource`, as
 * `PagedQuery` is for page lists: latest wins across first pages and load-more (a new search aborts a
 * load-more still running, so a page of the old query is never appended to the new one), `inFlight` counts the
 * requests running, anything thrown becomes a `Failure`, and the handler's signal and the bloc's `ScopeGuard`
 * both abort the request.
 *
 * @example
 * const users = new CursorQuery(platformUsersSource(client), guard);
 * const outcome = await users.load({ search: '', role: null, limit: 20 }, null, emit.signal);
 */
export class CursorQuery<Query, Item> extends GuardedLoads {
  constructor(
    private readonly source: CursorSource<Query, Item>,
    guard?: ScopeGuard,
  ) {
    super(guard);
  }

  /**
   * Loads the page after `cursor` (`null`: the first page), latest wins.
   *
   * @example
   * const more = await users.load(query, page.cursor, emit.signal);
   */
  async load(query: Query, cursor: string | null, signal: AbortSignal): Promise<CursorOutcome<Item>> {
    const run = this.begin(signal);
    try {
      const page = await this.lane.track(this.source.list(query, cursor, run.signal));
      if (!run.isCurrent()) return SUPERSEDED;
      return { kind: 'page', ...page };
    } catch (error) {
      if (isAbort(error) || !run.isCurrent()) return SUPERSEDED;
      return { kind: 'failure', failure: toFailure(error) };
    }
  }
}

/**
 * Appends a page, keeping the first copy of a row the server sent twice (a row moved between two pages).
 *
 * @example
 * appendNew(page.items, outcome.items, (user) => user.id);
 */
export function appendNew<T>(items: readonly T[], more: readonly T[], id: (item: T) => string): T[] {
  const seen = new Set(items.map(id));
  const out = [...items];
  for (const item of more) {
    if (seen.has(id(item))) continue;
    seen.add(id(item));
    out.push(item);
  }
  return out;
}
