import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ContactsBloc } from '../../src/blocs/contacts/contacts-bloc.js';
import { DashboardBloc } from '../../src/blocs/dashboard/dashboard-bloc.js';
import { createRig, setupBlocBackend } from '../blocs/shared/test-support.js';
import { UserListBloc } from '../../src/blocs/user-list/user-list-bloc.js';
import type { OrgNode } from '../../src/contract/data.js';
import { DEMO_TOKENS } from '../../src/mocks/demo-tokens.js';
import { countingTimers, countSubscribers } from '../reliability/leak-counters.js';
import { BlocProvider } from '../../src/react/bloc-provider.js';
import { MultiBlocProvider } from '../../src/react/multi-bloc-provider.js';
import { useBloc } from '../../src/react/use-bloc.js';
import { useBlocState } from '../../src/react/use-bloc-state.js';

const backend = setupBlocBackend();
afterEach(cleanup);

const turn = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The shared repositories an app wires once, with the scope's stream and the timers counted. Under jsdom the
 * mock's relative routes resolve against the document's origin, so the client talks to that origin.
 */
async function counted() {
  const origin = { baseUrl: window.location.origin };
  const nodes: OrgNode[] = (await createRig(DEMO_TOKENS.admin, origin).client.data.orgNodes({ limit: 100 })).data;
  const rig = createRig(DEMO_TOKENS.admin, origin);
  rig.scope.setTree(nodes);
  rig.scope.select('org_tY2zLm');
  const scope = countSubscribers(rig.scope, 'scope$');
  const timers = countingTimers();
  return { rig, client: rig.client, scope, timers };
}

function Users() {
  const state = useBlocState(useBloc(UserListBloc));
  return <output aria-label="users">{state.status}</output>;
}
function Figures() {
  const state = useBlocState(useBloc(DashboardBloc));
  return <output aria-label="figures">{state.status}</output>;
}
function Contacts() {
  const state = useBlocState(useBloc(ContactsBloc));
  return <output aria-label="contacts">{state.status}</output>;
}

/** Waits (real event-loop turns, bounded) until every created bloc has closed. */
async function allClosed(blocs: readonly { isClosed: boolean }[]) {
  for (let i = 0; i < 200 && !blocs.every((bloc) => bloc.isClosed); i++) await turn();
  return blocs.every((bloc) => bloc.isClosed);
}

/**
 * Unmounts the providers, then expects every bloc they made closed and nothing of theirs left: no subscription to
 * the scope, no timer, no request held at the mock. The app's scope lives on; the test disposes of it last.
 */
async function expectNothingLeftAfter(
  unmount: () => void,
  made: readonly { isClosed: boolean }[],
  counters: Pick<Awaited<ReturnType<typeof counted>>, 'scope' | 'timers' | 'rig'>,
) {
  unmount();
  expect(await allClosed(made)).toBe(true);
  expect(counters.scope.open).toBe(0);
  expect(counters.timers.live).toBe(0);
  await backend.waitHeld(0);
  counters.rig.scope.dispose();
}

describe('after a provider unmounts, the bloc it created is closed and holds nothing (counted)', () => {
  it('BlocProvider create: the user list with a request in flight and a typed search waiting', async () => {
    const { client, scope, timers, rig } = await counted();
    const made: UserListBloc[] = [];
    backend.hold(() => true);
    const { unmount } = render(
      <BlocProvider
        create={() => {
          const bloc = new UserListBloc({ client, scope: scope.value, timers });
          void bloc.add({ type: 'userList/searchChanged', search: 'ha' });
          made.push(bloc);
          return bloc;
        }}
      >
        <Users />
      </BlocProvider>,
    );
    expect(screen.getByLabelText('users').textContent).toBe('loading');
    for (let i = 0; i < 200 && backend.held.length === 0; i++) await turn();
    expect(made).toHaveLength(1);
    expect(scope.open).toBe(1);
    expect(timers.live).toBe(1);
    expect(backend.held.length).toBeGreaterThan(0);

    await expectNothingLeftAfter(unmount, made, { scope, timers, rig });
  });

  it('MultiBlocProvider: user list, dashboard (listener, refresh timer armed) and contacts', async () => {
    const { client, scope, timers, rig } = await counted();
    const made: { isClosed: boolean }[] = [];
    const own = <B extends { isClosed: boolean }>(bloc: B) => {
      made.push(bloc);
      return bloc;
    };
    const { unmount } = render(
      <MultiBlocProvider
        providers={[
          <BlocProvider key="users" create={() => own(new UserListBloc({ client, scope: scope.value, timers }))} />,
          <BlocProvider key="figures" create={() => own(new DashboardBloc({ client, scope: scope.value, timers }))} />,
          <BlocProvider key="contacts" create={() => own(new ContactsBloc({ client, scope: scope.value, timers }))} />,
        ]}
      >
        <Users />
        <Figures />
        <Contacts />
      </MultiBlocProvider>,
    );
    for (let i = 0; i < 400; i++) {
      await turn();
      if (['users', 'figures', 'contacts'].every((name) => screen.getByLabelText(name).textContent === 'success'))
        break;
    }
    expect(screen.getByLabelText('figures').textContent).toBe('success');
    // The dashboard's refresh timer is armed (it has a listener); a reload in flight in the others at unmount.
    expect(timers.live).toBe(1);
    backend.hold(() => true);
    for (const bloc of made) {
      if (bloc instanceof UserListBloc) void bloc.add({ type: 'userList/reloadRequested' });
      if (bloc instanceof ContactsBloc) void bloc.add({ type: 'contacts/refreshRequested' });
    }
    for (let i = 0; i < 200 && backend.held.length < 2; i++) await turn();
    expect(made).toHaveLength(3);
    expect(scope.open).toBe(3);
    expect(backend.held).toHaveLength(2);

    await expectNothingLeftAfter(unmount, made, { scope, timers, rig });
  });
});
