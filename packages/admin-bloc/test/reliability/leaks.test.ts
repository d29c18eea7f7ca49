import { describe, expect, it } from 'vitest';
import type { AdminClient } from '../../src/api/create-admin-client.js';
import { ActivityLogBloc } from '../../src/blocs/activity-log/activity-log-bloc.js';
import { AuditLogBloc } from '../../src/blocs/audit-log/audit-log-bloc.js';
import { ContactsBloc } from '../../src/blocs/contacts/contacts-bloc.js';
import { DashboardBloc } from '../../src/blocs/dashboard/dashboard-bloc.js';
import { OrgTreeBloc } from '../../src/blocs/org-tree/org-tree-bloc.js';
import { OrganizationsBloc } from '../../src/blocs/organizations/organizations-bloc.js';
import { PeerMentorsBloc } from '../../src/blocs/peer-mentors/peer-mentors-bloc.js';
import { PlatformBloc } from '../../src/blocs/platform/platform-bloc.js';
import { SelectedOrgBloc } from '../../src/blocs/selected-org/selected-org-bloc.js';
import { SessionBloc } from '../../src/blocs/session/session-bloc.js';
import { createRig, setupBlocBackend, testClient } from '../blocs/shared/test-support.js';
import { UserListBloc } from '../../src/blocs/user-list/user-list-bloc.js';
import type { OrgNode } from '../../src/contract/data.js';
import { DEMO_TOKENS } from '../../src/mocks/demo-tokens.js';
import { DEMO_TENANT } from '../../src/mocks/handlers/platform.js';
import type { OrgScopeRepository } from '../../src/repositories/org-scope-repository.js';
import type { SessionRepository } from '../../src/repositories/session-repository.js';
import { countingTimers, countSubscribers } from './leak-counters.js';

const backend = setupBlocBackend();
const NORD = 'org_tY2zLm';

interface Deps {
  client: AdminClient;
  platformClient: AdminClient;
  scope: OrgScopeRepository;
  session: SessionRepository;
  timers: ReturnType<typeof countingTimers>;
}
interface Closable {
  close(): Promise<void>;
  readonly isClosed: boolean;
}

/** What a list of the org scope is built on (no session: it follows the scope). */
const listDeps = (d: Deps) => ({ client: d.client, scope: d.scope, timers: d.timers });

/** `bloc` after the events its screen sends when it opens, not awaited: what they start is what is counted. */
function sent<Event, Bloc extends Closable & { add(event: Event): Promise<void> }>(
  bloc: Bloc,
  ...events: NoInfer<Event>[]
): Bloc {
  for (const event of events) void bloc.add(event);
  return bloc;
}

/**
 * Every bloc of `src/blocs/index.ts`, built on counting repositories and timers, and brought to a point where it
 * holds something: a request in flight (held at the mock) and, where the bloc has one, a timer waiting (a typed
 * search's debounce, an undo window, the dashboard's refresh).
 */
const BLOCS: [name: string, timer: boolean, start: (deps: Deps) => Closable][] = [
  ['ActivityLogBloc', false, (d) => new ActivityLogBloc({ client: d.client, scope: d.scope })],
  [
    'AuditLogBloc',
    false,
    (d) => sent(new AuditLogBloc({ client: d.client, session: d.session }), { type: 'auditLog/opened' }),
  ],
  [
    'ContactsBloc',
    true,
    (d) => sent(new ContactsBloc(listDeps(d)), { type: 'contacts/searchChanged', search: 'haugen' }),
  ],
  // Its refresh timer is armed once figures have loaded: the dashboard test below holds one.
  ['DashboardBloc', false, (d) => new DashboardBloc(listDeps(d))],
  ['OrgTreeBloc', false, (d) => new OrgTreeBloc({ client: d.client, session: d.session, scope: d.scope })],
  [
    'OrganizationsBloc',
    true,
    (d) =>
      sent(
        new OrganizationsBloc({ client: d.client, session: d.session, timers: d.timers }),
        { type: 'organizations/opened' },
        { type: 'organizations/searchChanged', search: 'rogaland' },
      ),
  ],
  [
    'PeerMentorsBloc',
    true,
    (d) => sent(new PeerMentorsBloc(listDeps(d)), { type: 'peerMentors/searchChanged', search: 'sen' }),
  ],
  [
    'PlatformBloc',
    true,
    (d) =>
      sent(
        new PlatformBloc({ client: d.platformClient, session: d.session, timers: d.timers }),
        { type: 'platform/usersRequested' },
        { type: 'platform/userSearchChanged', search: 'astrid' },
      ),
  ],
  ['SelectedOrgBloc', false, (d) => new SelectedOrgBloc({ client: d.client, session: d.session, scope: d.scope })],
  ['SessionBloc', false, (d) => new SessionBloc({ client: d.client, session: d.session, scope: d.scope })],
  ['UserListBloc', true, (d) => sent(new UserListBloc(listDeps(d)), { type: 'userList/searchChanged', search: 'ha' })],
];

const turn = () => new Promise((resolve) => setImmediate(resolve));

async function counted() {
  const nodes: OrgNode[] = (await createRig().client.data.orgNodes({ limit: 100 })).data;
  const rig = createRig(DEMO_TOKENS.admin);
  rig.scope.setTree(nodes);
  rig.scope.select(NORD);
  const scope = countSubscribers(rig.scope, 'scope$');
  const session = countSubscribers(rig.session, 'auth$');
  const timers = countingTimers();
  const deps: Deps = {
    client: rig.client,
    platformClient: testClient({ token: rig.session.tokenSource, tenant: DEMO_TENANT }),
    scope: scope.value,
    session: session.value,
    timers,
  };
  return { deps, scope, session, timers, rig };
}

describe('after close() no subscription, timer or request of a bloc remains (counted at the streams, the timers and the mock)', () => {
  it.each(BLOCS)('%s', async (_name, hasTimer, start) => {
    const { deps, scope, session, timers, rig } = await counted();
    // Every request waits at the mock, so some are in flight when the bloc closes.
    backend.hold(() => true);
    const bloc = start(deps);
    for (let i = 0; i < 200 && backend.held.length === 0; i++) await turn();
    for (let i = 0; i < 20; i++) await turn();

    const streams = () => scope.open + session.open;
    expect(streams(), 'subscriptions before close').toBeGreaterThan(0);
    expect(backend.held.length, 'requests in flight before close').toBeGreaterThan(0);
    if (hasTimer) expect(timers.live, 'timers waiting before close').toBeGreaterThan(0);

    await bloc.close();
    expect(bloc.isClosed).toBe(true);
    expect(streams(), 'subscriptions after close').toBe(0);
    expect(timers.live, 'timers after close').toBe(0);
    await backend.waitHeld(0);
    expect(backend.held).toHaveLength(0);
    expect(backend.seen.filter((request) => request.outcome === 'held')).toEqual([]);
    // The repositories live on for the rest of the app: their own streams still work.
    expect(rig.scope.current?.selectedOrgId).toBe(NORD);
    rig.scope.dispose();
  });

  it('the dashboard with a listener and its refresh timer armed', async () => {
    const { deps, scope, timers, rig } = await counted();
    const bloc = new DashboardBloc({ client: deps.client, scope: deps.scope, timers: deps.timers });
    for (let i = 0; i < 200 && bloc.state.status !== 'success'; i++) await turn();
    expect(bloc.state.status).toBe('success');
    // The refresh runs only while someone shows the dashboard.
    const off = bloc.subscribe(() => undefined);
    expect(timers.live).toBe(1);
    expect(scope.open).toBe(1);

    await bloc.close();
    expect(scope.open).toBe(0);
    expect(timers.live).toBe(0);
    off();
    timers.advance(120_000);
    expect(backend.held).toHaveLength(0);
    expect(timers.set).toBe(1);
    rig.scope.dispose();
  });

  it('the user list with a delete waiting out its undo window and a status change in flight', async () => {
    const { deps, scope, timers, rig } = await counted();
    const bloc = new UserListBloc({ client: deps.client, scope: deps.scope, timers: deps.timers });
    for (let i = 0; i < 200 && bloc.state.status !== 'success'; i++) await turn();
    const [first, second] = bloc.state.users;
    if (!first || !second) throw new Error('no users loaded');
    backend.hold(() => true);
    await bloc.add({ type: 'userList/userDeleted', userId: first.user_id });
    void bloc.add({
      type: 'userList/userStatusChanged',
      userId: second.user_id,
      status: second.status === 'active' ? 'inactive' : 'active',
    });
    await backend.waitHeld(1);
    expect(timers.live).toBe(1);
    expect(scope.open).toBe(1);

    await bloc.close();
    expect(scope.open).toBe(0);
    expect(timers.live).toBe(0);
    await backend.waitHeld(0);
    // The undo window never ran out into a delete: the person is still there.
    expect(backend.db.people.has(first.user_id)).toBe(true);
    rig.scope.dispose();
  });
});
