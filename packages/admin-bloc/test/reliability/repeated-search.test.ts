import { describe, expect, it } from 'vitest';
import { DEMO_TENANT } from '../../src/mocks/handlers/platform.js';
import { ContactsBloc } from '../../src/blocs/contacts/contacts-bloc.js';
import { OrganizationsBloc } from '../../src/blocs/organizations/organizations-bloc.js';
import { PeerMentorsBloc } from '../../src/blocs/peer-mentors/peer-mentors-bloc.js';
import { PlatformBloc } from '../../src/blocs/platform/platform-bloc.js';
import { createScopedRig, manualTimers, setupBlocBackend, testClient } from '../blocs/shared/test-support.js';
import { UserListBloc } from '../../src/blocs/user-list/user-list-bloc.js';

/**
 * Regression cases of the user-list race property (seeds -121493193 path 34:1:3:4:3:3 and 1781976092 path
 * 27:3:4:11:6): typing the text already applied, pausing, while that text's load is still running, restarted
 * the search handler, which aborted the load and then, seeing nothing new, loaded nothing: the list stayed
 * "loading" for good. The same sequence runs here against every bloc with a debounced search.
 */
const backend = setupBlocBackend();
const turn = () => new Promise((resolve) => setImmediate(resolve));

interface AnyBloc {
  readonly state: { readonly status: string };
  close(): Promise<void>;
}
interface Subject {
  bloc: AnyBloc;
  timers: ReturnType<typeof manualTimers>;
  search: (text: string) => Promise<void>;
}

/** What the scoped lists are built on: the whole tree as the demo admin's scope, a 300 ms search debounce. */
async function scopedOptions() {
  const { client, scope } = await createScopedRig(null);
  return { client, scope, timers: manualTimers(), searchDebounceMs: 300 };
}

/** A scoped search list as its screen builds it, and how its search box sends a search. */
async function scopedList<Bloc extends AnyBloc>(
  build: (options: Awaited<ReturnType<typeof scopedOptions>>) => Bloc,
  send: (bloc: Bloc, search: string) => Promise<void>,
): Promise<Subject> {
  const options = await scopedOptions();
  const bloc = build(options);
  return { bloc, timers: options.timers, search: (search) => send(bloc, search) };
}

const SUBJECTS: Record<string, () => Promise<Subject>> = {
  UserListBloc: () =>
    scopedList(
      (options) => new UserListBloc(options),
      (bloc, search) => bloc.add({ type: 'userList/searchChanged', search }),
    ),
  ContactsBloc: () =>
    scopedList(
      (options) => new ContactsBloc(options),
      (bloc, search) => bloc.add({ type: 'contacts/searchChanged', search }),
    ),
  PeerMentorsBloc: () =>
    scopedList(
      (options) => new PeerMentorsBloc(options),
      (bloc, search) => bloc.add({ type: 'peerMentors/searchChanged', search }),
    ),
  OrganizationsBloc: async () => {
    const timers = manualTimers();
    const bloc = new OrganizationsBloc({ client: testClient(), timers, searchDebounceMs: 300 });
    void bloc.add({ type: 'organizations/opened' });
    return { bloc, timers, search: (search) => bloc.add({ type: 'organizations/searchChanged', search }) };
  },
  PlatformBloc: async () => {
    const timers = manualTimers();
    const bloc = new PlatformBloc({ client: testClient({ tenant: DEMO_TENANT }), timers, searchDebounceMs: 300 });
    void bloc.add({ type: 'platform/usersRequested' });
    return { bloc, timers, search: (search) => bloc.add({ type: 'platform/userSearchChanged', search }) };
  },
};

/** Lets requests reach the gate and answers land (event-loop turns, no timers). */
async function quiet() {
  for (let i = 0; i < 50; i++) await turn();
}

/** Releases every held request until nothing is held and the bloc no longer loads. */
async function drain(bloc: AnyBloc) {
  for (let i = 0; i < 500; i++) {
    for (const request of [...backend.held]) request.release();
    await turn();
    if (backend.held.length === 0 && bloc.state.status !== 'loading') return;
  }
}

const lastListRequestHas = (text: string) =>
  backend.seen
    .filter((request) => request.method === 'GET')
    .some((request) => [...request.url.searchParams.values()].includes(text));

describe('the same search text again while its load runs: the list still finishes loading', () => {
  for (const [name, create] of Object.entries(SUBJECTS)) {
    it(`${name}: type, pause (load starts), type the same text, pause, answer`, async () => {
      const { bloc, timers, search } = await create();
      await drain(bloc);
      expect(bloc.state.status).toBe('success');
      backend.hold((request) => request.method === 'GET');
      void search('sen');
      timers.advance(300);
      await backend.waitHeld(1);
      void search('sen');
      timers.advance(300);
      await quiet();
      await drain(bloc);
      expect(bloc.state.status).toBe('success');
      expect(backend.held).toEqual([]);
      expect(lastListRequestHas('sen')).toBe(true);
      await bloc.close();
    });

    it(`${name}: the same text typed again is answered while its debounce is still pending`, async () => {
      const { bloc, timers, search } = await create();
      await drain(bloc);
      backend.hold((request) => request.method === 'GET');
      void search('ha');
      timers.advance(300);
      await backend.waitHeld(1);
      void search('ha');
      // The answer is released, and the pause ends before it lands.
      for (const request of [...backend.held]) request.release();
      timers.advance(300);
      await quiet();
      await drain(bloc);
      expect(bloc.state.status).toBe('success');
      expect(backend.held).toEqual([]);
      await bloc.close();
    });
  }
});
