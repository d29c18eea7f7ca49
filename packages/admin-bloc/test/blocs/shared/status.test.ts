import { describe, expect, expectTypeOf, it } from 'vitest';
import type { ActivityLogState } from '../../../src/blocs/activity-log/activity-log-state.js';
import type { AuditLogState } from '../../../src/blocs/audit-log/audit-log-state.js';
import type { ContactsState } from '../../../src/blocs/contacts/contacts-state.js';
import type { OrganizationsState } from '../../../src/blocs/organizations/organizations-state.js';
import type { PeerMentorsState } from '../../../src/blocs/peer-mentors/peer-mentors-state.js';
import { type Failure, failureOf } from '../../../src/blocs/shared/failure.js';
import { withOutcome } from '../../../src/blocs/shared/status.js';
import { initialUserListState, type UserListState } from '../../../src/blocs/user-list/user-list-state.js';
import type { EditState } from '../../../src/blocs/record-editing.js';
import type { DashboardBlocState } from '../../../src/blocs/dashboard/dashboard-state.js';
import type { OrgTreeState } from '../../../src/blocs/org-tree/org-tree-state.js';
import type { PlatformState } from '../../../src/blocs/platform/platform-state.js';
import type { SelectedOrgState } from '../../../src/blocs/selected-org/selected-org-state.js';
import type { SessionState } from '../../../src/blocs/session/session-state.js';
import type { AdminUser } from '../../../src/contract/admin.js';
import type { DashboardStats } from '../../../src/contract/data.js';
import type { PlatformStats } from '../../../src/contract/platform.js';
import type { SessionRole } from '../../../src/repositories/session-repository.js';

/** The type of `failure` in the variants of `State` whose status may be `Status`. */
type FailureOf<State extends { status: string; failure: unknown }, Status extends string> = State extends unknown
  ? Status extends State['status']
    ? State['failure']
    : never
  : never;

describe('list states: the status decides whether there is a failure', () => {
  it('failure is a Failure when status is failure, and null otherwise (for the types)', () => {
    expectTypeOf<FailureOf<UserListState, 'failure'>>().toEqualTypeOf<Failure>();
    expectTypeOf<FailureOf<UserListState, 'success'>>().toEqualTypeOf<null>();
    expectTypeOf<FailureOf<ContactsState, 'failure'>>().toEqualTypeOf<Failure>();
    expectTypeOf<FailureOf<PeerMentorsState, 'loading'>>().toEqualTypeOf<null>();
    expectTypeOf<FailureOf<ActivityLogState, 'failure'>>().toEqualTypeOf<Failure>();
    expectTypeOf<FailureOf<AuditLogState, 'initial'>>().toEqualTypeOf<null>();
    expectTypeOf<FailureOf<OrganizationsState, 'failure'>>().toEqualTypeOf<Failure>();
    const state = { ...initialUserListState, status: 'failure', failure: failureOf('TIMEOUT') } as UserListState;
    // Narrowed by the status: no `?.` needed.
    if (state.status === 'failure') expect(state.failure.code).toBe('TIMEOUT');
  });

  it('the schema refuses a success that still carries a failure, and a failure without one', () => {
    const State = withOutcome({});
    expect(State.safeParse({ status: 'success', failure: null }).success).toBe(true);
    expect(State.safeParse({ status: 'failure', failure: failureOf('NOT_FOUND') }).success).toBe(true);
    expect(State.safeParse({ status: 'success', failure: failureOf('NOT_FOUND') }).success).toBe(false);
    expect(State.safeParse({ status: 'failure', failure: null }).success).toBe(false);
  });

  it('the other blocs: failure narrows to a Failure, and success to the data it loaded (for the types)', () => {
    expectTypeOf<FailureOf<DashboardBlocState, 'failure'>>().toEqualTypeOf<Failure>();
    expectTypeOf<FailureOf<DashboardBlocState, 'success'>>().toEqualTypeOf<null>();
    expectTypeOf<Extract<DashboardBlocState, { status: 'success' }>['stats']>().toEqualTypeOf<DashboardStats>();
    expectTypeOf<Extract<DashboardBlocState, { status: 'success' }>['loadedAt']>().toEqualTypeOf<number>();
    expectTypeOf<
      Extract<DashboardBlocState, { status: 'initial' | 'loading' }>['stats']
    >().toEqualTypeOf<DashboardStats | null>();
    expectTypeOf<FailureOf<OrgTreeState, 'failure'>>().toEqualTypeOf<Failure>();
    expectTypeOf<FailureOf<OrgTreeState, 'success'>>().toEqualTypeOf<null>();
    expectTypeOf<FailureOf<SessionState, 'failure'>>().toEqualTypeOf<Failure>();
    expectTypeOf<Extract<SessionState, { status: 'success' }>['admin']>().toEqualTypeOf<AdminUser>();
    expectTypeOf<Extract<SessionState, { status: 'success' }>['role']>().toEqualTypeOf<SessionRole>();
    expectTypeOf<FailureOf<PlatformState, 'failure'>>().toEqualTypeOf<Failure>();
    expectTypeOf<Extract<PlatformState, { status: 'success' }>['users']>().not.toBeNullable();
    expectTypeOf<FailureOf<PlatformState['stats'], 'failure'>>().toEqualTypeOf<Failure>();
    expectTypeOf<Extract<PlatformState['stats'], { status: 'success' }>['stats']>().toEqualTypeOf<PlatformStats>();
    expectTypeOf<Extract<PlatformState['sessions'], { status: 'success' }>['results']>().not.toBeNullable();
    expectTypeOf<FailureOf<EditState, 'failure'>>().toEqualTypeOf<Failure>();
    expectTypeOf<FailureOf<EditState, 'success'>>().toEqualTypeOf<null>();
    // The selected org's status is its restore's: a refused choice keeps its failure beside any status.
    expectTypeOf<FailureOf<SelectedOrgState, 'failure'>>().toEqualTypeOf<Failure>();
    expectTypeOf<Extract<SelectedOrgState, { status: 'success' }>['adminId']>().toEqualTypeOf<string>();
  });
});
