// Explicit export list of the blocs layer, re-exported by the package's headless entry.

export { SessionBloc, type SessionBlocOptions } from './session/session-bloc.js';
export type { SessionEvent } from './session/session-event.js';
export {
  selectIsAuthenticated,
  selectIsForbidden,
  selectIsSuperAdmin,
  selectSessionExpired,
} from './session/session-selectors.js';
export { initialSessionState, SessionRole, SessionState } from './session/session-state.js';
export {
  Failure,
  FailureCode,
  type FollowTarget,
  failureOf,
  foldSearchText,
  followStream,
  isAbort,
  isLoading,
  Latest,
  type LatestRun,
  matchesSearchText,
  Status,
  systemTimers,
  type Timers,
  toFailure,
} from './shared/index.js';
