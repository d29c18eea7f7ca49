import type { Observable } from 'rxjs';
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
import type { Failure } from '../../src/blocs/shared/failure.js';
import type { manualTimers } from '../blocs/shared/test-support.js';
import { until } from '../blocs/shared/test-support.js';
import { UserImportBloc } from '../../src/blocs/user-import/user-import-bloc.js';
import { UserListBloc } from '../../src/blocs/user-list/user-list-bloc.js';
import type { AdminClient } from '../../src/api/create-admin-client.js';
import type { OrgNode } from '../../src/contract/data.js';
import type { PlatformUserSummary } from '../../src/contract/platform.js';
import { DEMO_PEOPLE } from '../../src/mocks/demo-tokens.js';
import type { OrgScopeRepository } from '../../src/repositories/org-scope-repository.js';
import type { SessionRepository } from '../../src/repositories/session-repository.js';

/** What every operation is built on: one signed-in session, its client, the org scope, hand-stepped timers. */
export interface OperationContext {
  session: SessionRepository;
  client: AdminClient;
  scope: OrgScopeRepository;
  nodes: readonly OrgNode[];
  timers: ReturnType<typeof manualTimers>;
}

/** A bloc brought to its first loaded state, and the one user action that reaches the endpoint under test. */
export interface OperationSubject {
  readonly bloc: { readonly errors$: Observable<unknown>; close(): Promise<void> };
  /** The action (awaits its handler). */
  act(): Promise<void>;
  /** The failure the screen shows for this action, or null. */
  failure(): Failure | null;
  /** What the screen offers to try again. */
  retry(): Promise<void>;
  /** The action succeeded: the screen shows its result. */
  ok(): boolean;
  /** Loaded again after signing back in (default: at once). */
  ready?(): boolean;
}

/** One row of the fault matrix before the fault column: a bloc, an endpoint it calls, how to reach it. */
export interface BlocOperation {
  readonly bloc: string;
  readonly endpoint: string;
  /** Names the action when one bloc reaches the same endpoint by two actions (a single and a bulk change). */
  readonly action?: string;
  build(context: OperationContext): Promise<OperationSubject>;
}

type Loading = { state$: Observable<{ status: string }> };
const PLAN = 'free' as const;
const loaded = (bloc: Loading) => until(bloc.state$, (state) => state.status !== 'loading');

/** Hands `bloc` over once its first load has succeeded: every case starts from a loaded screen. */
async function succeeded<Bloc extends Loading>(bloc: Bloc): Promise<Bloc> {
  await until(bloc.state$, (state) => state.status === 'success');
  return bloc;
}

/** Builds rows for several endpoints reached by one action (a load that calls them all). */
const rows = (bloc: string, endpoints: readonly string[], build: BlocOperation['build']): BlocOperation[] =>
  endpoints.map((endpoint) => ({ bloc, endpoint, build }));

type SubjectParts = Omit<OperationSubject, 'bloc' | 'retry'> & Partial<Pick<OperationSubject, 'retry'>>;

/** A row's subject: the screen's "try again" repeats the action as it was, unless the row gives its own retry. */
function subject(bloc: OperationSubject['bloc'], parts: SubjectParts): OperationSubject {
  return { bloc, retry: parts.act, ...parts };
}

/**
 * An action that loads what the screen shows (a reload, a search): its failure is the bloc's own `failure`,
 * and its result shows once the bloc is loaded and `shows` holds.
 */
function loadAction<State extends { readonly status: string; readonly failure: Failure | null }>(
  bloc: OperationSubject['bloc'] & { readonly state: State },
  act: () => Promise<void>,
  shows: (state: State) => boolean,
): OperationSubject {
  return subject(bloc, {
    act,
    failure: () => bloc.state.failure,
    ok: () => bloc.state.status === 'success' && shows(bloc.state),
  });
}

type Part = { readonly status: string; readonly failure: Failure | null };

/**
 * An action that loads one part of the screen (a record's detail pane, the platform's figures or sessions): the
 * failure and the result show in the part of the state that `part` names.
 */
function partAction<State extends { readonly [key in Key]: Part }, Key extends keyof State>(
  bloc: OperationSubject['bloc'] & { readonly state: State },
  act: () => Promise<void>,
  part: Key,
  shows: (part: State[Key]) => boolean,
): OperationSubject {
  const ok = () => bloc.state[part].status === 'success' && shows(bloc.state[part]);
  return subject(bloc, { act, failure: () => bloc.state[part].failure, ok });
}

/** The screen lists rows (every seeded list has some). */
const hasRows = (state: { readonly results: { readonly items: readonly unknown[] } | null }) =>
  (state.results?.items.length ?? 0) > 0;

/** The id of the first row a list shows (read when the row is built: a retry opens the same record). */
const firstId = (state: { readonly results: { readonly items: readonly { id: string }[] } | null }) =>
  state.results?.items[0]?.id as string;

/** A search typed into a screen's box: its debounce (300 ms) runs out on the hand-stepped timers. */
const typed = (timers: OperationContext['timers'], send: () => Promise<void>) => async () => {
  const searched = send();
  timers.advance(300);
  await searched;
};

/** After signing in again a screen opens its list anew: the retry reopens it when it is gone, then acts. */
const reopenedThen = (isGone: () => boolean, reopen: () => Promise<void>, act: () => Promise<void>) => async () => {
  if (isGone()) await reopen();
  await act();
};

/** The user list shows the bulk change done, nothing failed, and each of `ids` inactive. */
const bulkChangeShown = (bloc: UserListBloc, ids: readonly string[]) =>
  bloc.state.changeFailure === null &&
  bloc.state.bulkStatus?.status === 'done' &&
  bloc.state.bulkStatus.failedIds.length === 0 &&
  ids.every((userId) => bloc.state.users.find((row) => row.user_id === userId)?.status === 'inactive');

/** A create form's result: saved as a create, with the new record's id, and the list loaded again. */
const createShown = (state: {
  readonly status: string;
  readonly edit: { readonly status: string; readonly intent: string | null; readonly savedId: string | null };
}) =>
  state.edit.status === 'success' &&
  state.edit.intent === 'create' &&
  state.edit.savedId !== null &&
  state.status === 'success';

/** A delete's result: done, and the row `id` gone from the list. */
const removalShown = (
  state: {
    readonly removal: { readonly status: string };
    readonly results: { readonly items: readonly { id: string }[] } | null;
  },
  id: string,
) => state.removal.status === 'success' && !state.results?.items.some((row) => row.id === id);

/**
 * A change of one platform user: the failure shows in `mutationFailure`, the result when a row of the list is
 * `changed`; after signing in again the screen opens the list anew before the coordinator tries again.
 */
function platformChange(
  bloc: PlatformBloc,
  change: () => Promise<void>,
  changed: (row: PlatformUserSummary) => boolean,
) {
  const reopen = () => bloc.add({ type: 'platform/usersRequested' });
  return subject(bloc, {
    act: change,
    failure: () => bloc.state.mutationFailure?.failure ?? null,
    retry: reopenedThen(() => bloc.state.users === null, reopen, change),
    ok: () => bloc.state.mutationFailure === null && (bloc.state.users?.items.some(changed) ?? false),
  });
}

const changeFailure = (bloc: UserListBloc) => () => bloc.state.changeFailure?.failure ?? null;

const userList = ({ client, scope, timers }: OperationContext) =>
  succeeded(new UserListBloc({ client, scope, timers, undoWindowMs: 1000 }));

const contacts = ({ client, scope, timers }: OperationContext) =>
  succeeded(new ContactsBloc({ client, scope, timers, searchDebounceMs: 300 }));

const peerMentors = ({ client, scope, timers }: OperationContext) =>
  succeeded(new PeerMentorsBloc({ client, scope, timers, searchDebounceMs: 300 }));

const selectedOrg = async ({ client, session, scope }: OperationContext) => {
  const bloc = new SelectedOrgBloc({ client, session, scope });
  await loaded(bloc);
  return bloc;
};

const organizations = async ({ client, session, timers }: OperationContext) => {
  const bloc = new OrganizationsBloc({ client, session, timers });
  await bloc.add({ type: 'organizations/opened' });
  return bloc;
};

const platform = async ({ client, session, timers }: OperationContext) => {
  const bloc = new PlatformBloc({ client, session, timers });
  await bloc.add({ type: 'platform/usersRequested' });
  return bloc;
};

/** What a list screen with a detail pane shows: its list, its query, and the record it opened. */
type ListScreen = OperationSubject['bloc'] &
  Loading & {
    readonly state: {
      readonly status: string;
      readonly failure: Failure | null;
      readonly results: { readonly items: readonly { id: string }[] } | null;
      readonly query: { readonly search?: string };
      readonly detail: { readonly status: string; readonly failure: Failure | null };
    };
  };

/**
 * The rows of the reads of a list screen with a detail pane (contacts, peer mentors, organizations): the list's
 * refresh, a search typed into its box (where it has one), and opening the first row's record. Each names its
 * endpoint and what the screen sends; the record shows when its field of the detail is set.
 */
function listScreenReads<Screen extends ListScreen>(
  bloc: string,
  start: (context: OperationContext) => Promise<Screen>,
  reads: {
    list: readonly [endpoint: string, refresh: (screen: Screen) => Promise<void>];
    search?: readonly [endpoint: string, search: (screen: Screen, search: string) => Promise<void>];
    get: readonly [
      endpoint: string,
      open: (screen: Screen, id: string) => Promise<void>,
      /** The field of the detail that holds the opened record. */
      record: keyof Screen['state']['detail'],
    ];
  },
): BlocOperation[] {
  const [listEndpoint, refresh] = reads.list;
  const [getEndpoint, open, record] = reads.get;
  const refreshed = async (context: OperationContext) => {
    const screen = await start(context);
    return loadAction(screen, () => refresh(screen), hasRows);
  };
  const opened = async (context: OperationContext) => {
    const screen = await start(context);
    const id = firstId(screen.state);
    const hasRecord = (detail: Screen['state']['detail']) => detail[record] !== null;
    return partAction(screen, () => open(screen, id), 'detail', hasRecord);
  };
  if (!reads.search) return [...rows(bloc, [listEndpoint], refreshed), ...rows(bloc, [getEndpoint], opened)];
  const [searchEndpoint, search] = reads.search;
  const searched = async (context: OperationContext) => {
    const screen = await start(context);
    const typedA = typed(context.timers, () => search(screen, 'a'));
    return loadAction(screen, typedA, (state) => state.query.search === 'a');
  };
  return [
    ...rows(bloc, [listEndpoint], refreshed),
    ...rows(bloc, [searchEndpoint], searched),
    ...rows(bloc, [getEndpoint], opened),
  ];
}

/**
 * Every bloc of `src/blocs/` and every endpoint it calls, with the action that calls it; a write action that
 * reaches an endpoint another row already covers (the user list's bulk status change) has a row of its own,
 * named by `action`, since its failure shows elsewhere and its retry differs. Endpoints a bloc
 * reads only to restore a remembered preference (the user list's saved filters) are not here: their failure
 * is deliberately silent (the list loads without them), shown by the user list's own tests.
 */
export const BLOC_OPERATIONS: readonly BlocOperation[] = [
  ...rows('SessionBloc', ['state.selectedOrg.get', 'users.get'], async ({ client, session, scope }) => {
    const bloc = await succeeded(new SessionBloc({ client, session, scope }));
    const reload = () => bloc.add({ type: 'session/reloadRequested' });
    return loadAction(bloc, reload, (state) => state.admin !== null);
  }),
  ...rows('OrgTreeBloc', ['data.orgNodes'], async ({ client, session, scope }) => {
    const bloc = await succeeded(new OrgTreeBloc({ client, session, scope }));
    const reload = () => bloc.add({ type: 'orgTree/reloadRequested' });
    return loadAction(bloc, reload, (state) => state.nodes.length > 0);
  }),
  ...rows('SelectedOrgBloc', ['state.selectedOrg.get'], async (context) => {
    const bloc = await selectedOrg(context);
    const reload = () => bloc.add({ type: 'selectedOrg/restoreRequested' });
    return loadAction(bloc, reload, (state) => !state.failure);
  }),
  ...rows('SelectedOrgBloc', ['state.selectedOrg.set'], async (context) => {
    const bloc = await selectedOrg(context);
    const orgId = (context.nodes[1] as OrgNode).org_id;
    return subject(bloc, {
      act: () => bloc.add({ type: 'selectedOrg/nodeSelected', orgId }),
      failure: () => bloc.state.failure,
      ok: () => bloc.state.failure === null && !bloc.state.saving && bloc.state.selectedOrgId === orgId,
    });
  }),
  ...rows('SelectedOrgBloc', ['state.selectedOrg.clear'], async (context) => {
    const bloc = await selectedOrg(context);
    const cleared = () => !bloc.state.saving && bloc.state.selectedOrgId === null;
    const clear = () => bloc.add({ type: 'selectedOrg/selectionCleared' });
    return subject(bloc, { act: clear, failure: () => bloc.state.failure, ok: () => !bloc.state.failure && cleared() });
  }),
  ...rows(
    'DashboardBloc',
    ['data.dashboardStats', 'state.dashboard.get', 'state.dashboard.refresh'],
    async ({ client, scope, timers }) => {
      const bloc = await succeeded(new DashboardBloc({ client, scope, timers, refreshIntervalMs: 0 }));
      const reload = () => bloc.add({ type: 'dashboard/refreshRequested' });
      return loadAction(bloc, reload, (state) => state.stats !== null);
    },
  ),
  ...rows('UserListBloc', ['data.users.list'], async (context) => {
    const bloc = await userList(context);
    const reload = () => bloc.add({ type: 'userList/reloadRequested' });
    return loadAction(bloc, reload, (state) => state.users.length > 0);
  }),
  ...rows('UserListBloc', ['state.users.setFilters'], async (context) => {
    const bloc = await userList(context);
    const filter = () => bloc.add({ type: 'userList/filtersChanged', role: 'mentor' });
    const ok = () => bloc.state.changeFailure === null && bloc.state.status === 'success';
    return subject(bloc, { act: filter, failure: changeFailure(bloc), ok });
  }),
  ...rows('UserListBloc', ['data.users.update'], async (context) => {
    const bloc = await userList(context);
    const user = bloc.state.users[0];
    if (!user) throw new Error('no user to change');
    const next = user.status === 'active' ? 'inactive' : 'active';
    const shown = () => bloc.state.users.find((row) => row.user_id === user.user_id)?.status;
    return subject(bloc, {
      ready: () => bloc.state.status === 'success',
      act: () => bloc.add({ type: 'userList/userStatusChanged', userId: user.user_id, status: next }),
      failure: changeFailure(bloc),
      ok: () => bloc.state.changeFailure === null && shown() === next,
    });
  }),
  ...rows('UserListBloc', ['data.users.remove'], async (context) => {
    const bloc = await userList(context);
    const userId = bloc.state.users.at(-1)?.user_id;
    if (!userId) throw new Error('no user to delete');
    const remove = async () => {
      await bloc.add({ type: 'userList/userDeleted', userId });
      context.timers.advance(1000);
      await until(bloc.state$, (state) => state.pending[userId] === undefined && state.status !== 'loading');
    };
    const gone = () => bloc.state.changeFailure === null && !bloc.state.users.some((row) => row.user_id === userId);
    return subject(bloc, {
      ready: () => bloc.state.status === 'success',
      act: remove,
      failure: changeFailure(bloc),
      ok: gone,
    });
  }),
  ...rows('UserImportBloc', ['data.users.bulkInsert'], async (context) => {
    const bloc = new UserImportBloc({ client: context.client, scope: context.scope, timers: context.timers });
    await until(bloc.state$, (state) => state.scopeKey !== null);
    const orgId = (context.nodes[0] as OrgNode).org_id;
    const rows = [1, 2, 3].map((n) => ({
      full_name: `Fault Matrix ${n}`,
      email: `fault.matrix.${n}@example.no`,
      role: 'mentee' as const,
      org_id: orgId,
    }));
    const start = () => bloc.add({ type: 'userImport/started', rows });
    return subject(bloc, {
      ready: () => bloc.state.scopeKey !== null,
      act: start,
      failure: () => bloc.state.bulkInsert?.failure ?? null,
      // Signing out forgets the job (nothing of a session outlives it): the coordinator starts it again.
      retry: () => (bloc.state.bulkInsert === null ? start() : bloc.add({ type: 'userImport/retried' })),
      ok: () => {
        const job = bloc.state.bulkInsert;
        return job?.status === 'done' && job.failure === null && job.rows.every((row) => row.state === 'inserted');
      },
    });
  }),
  {
    bloc: 'UserListBloc',
    endpoint: 'data.users.update',
    action: 'bulk status change',
    build: async (context) => {
      const bloc = await userList(context);
      const picked = bloc.state.users.filter((row) => row.status === 'active').slice(0, 2);
      if (picked.length < 2) throw new Error('no active users to change');
      const ids = picked.map((row) => row.user_id);
      // The selection clears when a bulk change ends: the coordinator picks the rows again and asks again.
      const change = async () => {
        for (const userId of ids) {
          const selection = bloc.state.selection;
          if (selection.kind !== 'ids' || !selection.ids.includes(userId))
            await bloc.add({ type: 'userList/userSelectionToggled', userId });
        }
        await bloc.add({ type: 'userList/bulkStatusChangeRequested', status: 'inactive' });
      };
      const ready = () => bloc.state.status === 'success';
      return subject(bloc, { ready, act: change, failure: changeFailure(bloc), ok: () => bulkChangeShown(bloc, ids) });
    },
  },
  {
    bloc: 'UserListBloc',
    endpoint: 'data.users.list',
    action: 'bulk status change of all matching',
    build: async (context) => {
      const bloc = await userList(context);
      const user = bloc.state.users.find((row) => row.status === 'active');
      if (!user) throw new Error('no active user to change');
      // A search narrows "all matching" to a few users; the bulk change reads their ids page by page.
      const search = user.full_name;
      const narrow = async () => {
        if (bloc.state.filters.search === search && bloc.state.status === 'success') return;
        await typed(context.timers, () => bloc.add({ type: 'userList/searchChanged', search }))();
        await until(bloc.state$, (state) => state.filters.search === search && state.status === 'success');
      };
      await narrow();
      const matching = bloc.state.users.map((row) => row.user_id);
      const change = async () => {
        // Signing out forgets the search: the coordinator types it again, then selects all matching.
        await narrow();
        await bloc.add({ type: 'userList/allMatchingSelected' });
        await bloc.add({ type: 'userList/bulkStatusChangeRequested', status: 'inactive' });
      };
      return subject(bloc, {
        ready: () => bloc.state.status === 'success',
        act: change,
        failure: changeFailure(bloc),
        ok: () => bloc.state.status === 'success' && bulkChangeShown(bloc, matching),
      });
    },
  },
  ...rows('ActivityLogBloc', ['data.activityLog'], async ({ client, scope }) => {
    const bloc = await succeeded(new ActivityLogBloc({ client, scope }));
    const reload = () => bloc.add({ type: 'activityLog/refreshRequested' });
    return loadAction(bloc, reload, (state) => !!state.results);
  }),
  ...listScreenReads('ContactsBloc', contacts, {
    list: ['contacts.list', (screen) => screen.add({ type: 'contacts/refreshRequested' })],
    search: ['contacts.search', (screen, search) => screen.add({ type: 'contacts/searchChanged', search })],
    get: ['contacts.get', (screen, id) => screen.add({ type: 'contacts/detailRequested', id }), 'contact'],
  }),
  ...rows('ContactsBloc', ['contacts.create'], async (context) => {
    const bloc = await contacts(context);
    // `org_id` is left out: the form takes the scope's node.
    const draft = { full_name: 'Fault Matrix', email: 'fault.matrix@example.no', role: 'coordinator' as const };
    const create = () => bloc.add({ type: 'contacts/createSubmitted', draft });
    const ready = () => bloc.state.status === 'success';
    return subject(bloc, {
      ready,
      act: create,
      failure: () => bloc.state.edit.failure,
      ok: () => createShown(bloc.state),
    });
  }),
  ...rows('ContactsBloc', ['contacts.update'], async (context) => {
    const bloc = await contacts(context);
    // Not the signed-in super-admin: deactivating oneself is not what this row is about.
    const contact = bloc.state.results?.items.find((row) => row.id !== DEMO_PEOPLE.superAdmin);
    if (!contact) throw new Error('no contact to change');
    const isActive = !contact.is_active;
    const shown = () => bloc.state.results?.items.find((row) => row.id === contact.id)?.is_active === isActive;
    return subject(bloc, {
      ready: () => bloc.state.status === 'success',
      act: () => bloc.add({ type: 'contacts/updateSubmitted', id: contact.id, changes: { is_active: isActive } }),
      failure: () => bloc.state.edit.failure,
      ok: () => bloc.state.edit.status === 'success' && bloc.state.edit.savedId === contact.id && shown(),
    });
  }),
  ...rows('ContactsBloc', ['contacts.remove'], async (context) => {
    const bloc = await contacts(context);
    // Not the signed-in super-admin: deleting oneself revokes one's own token.
    const id = bloc.state.results?.items.findLast((row) => row.id !== DEMO_PEOPLE.superAdmin)?.id;
    if (!id) throw new Error('no contact to delete');
    const removed = () => bloc.state.status === 'success' && removalShown(bloc.state, id);
    const remove = () => bloc.add({ type: 'contacts/deleteRequested', id });
    return subject(bloc, {
      ready: () => bloc.state.status === 'success',
      act: remove,
      failure: () => bloc.state.removal.failure,
      ok: removed,
    });
  }),
  ...listScreenReads('PeerMentorsBloc', peerMentors, {
    list: ['peerMentors.list', (screen) => screen.add({ type: 'peerMentors/refreshRequested' })],
    search: ['peerMentors.search', (screen, search) => screen.add({ type: 'peerMentors/searchChanged', search })],
    get: ['peerMentors.get', (screen, id) => screen.add({ type: 'peerMentors/detailRequested', id }), 'peerMentor'],
  }),
  ...listScreenReads('OrganizationsBloc', organizations, {
    list: ['organizations.list', (screen) => screen.add({ type: 'organizations/refreshRequested' })],
    get: [
      'organizations.get',
      (screen, id) => screen.add({ type: 'organizations/detailRequested', id }),
      'organization',
    ],
  }),
  ...rows('OrganizationsBloc', ['organizations.create'], async (context) => {
    const bloc = await organizations(context);
    const draft = { name: 'Fault Matrix AS', slug: 'fault-matrix', plan: PLAN };
    const create = () => bloc.add({ type: 'organizations/createSubmitted', draft });
    return subject(bloc, { act: create, failure: () => bloc.state.edit.failure, ok: () => createShown(bloc.state) });
  }),
  ...rows('OrganizationsBloc', ['organizations.update'], async (context) => {
    const bloc = await organizations(context);
    const id = bloc.state.results?.items[0]?.id;
    if (!id) throw new Error('no organization to change');
    const name = 'Fault Matrix Renamed AS';
    const update = () => bloc.add({ type: 'organizations/updateSubmitted', id, changes: { name } });
    const renamed = () => bloc.state.results?.items.find((org) => org.id === id)?.name === name;
    return subject(bloc, {
      act: update,
      failure: () => bloc.state.edit.failure,
      retry: reopenedThen(
        () => bloc.state.results === null,
        () => bloc.add({ type: 'organizations/opened' }),
        update,
      ),
      ok: () => bloc.state.edit.status === 'success' && bloc.state.edit.savedId === id && renamed(),
    });
  }),
  ...rows('OrganizationsBloc', ['organizations.remove'], async (context) => {
    // An organization without members (the seeded ones all have some, and refuse deletion with 409).
    const draft = { name: 'Fault Matrix AS', slug: 'fault-matrix', plan: PLAN };
    const { id } = (await context.client.organizations.create(draft)).data;
    const bloc = await organizations(context);
    const remove = () => bloc.add({ type: 'organizations/deleteRequested', id });
    return subject(bloc, {
      act: remove,
      failure: () => bloc.state.removal.failure,
      ok: () => removalShown(bloc.state, id),
    });
  }),
  ...rows('PlatformBloc', ['platform.users.list'], async (context) => {
    const bloc = await platform(context);
    const users = () => bloc.add({ type: 'platform/usersRequested' });
    return loadAction(bloc, users, (state) => (state.users?.items.length ?? 0) > 0);
  }),
  ...rows('PlatformBloc', ['platform.stats'], async (context) => {
    const bloc = await platform(context);
    const stats = () => bloc.add({ type: 'platform/statsRequested' });
    return partAction(bloc, stats, 'stats', (part) => part.stats !== null);
  }),
  ...rows('PlatformBloc', ['platform.sessions.list'], async (context) => {
    const bloc = await platform(context);
    const sessions = () => bloc.add({ type: 'platform/sessionsRequested' });
    return partAction(bloc, sessions, 'sessions', (part) => part.results !== null);
  }),
  ...rows('PlatformBloc', ['platform.users.updateRole'], async (context) => {
    const bloc = await platform(context);
    const user = bloc.state.users?.items.find((row) => row.role === 'user');
    if (!user) throw new Error('no user to promote');
    const promote = () => bloc.add({ type: 'platform/roleChangeRequested', userId: user.id, role: 'admin' });
    return platformChange(bloc, promote, (row) => row.id === user.id && row.role === 'admin');
  }),
  ...rows('PlatformBloc', ['platform.users.suspend'], async (context) => {
    const bloc = await platform(context);
    const user = bloc.state.users?.items.find((row) => row.status === 'active' && row.role === 'user');
    if (!user) throw new Error('no user to suspend');
    const suspend = () => bloc.add({ type: 'platform/suspendRequested', userId: user.id });
    return platformChange(bloc, suspend, (row) => row.id === user.id && row.status === 'suspended');
  }),
  ...rows('AuditLogBloc', ['auditLog.list'], async ({ client, session }) => {
    const bloc = new AuditLogBloc({ client, session });
    await bloc.add({ type: 'auditLog/opened' });
    const reload = () => bloc.add({ type: 'auditLog/refreshRequested' });
    return loadAction(bloc, reload, (state) => state.results !== null);
  }),
];
