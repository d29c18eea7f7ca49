import { describe, expect, expectTypeOf, it } from 'vitest';
import type { ActivityLogState } from '../../../src/blocs/activity-log/activity-log-state.js';
import type { AuditLogState } from '../../../src/blocs/audit-log/audit-log-state.js';
import type { ContactsState } from '../../../src/blocs/contacts/contacts-state.js';
import type { OrganizationsState } from '../../../src/blocs/organizations/organizations-state.js';
import type { PeerMentorsState } from '../../../src/blocs/peer-mentors/peer-mentors-state.js';
import { type Failure, failureOf } from '../../../src/blocs/shared/failure.js';
import { withOutcome } from '../../../src/blocs/shared/status.js';
import { initialUserListState, type UserListState } from '../../../src/blocs/user-list/user-list-state.js';

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
});
