import * as z from 'zod/mini';
import {
  PlatformRole,
  PlatformSession,
  PlatformStats,
  PlatformUserSummary,
  SessionStatus,
} from '../../contract/platform.js';
import { Failure } from '../shared/failure.js';
import { withLoadedOutcome, withOutcome } from '../shared/status.js';

/**
 * What the user list asks for: search text (`''`: none) and role (`null`: any).
 *
 * @example
 * const query: PlatformUsersQueryState = { search: 'haugen', role: 'admin' };
 */
export const PlatformUsersQueryState = z.object({ search: z.string(), role: z.nullable(PlatformRole) });
export type PlatformUsersQueryState = z.infer<typeof PlatformUsersQueryState>;

/**
 * The users loaded so far for one query (pages appended by load-more), the cursor of the next page and
 * whether there is one. It carries its query, so rows of two queries are never mixed.
 *
 * @example
 * state.users?.items.length; // 40 after one load-more of 20
 */
export const PlatformUsersPage = z.object({
  query: PlatformUsersQueryState,
  items: z.array(PlatformUserSummary),
  cursor: z.nullable(z.string()),
  hasMore: z.boolean(),
});
export type PlatformUsersPage = z.infer<typeof PlatformUsersPage>;

/**
 * A load-more: `loading` while the next page comes, `failure` when it failed (the rows loaded so far stay).
 *
 * @example
 * if (state.moreUsers.status === 'failure') showRetry();
 */
export const PlatformLoadMoreState = withOutcome({});
export type PlatformLoadMoreState = z.infer<typeof PlatformLoadMoreState>;

/**
 * Changes sent but not yet confirmed, by user id: shown at once (optimistic), dropped again when the server
 * refuses them (rollback).
 *
 * @example
 * state.pending['usr_bQ9vTk']; // { role: 'admin' } while the role change is in flight
 */
export const PendingPlatformUserChange = z.object({
  role: z.optional(PlatformRole),
  status: z.optional(z.literal('suspended')),
});
export type PendingPlatformUserChange = z.infer<typeof PendingPlatformUserChange>;

/**
 * The last role change or suspension the server refused, with the user it was about (the change is rolled back).
 *
 * @example
 * state.mutationFailure; // { userId: 'usr_iS7tRk', action: 'roleChange', failure: { code: 'FORBIDDEN', … } }
 */
export const PlatformUserMutationFailure = z.object({
  userId: z.string(),
  action: z.enum(['roleChange', 'suspend']),
  failure: Failure,
});
export type PlatformUserMutationFailure = z.infer<typeof PlatformUserMutationFailure>;

/**
 * Session filters of document 004; `null` is "any".
 *
 * @example
 * const filters: PlatformSessionFilters = { agentId: null, userId: 'usr_hA3mXp', status: 'active' };
 */
export const PlatformSessionFilters = z.object({
  agentId: z.nullable(z.string()),
  userId: z.nullable(z.string()),
  status: z.nullable(SessionStatus),
});
export type PlatformSessionFilters = z.infer<typeof PlatformSessionFilters>;

const PlatformSessionsPage = z.object({
  filters: PlatformSessionFilters,
  items: z.array(PlatformSession),
  cursor: z.nullable(z.string()),
  hasMore: z.boolean(),
});

/**
 * The sessions section: its own status, filters, the sessions loaded so far (cursor paging) and load-more.
 *
 * @example
 * state.sessions.results?.items.every((session) => session.status === 'active');
 */
export const PlatformSessionsSection = withLoadedOutcome(
  { filters: PlatformSessionFilters, results: z.nullable(PlatformSessionsPage), more: PlatformLoadMoreState },
  { results: PlatformSessionsPage },
);
export type PlatformSessionsSection = z.infer<typeof PlatformSessionsSection>;

/**
 * The platform stats section.
 *
 * @example
 * state.stats.stats?.users.total;
 */
export const PlatformStatsSection = withLoadedOutcome({ stats: z.nullable(PlatformStats) }, { stats: PlatformStats });
export type PlatformStatsSection = z.infer<typeof PlatformStatsSection>;

/**
 * The platform admin screen (document 004). `status` and `failure` are the user list's (the screen's main
 * part: a `success` has its `users`); `stats` and `sessions` have their own, each a union on its status too. A 403 is a failure with `forbidden`, a 401 one with `signedOut`.
 *
 * @example
 * const state: PlatformState = initialPlatformState;
 */
export const PlatformState = withLoadedOutcome(
  {
    usersQuery: PlatformUsersQueryState,
    users: z.nullable(PlatformUsersPage),
    moreUsers: PlatformLoadMoreState,
    pending: z.record(z.string(), PendingPlatformUserChange),
    mutationFailure: z.nullable(PlatformUserMutationFailure),
    stats: PlatformStatsSection,
    sessions: PlatformSessionsSection,
  },
  { users: PlatformUsersPage },
);
export type PlatformState = z.infer<typeof PlatformState>;

/**
 * No session filter set.
 *
 * @example
 * bloc.add({ type: 'platform/sessionFiltersChanged', filters: noPlatformSessionFilters });
 */
export const noPlatformSessionFilters: PlatformSessionFilters = { agentId: null, userId: null, status: null };

/**
 * Nothing loaded yet.
 *
 * @example
 * new PlatformBloc({ client }).state; // initialPlatformState
 */
export const initialPlatformState: Extract<PlatformState, { status: 'initial' | 'loading' }> = {
  status: 'initial',
  failure: null,
  usersQuery: { search: '', role: null },
  users: null,
  moreUsers: { status: 'initial', failure: null },
  pending: {},
  mutationFailure: null,
  stats: { status: 'initial', stats: null, failure: null },
  sessions: {
    status: 'initial',
    filters: noPlatformSessionFilters,
    results: null,
    more: { status: 'initial', failure: null },
    failure: null,
  },
};
