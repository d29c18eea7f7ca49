// What every bloc shares: status, failures, latest-wins runs, timers and search text folding.
export { debouncedOn } from './debounce.js';
export { Failure, FailureCode, failureOf, isAbort, toFailure } from './failure.js';
export { type FollowTarget, followStream } from './follow.js';
export { LatestWins, type LatestRun, type PagedOutcome, PagedQuery } from './paged-query.js';
export { type AuthSource, ScopeGuard } from './scope-guard.js';
export { isLoading, Status } from './status.js';
export { foldSearchText, matchesSearchText } from './text.js';
export { systemTimers, type Timers } from './timers.js';
