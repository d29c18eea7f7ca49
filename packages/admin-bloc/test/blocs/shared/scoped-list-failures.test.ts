import { describe, expect, it } from 'vitest';
import type { AdminClient } from '../../../src/api/create-admin-client.js';
import { ActivityLogBloc } from '../../../src/blocs/activity-log/activity-log-bloc.js';
import { selectActivityLogForbidden } from '../../../src/blocs/activity-log/activity-log-selectors.js';
import { ContactsBloc } from '../../../src/blocs/contacts/contacts-bloc.js';
import { selectContactsForbidden } from '../../../src/blocs/contacts/contacts-selectors.js';
import { PeerMentorsBloc } from '../../../src/blocs/peer-mentors/peer-mentors-bloc.js';
import { selectPeerMentorsForbidden } from '../../../src/blocs/peer-mentors/peer-mentors-selectors.js';
import type { Failure } from '../../../src/blocs/shared/failure.js';
import type { FaultConfig } from '../../../src/mocks/faults.js';
import { DEMO_TOKENS } from '../../../src/mocks/demo-tokens.js';
import type { OrgScopeRepository } from '../../../src/repositories/org-scope-repository.js';
import type { SessionRepository } from '../../../src/repositories/session-repository.js';
import { createScopedRig, manualTimers, NORD, settled, setupBlocBackend, testClient } from './test-support.js';

// How a list of the org scope fails, the same for the activity log, contacts and peer mentors (each loads its
// list for the selected org as soon as the scope is known): a scope outside the admin's reach is forbidden, an
// expired token with no session to end is a signed-out failure, and a failed refresh keeps the page on screen.

const backend = setupBlocBackend();

/** What the cases need of a scoped list, whatever its events and state are called. */
interface ScopedList {
  /** The list's endpoint, as the mock's fault switches name it. */
  readonly endpoint: string;
  /** The org the list is opened at (peer mentors: the directory of the whole tree). */
  readonly home: string | null;
  /** The bloc as its screen creates it (the activity log is also given the session, to sign out on a 401). */
  open(options: { client: AdminClient; scope: OrgScopeRepository; session?: SessionRepository }): ListBloc;
  readonly refresh: { type: string };
  /** The screen's "you may not see this" message shows. */
  isForbidden(state: ListState): boolean;
}

interface ListState {
  readonly status: string;
  readonly failure: Failure | null;
  readonly results: unknown;
}

interface ListBloc {
  readonly state: ListState;
  readonly state$: import('rxjs').Observable<ListState>;
  add(event: { type: string }): Promise<void>;
  close(): Promise<void>;
}

const LISTS: Record<string, ScopedList> = {
  ActivityLogBloc: {
    endpoint: 'data.activityLog',
    home: NORD,
    open: (options) => new ActivityLogBloc(options),
    refresh: { type: 'activityLog/refreshRequested' },
    isForbidden: (state) => selectActivityLogForbidden(state as ActivityLogBloc['state']),
  },
  ContactsBloc: {
    endpoint: 'contacts.list',
    home: NORD,
    open: ({ client, scope }) => new ContactsBloc({ client, scope, timers: manualTimers(), searchDebounceMs: 300 }),
    refresh: { type: 'contacts/refreshRequested' },
    isForbidden: (state) => selectContactsForbidden(state as ContactsBloc['state']),
  },
  PeerMentorsBloc: {
    endpoint: 'peerMentors.list',
    home: null,
    open: ({ client, scope }) => new PeerMentorsBloc({ client, scope, timers: manualTimers(), searchDebounceMs: 300 }),
    refresh: { type: 'peerMentors/refreshRequested' },
    isForbidden: (state) => selectPeerMentorsForbidden(state as PeerMentorsBloc['state']),
  },
};

describe.each(Object.entries(LISTS))('%s: failures of the list', (_name, list) => {
  it('an org outside the admin’s scope is forbidden', async () => {
    const rig = await createScopedRig(null, DEMO_TOKENS.scopedAdmin);
    const bloc = list.open(rig);
    const state = await settled(bloc);
    expect(state).toMatchObject({ status: 'failure', failure: { code: 'FORBIDDEN', forbidden: true } });
    expect(list.isForbidden(state)).toBe(true);
    await bloc.close();
  });

  it('a 401 without a session to sign out is a signed-out failure', async () => {
    const { scope } = await createScopedRig(list.home);
    const bloc = list.open({ client: testClient({ token: 'expired' }), scope });
    expect(await settled(bloc)).toMatchObject({
      status: 'failure',
      failure: { code: 'UNAUTHORIZED', signedOut: true },
    });
    await bloc.close();
  });

  it.each<[how: string, code: string, fault: (endpoint: string) => FaultConfig]>([
    ['answered 500', 'INTERNAL_ERROR', (endpoint) => ({ fail: { [endpoint]: 500 } })],
    ['answered 404', 'NOT_FOUND', (endpoint) => ({ fail: { [endpoint]: 404 } })],
    ['answered against the contract', 'INVALID_RESPONSE', (endpoint) => ({ contractBreak: [endpoint] })],
  ])('a refresh %s gives a %s failure and keeps the page', async (_how, code, fault) => {
    const rig = await createScopedRig(list.home);
    const bloc = list.open(rig);
    const loaded = await settled(bloc);
    backend.faults.set(fault(list.endpoint));
    await bloc.add(list.refresh);
    expect(bloc.state).toMatchObject({ status: 'failure', failure: { code } });
    expect(bloc.state.results).toBe(loaded.results);
    await bloc.close();
  });
});
