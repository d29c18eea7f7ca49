import * as z from 'zod/mini';
import { DashboardStats } from '../../contract/data.js';
import { DashboardState as DashboardSnapshot } from '../../contract/state.js';
import { withLoadedOutcome } from '../shared/status.js';

/**
 * The dashboard of one org scope: the four figures counted live for the scope's org ids (document 000
 * `dashboard-stats`), the server's snapshot (document 001) with its `refreshedAt`, and when the figures were
 * last read (`loadedAt`, the client's clock); a `success` has all three. While reloading, `status` is `loading` and the previous
 * figures stay; on a new scope they are cleared, so no figure of the old scope is ever shown under the new.
 *
 * @example
 * const state: DashboardBlocState = initialDashboardState;
 */
export const DashboardBlocState = withLoadedOutcome(
  {
    /** The scope the figures belong to (`OrgScope.key`). */
    scopeKey: z.nullable(z.string()),
    stats: z.nullable(DashboardStats),
    snapshot: z.nullable(DashboardSnapshot),
    /** When the server last recounted its snapshot. */
    refreshedAt: z.nullable(z.string()),
    /** When the figures were last read, in epoch ms of the injected clock. */
    loadedAt: z.nullable(z.number()),
  },
  { stats: DashboardStats, snapshot: DashboardSnapshot, loadedAt: z.number() },
);
export type DashboardBlocState = z.infer<typeof DashboardBlocState>;

/**
 * No scope yet, no figures.
 *
 * @example
 * new DashboardBloc({ client, scope }).state; // initialDashboardState (until a scope arrives)
 */
export const initialDashboardState: Extract<DashboardBlocState, { status: 'initial' | 'loading' }> = {
  status: 'initial',
  scopeKey: null,
  stats: null,
  snapshot: null,
  refreshedAt: null,
  loadedAt: null,
  failure: null,
};
