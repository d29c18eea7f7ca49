/**
 * admin-bloc — the headless entry: BLoC core, REST contract, typed client, repositories and blocs.
 * It never imports React, `window` or `document`.
 *
 * The public API is the lists below and the lists of the layers' index files re-exported whole here (core, api,
 * contract, repositories), not everything the layers hold: helpers the blocs share among themselves (cancellation,
 * debouncing, stream following), the client's transport and the contract's building blocks stay inside the package.
 * Each group says why it is exported (a comment line starting `Why:`, here or in the layer's index file, covering the
 * export statements below it up to the next blank line); docs/exports.md prints it beside every export that is not
 * a bloc, a state, an event, a client call, a mock or a test helper (`node scripts/release/exports.mjs --write`,
 * checked by `--check`).
 */

// Why: the BLoC core. The package's blocs are built on it, and consumers build their own blocs and cubits with it:
// base classes, the emitter, transformers, observers, hydration and replay (Dart's bloc, bloc_concurrency,
// hydrated_bloc and replay_bloc).
export * from './core/index.js';

// The client: createAdminClient, its options, the named interfaces of the client and its groups (what a hover or
// an error shows), the argument types of its calls and its one error type.
export * from './api/index.js';

// The REST contract: every schema (value and type) and the endpoint definitions; why, in contract/index.ts.
export * from './contract/index.js';

// What the blocs depend on: the repositories, the state storage's keys and the paged list sources; why, in
// repositories/index.ts.
export * from './repositories/index.js';

// The admin blocs and their events. Why (for the options): each bloc's constructor takes its options, and a
// consumer that creates a bloc spells them out.
export {
  ActivityLogBloc,
  type ActivityLogBlocOptions,
  type ActivityLogEvent,
  AuditLogBloc,
  type AuditLogBlocOptions,
  type AuditLogEvent,
  ContactsBloc,
  type ContactsBlocOptions,
  type ContactsEvent,
  DashboardBloc,
  type DashboardBlocOptions,
  type DashboardEvent,
  OrganizationsBloc,
  type OrganizationsBlocOptions,
  type OrganizationsEvent,
  OrgTreeBloc,
  type OrgTreeBlocOptions,
  type OrgTreeEvent,
  PeerMentorsBloc,
  type PeerMentorsBlocOptions,
  type PeerMentorsEvent,
  PlatformBloc,
  type PlatformBlocOptions,
  type PlatformEvent,
  SelectedOrgBloc,
  type SelectedOrgBlocOptions,
  type SelectedOrgEvent,
  SessionBloc,
  type SessionBlocOptions,
  type SessionEvent,
  UserImportBloc,
  type UserImportBlocOptions,
  type UserImportEvent,
  UserListBloc,
  type UserListBlocOptions,
  type UserListEvent,
} from './blocs/index.js';

// The blocs' states and the parts they are made of (failures, statuses, edits), as types: nothing outside the blocs
// parses a state (UserSort stays a schema: its options are the sort choices a view offers). Why (for the parts and
// the initial states): a view or a test builds and reads states with them.
export {
  type ActivityLogFilters,
  type ActivityLogPage,
  type ActivityLogQueryState,
  type ActivityLogState,
  type AuditLogFilters,
  type AuditLogPage,
  type AuditLogQueryState,
  type AuditLogState,
  type AuditLogTextFilter,
  type AuditLogTypedFilters,
  type BulkInsertJob,
  type BulkInsertRow,
  type BulkStatusChange,
  type ContactDetail,
  type ContactRow,
  type ContactsPage,
  type ContactsQuery,
  type ContactsState,
  type DashboardBlocState,
  type EditState,
  type Failure,
  type FailureCode,
  failureOf,
  type FieldErrors,
  initialActivityLogState,
  initialAuditLogState,
  initialContactsState,
  initialDashboardState,
  initialEditState,
  initialOrganizationsState,
  initialOrgTreeState,
  initialPeerMentorsState,
  initialPlatformState,
  initialSelectedOrgState,
  initialSessionState,
  initialUserImportState,
  initialUserListState,
  noActivityLogFilters,
  noAuditLogFilters,
  noPlatformSessionFilters,
  noTypedAuditLogFilters,
  type OrganizationsPage,
  type OrganizationsQuery,
  type OrganizationsState,
  type OrgTreeState,
  type PeerMentorRow,
  type PeerMentorsPage,
  type PeerMentorsQuery,
  type PeerMentorsState,
  type PendingPlatformUserChange,
  type PendingUserChange,
  type PlatformLoadMoreState,
  type PlatformSessionFilters,
  type PlatformSessionsSection,
  type PlatformState,
  type PlatformStatsSection,
  type PlatformUserMutationFailure,
  type PlatformUsersPage,
  type PlatformUsersQueryState,
  type SelectedOrgState,
  type SessionState,
  type Status,
  type Timers,
  toFailure,
  type UserChangeFailure,
  type UserFilters,
  type UserImportState,
  type UserListQuery,
  type UserListState,
  type UserSelection,
  UserSort,
} from './blocs/index.js';

// Why: the clock every bloc schedules with unless its options pass another (a test's fake timers, a worker's).
export { systemTimers } from './blocs/index.js';

// Why: selectors derive what a view shows from a state (page counts, visible rows, permissions), so every view and
// every frontend derives it the same way instead of storing it.
export {
  selectActiveActivityFilterCount,
  selectActiveAuditFilterCount,
  selectActivities,
  selectActivityLogForbidden,
  selectActivityPageCount,
  selectAuditEntries,
  selectAuditLogForbidden,
  selectAuditPageCount,
  selectAvailablePeerMentors,
  selectBulkInsertProgress,
  selectCanDeleteUsers,
  selectCanLoadMoreSessions,
  selectCanLoadMoreUsers,
  selectContactFieldError,
  selectContactRows,
  selectContactsForbidden,
  selectContactsPageCount,
  selectDashboardCards,
  selectFilterKey,
  selectHasActiveFilters,
  selectIsAuthenticated,
  selectIsContactSearch,
  selectIsForbidden,
  selectIsReloading,
  selectIsSuperAdmin,
  selectIsUserPending,
  selectIsUserSelected,
  selectOrganizations,
  selectOrganizationsForbidden,
  selectOrganizationsPageCount,
  selectOrganizationsStale,
  selectOrgNode,
  selectOrgSearchHits,
  selectOrgTree,
  selectPageCount,
  selectPeerMentorRows,
  selectPeerMentorsForbidden,
  selectPeerMentorsPageCount,
  selectPlatformForbidden,
  selectPlatformUsers,
  selectSelectedCount,
  selectSessionExpired,
  selectSnapshotMatchesScope,
  selectUndoableDeletes,
  selectVisibleOrgTree,
  selectVisibleUsers,
} from './blocs/index.js';
