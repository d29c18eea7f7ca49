// Explicit export list of the blocs layer, re-exported by the package's headless entry.
export {
  Failure,
  FailureCode,
  failureOf,
  foldSearchText,
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
