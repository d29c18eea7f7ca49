import type { PlatformUserSummary } from '../../contract/platform.js';
import type { PlatformState } from './platform-state.js';

/**
 * The users on screen: the server's rows with the changes still in flight laid over them (optimistic).
 *
 * @example
 * selectPlatformUsers(state).find((user) => user.id === 'usr_bQ9vTk')?.role; // 'admin' right after the change
 */
export function selectPlatformUsers(state: PlatformState): readonly PlatformUserSummary[] {
  const items = state.users?.items ?? [];
  if (Object.keys(state.pending).length === 0) return items;
  return items.map((user) => {
    const change = state.pending[user.id];
    return change ? { ...user, ...change } : user;
  });
}

/**
 * Whether a "load more" button makes sense now: the list loaded, more exists, none is loading.
 *
 * @example
 * <button disabled={!selectCanLoadMoreUsers(state)}>More</button>
 */
export function selectCanLoadMoreUsers(state: PlatformState): boolean {
  return state.status === 'success' && state.users?.hasMore === true && state.moreUsers.status !== 'loading';
}

/**
 * Whether a change of this user waits for the server (show a spinner on the row, disable its menu).
 *
 * @example
 * selectIsUserPending(state, 'usr_bQ9vTk');
 */
export function selectIsUserPending(state: PlatformState, userId: string): boolean {
  return state.pending[userId] !== undefined;
}

/**
 * Whether more sessions can be loaded now.
 *
 * @example
 * selectCanLoadMoreSessions(state);
 */
export function selectCanLoadMoreSessions(state: PlatformState): boolean {
  const { sessions } = state;
  return sessions.status === 'success' && sessions.results?.hasMore === true && sessions.more.status !== 'loading';
}

/**
 * Whether this admin may not administer the platform (a 403 on users, stats or sessions).
 *
 * @example
 * if (selectPlatformForbidden(state)) return <NoAccess />;
 */
export function selectPlatformForbidden(state: PlatformState): boolean {
  return (
    state.failure?.forbidden === true ||
    state.stats.failure?.forbidden === true ||
    state.sessions.failure?.forbidden === true
  );
}
