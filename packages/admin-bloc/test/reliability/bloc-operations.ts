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

/** Builds rows for several endpoints reached by one action (a load that calls them all). */
const rows = (bloc: string, endpoints: readonly string[], build: BlocOperation['build']): BlocOperation[] =>
  endpoints.map((endpoint) => ({ bloc, endpoint, build }));

const userList = async ({ client, scope, timers }: OperationContext) => {
  const bloc = new UserListBloc({ client, scope, timers, undoWindowMs: 1000 });
  await until(bloc.state$, (state) => state.status === 'success');
  return bloc;
};

const contacts = async ({ client, scope, timers }: OperationContext) => {
  const bloc = new ContactsBloc({ client, scope, timers, searchDebounceMs: 300 });
  await until(bloc.state$, (state) => state.status === 'success');
  return bloc;
};

const peerMentors = async ({ client, scope, timers }: OperationContext) => {
  const bloc = new PeerMentorsBloc({ client, scope, timers, searchDebounceMs: 300 });
  await until(bloc.state$, (state) => state.status === 'success');
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

/**
 * Every bloc of `src/blocs/` and every endpoint it calls, with the action that calls it; a write action that
 * reaches an endpoint another row already covers (the user list's bulk status change) has a row of its own,
 * named by `action`, since its failure shows elsewhere and its retry differs. Endpoints a bloc
 * reads only to restore a remembered preference (the user list's saved filters) are not here: their failure
 * is deliberately silent (the list loads without them), shown by the user list's own tests.
 */
export const BLOC_OPERATIONS: readonly BlocOperation[] = [
  ...rows('SessionBloc', ['state.selectedOrg.get', 'users.get'], async ({ client, session, scope }) => {
    const bloc = new SessionBloc({ client, session, scope });
    await until(bloc.state$, (state) => state.status === 'success');
    return {
      bloc,
      act: () => bloc.add({ type: 'session/reloadRequested' }),
      failure: () => bloc.state.failure,
      retry: () => bloc.add({ type: 'session/reloadRequested' }),
      ok: () => bloc.state.status === 'success' && bloc.state.admin !== null,
    };
  }),
  ...rows('OrgTreeBloc', ['data.orgNodes'], async ({ client, session, scope }) => {
    const bloc = new OrgTreeBloc({ client, session, scope });
    await until(bloc.state$, (state) => state.status === 'success');
    return {
      bloc,
      act: () => bloc.add({ type: 'orgTree/reloadRequested' }),
      failure: () => bloc.state.failure,
      retry: () => bloc.add({ type: 'orgTree/reloadRequested' }),
      ok: () => bloc.state.status === 'success' && bloc.state.nodes.length > 0,
    };
  }),
  ...rows('SelectedOrgBloc', ['state.selectedOrg.get'], async ({ client, session, scope }) => {
    const bloc = new SelectedOrgBloc({ client, session, scope });
    await loaded(bloc);
    return {
      bloc,
      act: () => bloc.add({ type: 'selectedOrg/restoreRequested' }),
      failure: () => bloc.state.failure,
      retry: () => bloc.add({ type: 'selectedOrg/restoreRequested' }),
      ok: () => bloc.state.status === 'success' && bloc.state.failure === null,
    };
  }),
  ...rows('SelectedOrgBloc', ['state.selectedOrg.set'], async ({ client, session, scope, nodes }) => {
    const bloc = new SelectedOrgBloc({ client, session, scope });
    await loaded(bloc);
    const orgId = (nodes[1] as OrgNode).org_id;
    const select = () => bloc.add({ type: 'selectedOrg/nodeSelected', orgId });
    return {
      bloc,
      act: select,
      failure: () => bloc.state.failure,
      retry: select,
      ok: () => bloc.state.failure === null && !bloc.state.saving && bloc.state.selectedOrgId === orgId,
    };
  }),
  ...rows('SelectedOrgBloc', ['state.selectedOrg.clear'], async ({ client, session, scope }) => {
    const bloc = new SelectedOrgBloc({ client, session, scope });
    await loaded(bloc);
    const clear = () => bloc.add({ type: 'selectedOrg/selectionCleared' });
    return {
      bloc,
      act: clear,
      failure: () => bloc.state.failure,
      retry: clear,
      ok: () => bloc.state.failure === null && !bloc.state.saving && bloc.state.selectedOrgId === null,
    };
  }),
  ...rows(
    'DashboardBloc',
    ['data.dashboardStats', 'state.dashboard.get', 'state.dashboard.refresh'],
    async ({ client, scope, timers }) => {
      const bloc = new DashboardBloc({ client, scope, timers, refreshIntervalMs: 0 });
      await until(bloc.state$, (state) => state.status === 'success');
      return {
        bloc,
        act: () => bloc.add({ type: 'dashboard/refreshRequested' }),
        failure: () => bloc.state.failure,
        retry: () => bloc.add({ type: 'dashboard/refreshRequested' }),
        ok: () => bloc.state.status === 'success' && bloc.state.stats !== null,
      };
    },
  ),
  ...rows('UserListBloc', ['data.users.list'], async (context) => {
    const bloc = await userList(context);
    return {
      bloc,
      act: () => bloc.add({ type: 'userList/reloadRequested' }),
      failure: () => bloc.state.failure,
      retry: () => bloc.add({ type: 'userList/reloadRequested' }),
      ok: () => bloc.state.status === 'success' && bloc.state.users.length > 0,
    };
  }),
  ...rows('UserListBloc', ['state.users.setFilters'], async (context) => {
    const bloc = await userList(context);
    const filter = () => bloc.add({ type: 'userList/filtersChanged', role: 'mentor' });
    return {
      bloc,
      act: filter,
      failure: () => bloc.state.changeFailure?.failure ?? null,
      retry: filter,
      ok: () => bloc.state.changeFailure === null && bloc.state.status === 'success',
    };
  }),
  ...rows('UserListBloc', ['data.users.update'], async (context) => {
    const bloc = await userList(context);
    const user = bloc.state.users[0];
    if (!user) throw new Error('no user to change');
    const next = user.status === 'active' ? 'inactive' : 'active';
    const change = () => bloc.add({ type: 'userList/userStatusChanged', userId: user.user_id, status: next });
    return {
      bloc,
      ready: () => bloc.state.status === 'success',
      act: change,
      failure: () => bloc.state.changeFailure?.failure ?? null,
      retry: change,
      ok: () =>
        bloc.state.changeFailure === null &&
        bloc.state.users.find((row) => row.user_id === user.user_id)?.status === next,
    };
  }),
  ...rows('UserListBloc', ['data.users.remove'], async (context) => {
    const bloc = await userList(context);
    const user = bloc.state.users.at(-1);
    if (!user) throw new Error('no user to delete');
    const remove = async () => {
      await bloc.add({ type: 'userList/userDeleted', userId: user.user_id });
      context.timers.advance(1000);
      await until(bloc.state$, (state) => state.pending[user.user_id] === undefined && state.status !== 'loading');
    };
    return {
      bloc,
      ready: () => bloc.state.status === 'success',
      act: remove,
      failure: () => bloc.state.changeFailure?.failure ?? null,
      retry: remove,
      ok: () => bloc.state.changeFailure === null && !bloc.state.users.some((row) => row.user_id === user.user_id),
    };
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
    return {
      bloc,
      ready: () => bloc.state.scopeKey !== null,
      act: () => bloc.add({ type: 'userImport/started', rows }),
      failure: () => bloc.state.bulkInsert?.failure ?? null,
      // Signing out forgets the job (nothing of a session outlives it): the coordinator starts it again.
      retry: () =>
        bloc.state.bulkInsert === null
          ? bloc.add({ type: 'userImport/started', rows })
          : bloc.add({ type: 'userImport/retried' }),
      ok: () =>
        bloc.state.bulkInsert?.status === 'done' &&
        bloc.state.bulkInsert.failure === null &&
        bloc.state.bulkInsert.rows.every((row) => row.state === 'inserted'),
    };
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
      return {
        bloc,
        ready: () => bloc.state.status === 'success',
        act: change,
        failure: () => bloc.state.changeFailure?.failure ?? null,
        retry: change,
        ok: () =>
          bloc.state.changeFailure === null &&
          bloc.state.bulkStatus?.status === 'done' &&
          bloc.state.bulkStatus.failedIds.length === 0 &&
          ids.every((userId) => bloc.state.users.find((row) => row.user_id === userId)?.status === 'inactive'),
      };
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
        const searched = bloc.add({ type: 'userList/searchChanged', search });
        context.timers.advance(300);
        await searched;
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
      return {
        bloc,
        ready: () => bloc.state.status === 'success',
        act: change,
        failure: () => bloc.state.changeFailure?.failure ?? null,
        retry: change,
        ok: () =>
          bloc.state.changeFailure === null &&
          bloc.state.bulkStatus?.status === 'done' &&
          bloc.state.bulkStatus.failedIds.length === 0 &&
          bloc.state.status === 'success' &&
          matching.every((userId) => bloc.state.users.find((row) => row.user_id === userId)?.status === 'inactive'),
      };
    },
  },
  ...rows('ActivityLogBloc', ['data.activityLog'], async ({ client, scope }) => {
    const bloc = new ActivityLogBloc({ client, scope });
    await until(bloc.state$, (state) => state.status === 'success');
    return {
      bloc,
      act: () => bloc.add({ type: 'activityLog/refreshRequested' }),
      failure: () => bloc.state.failure,
      retry: () => bloc.add({ type: 'activityLog/refreshRequested' }),
      ok: () => bloc.state.status === 'success' && bloc.state.results !== null,
    };
  }),
  ...rows('ContactsBloc', ['contacts.list'], async (context) => {
    const bloc = await contacts(context);
    return {
      bloc,
      act: () => bloc.add({ type: 'contacts/refreshRequested' }),
      failure: () => bloc.state.failure,
      retry: () => bloc.add({ type: 'contacts/refreshRequested' }),
      ok: () => bloc.state.status === 'success' && (bloc.state.results?.items.length ?? 0) > 0,
    };
  }),
  ...rows('ContactsBloc', ['contacts.search'], async (context) => {
    const bloc = await contacts(context);
    const search = async () => {
      const searched = bloc.add({ type: 'contacts/searchChanged', search: 'a' });
      context.timers.advance(300);
      await searched;
    };
    return {
      bloc,
      act: search,
      failure: () => bloc.state.failure,
      retry: search,
      ok: () => bloc.state.status === 'success' && bloc.state.query.search === 'a',
    };
  }),
  ...rows('ContactsBloc', ['contacts.get'], async (context) => {
    const bloc = await contacts(context);
    const id = bloc.state.results?.items[0]?.id as string;
    const open = () => bloc.add({ type: 'contacts/detailRequested', id });
    return {
      bloc,
      act: open,
      failure: () => bloc.state.detail.failure,
      retry: open,
      ok: () => bloc.state.detail.status === 'success' && bloc.state.detail.contact !== null,
    };
  }),
  ...rows('ContactsBloc', ['contacts.create'], async (context) => {
    const bloc = await contacts(context);
    // `org_id` is left out: the form takes the scope's node.
    const draft = { full_name: 'Fault Matrix', email: 'fault.matrix@example.no', role: 'coordinator' as const };
    const create = () => bloc.add({ type: 'contacts/createSubmitted', draft });
    return {
      bloc,
      ready: () => bloc.state.status === 'success',
      act: create,
      failure: () => bloc.state.edit.failure,
      retry: create,
      ok: () =>
        bloc.state.edit.status === 'success' &&
        bloc.state.edit.intent === 'create' &&
        bloc.state.edit.savedId !== null &&
        bloc.state.status === 'success',
    };
  }),
  ...rows('ContactsBloc', ['contacts.update'], async (context) => {
    const bloc = await contacts(context);
    // Not the signed-in super-admin: deactivating oneself is not what this row is about.
    const contact = bloc.state.results?.items.find((row) => row.id !== DEMO_PEOPLE.superAdmin);
    if (!contact) throw new Error('no contact to change');
    const isActive = !contact.is_active;
    const update = () =>
      bloc.add({ type: 'contacts/updateSubmitted', id: contact.id, changes: { is_active: isActive } });
    return {
      bloc,
      ready: () => bloc.state.status === 'success',
      act: update,
      failure: () => bloc.state.edit.failure,
      retry: update,
      ok: () =>
        bloc.state.edit.status === 'success' &&
        bloc.state.edit.savedId === contact.id &&
        bloc.state.results?.items.find((row) => row.id === contact.id)?.is_active === isActive,
    };
  }),
  ...rows('ContactsBloc', ['contacts.remove'], async (context) => {
    const bloc = await contacts(context);
    // Not the signed-in super-admin: deleting oneself revokes one's own token.
    const id = bloc.state.results?.items.findLast((row) => row.id !== DEMO_PEOPLE.superAdmin)?.id;
    if (!id) throw new Error('no contact to delete');
    const remove = () => bloc.add({ type: 'contacts/deleteRequested', id });
    return {
      bloc,
      ready: () => bloc.state.status === 'success',
      act: remove,
      failure: () => bloc.state.removal.failure,
      retry: remove,
      ok: () =>
        bloc.state.removal.status === 'success' &&
        bloc.state.status === 'success' &&
        !bloc.state.results?.items.some((row) => row.id === id),
    };
  }),
  ...rows('PeerMentorsBloc', ['peerMentors.list'], async (context) => {
    const bloc = await peerMentors(context);
    return {
      bloc,
      act: () => bloc.add({ type: 'peerMentors/refreshRequested' }),
      failure: () => bloc.state.failure,
      retry: () => bloc.add({ type: 'peerMentors/refreshRequested' }),
      ok: () => bloc.state.status === 'success' && (bloc.state.results?.items.length ?? 0) > 0,
    };
  }),
  ...rows('PeerMentorsBloc', ['peerMentors.search'], async (context) => {
    const bloc = await peerMentors(context);
    const search = async () => {
      const searched = bloc.add({ type: 'peerMentors/searchChanged', search: 'a' });
      context.timers.advance(300);
      await searched;
    };
    return {
      bloc,
      act: search,
      failure: () => bloc.state.failure,
      retry: search,
      ok: () => bloc.state.status === 'success' && bloc.state.query.search === 'a',
    };
  }),
  ...rows('PeerMentorsBloc', ['peerMentors.get'], async (context) => {
    const bloc = await peerMentors(context);
    const id = bloc.state.results?.items[0]?.id as string;
    const open = () => bloc.add({ type: 'peerMentors/detailRequested', id });
    return {
      bloc,
      act: open,
      failure: () => bloc.state.detail.failure,
      retry: open,
      ok: () => bloc.state.detail.status === 'success' && bloc.state.detail.peerMentor !== null,
    };
  }),
  ...rows('OrganizationsBloc', ['organizations.list'], async (context) => {
    const bloc = await organizations(context);
    return {
      bloc,
      act: () => bloc.add({ type: 'organizations/refreshRequested' }),
      failure: () => bloc.state.failure,
      retry: () => bloc.add({ type: 'organizations/refreshRequested' }),
      ok: () => bloc.state.status === 'success' && (bloc.state.results?.items.length ?? 0) > 0,
    };
  }),
  ...rows('OrganizationsBloc', ['organizations.get'], async (context) => {
    const bloc = await organizations(context);
    const id = bloc.state.results?.items[0]?.id as string;
    const open = () => bloc.add({ type: 'organizations/detailRequested', id });
    return {
      bloc,
      act: open,
      failure: () => bloc.state.detail.failure,
      retry: open,
      ok: () => bloc.state.detail.status === 'success' && bloc.state.detail.organization !== null,
    };
  }),
  ...rows('OrganizationsBloc', ['organizations.create'], async (context) => {
    const bloc = await organizations(context);
    const draft = { name: 'Fault Matrix AS', slug: 'fault-matrix', plan: PLAN };
    const create = () => bloc.add({ type: 'organizations/createSubmitted', draft });
    return {
      bloc,
      act: create,
      failure: () => bloc.state.edit.failure,
      retry: create,
      ok: () =>
        bloc.state.edit.status === 'success' &&
        bloc.state.edit.intent === 'create' &&
        bloc.state.edit.savedId !== null &&
        bloc.state.status === 'success',
    };
  }),
  ...rows('OrganizationsBloc', ['organizations.update'], async (context) => {
    const bloc = await organizations(context);
    const id = bloc.state.results?.items[0]?.id;
    if (!id) throw new Error('no organization to change');
    const name = 'Fault Matrix Renamed AS';
    const update = () => bloc.add({ type: 'organizations/updateSubmitted', id, changes: { name } });
    return {
      bloc,
      act: update,
      failure: () => bloc.state.edit.failure,
      retry: async () => {
        // After signing in again the screen opens the list anew.
        if (bloc.state.results === null) await bloc.add({ type: 'organizations/opened' });
        await update();
      },
      ok: () =>
        bloc.state.edit.status === 'success' &&
        bloc.state.edit.savedId === id &&
        bloc.state.results?.items.find((org) => org.id === id)?.name === name,
    };
  }),
  ...rows('OrganizationsBloc', ['organizations.remove'], async (context) => {
    // An organization without members (the seeded ones all have some, and refuse deletion with 409).
    const created = await context.client.organizations.create({
      name: 'Fault Matrix AS',
      slug: 'fault-matrix',
      plan: PLAN,
    });
    const bloc = await organizations(context);
    const id = created.data.id;
    const remove = () => bloc.add({ type: 'organizations/deleteRequested', id });
    return {
      bloc,
      act: remove,
      failure: () => bloc.state.removal.failure,
      retry: remove,
      ok: () => bloc.state.removal.status === 'success' && !bloc.state.results?.items.some((org) => org.id === id),
    };
  }),
  ...rows('PlatformBloc', ['platform.users.list'], async (context) => {
    const bloc = await platform(context);
    return {
      bloc,
      act: () => bloc.add({ type: 'platform/usersRequested' }),
      failure: () => bloc.state.failure,
      retry: () => bloc.add({ type: 'platform/usersRequested' }),
      ok: () => bloc.state.status === 'success' && (bloc.state.users?.items.length ?? 0) > 0,
    };
  }),
  ...rows('PlatformBloc', ['platform.stats'], async (context) => {
    const bloc = await platform(context);
    return {
      bloc,
      act: () => bloc.add({ type: 'platform/statsRequested' }),
      failure: () => bloc.state.stats.failure,
      retry: () => bloc.add({ type: 'platform/statsRequested' }),
      ok: () => bloc.state.stats.status === 'success' && bloc.state.stats.stats !== null,
    };
  }),
  ...rows('PlatformBloc', ['platform.sessions.list'], async (context) => {
    const bloc = await platform(context);
    return {
      bloc,
      act: () => bloc.add({ type: 'platform/sessionsRequested' }),
      failure: () => bloc.state.sessions.failure,
      retry: () => bloc.add({ type: 'platform/sessionsRequested' }),
      ok: () => bloc.state.sessions.status === 'success' && bloc.state.sessions.results !== null,
    };
  }),
  ...rows('PlatformBloc', ['platform.users.updateRole'], async (context) => {
    const bloc = await platform(context);
    const user = bloc.state.users?.items.find((row) => row.role === 'user');
    if (!user) throw new Error('no user to promote');
    const promote = () => bloc.add({ type: 'platform/roleChangeRequested', userId: user.id, role: 'admin' });
    return {
      bloc,
      act: promote,
      failure: () => bloc.state.mutationFailure?.failure ?? null,
      retry: async () => {
        // After signing in again the screen opens the list anew.
        if (bloc.state.users === null) await bloc.add({ type: 'platform/usersRequested' });
        await promote();
      },
      ok: () =>
        bloc.state.mutationFailure === null &&
        bloc.state.users?.items.find((row) => row.id === user.id)?.role === 'admin',
    };
  }),
  ...rows('PlatformBloc', ['platform.users.suspend'], async (context) => {
    const bloc = await platform(context);
    const user = bloc.state.users?.items.find((row) => row.status === 'active' && row.role === 'user');
    if (!user) throw new Error('no user to suspend');
    const suspend = () => bloc.add({ type: 'platform/suspendRequested', userId: user.id });
    return {
      bloc,
      act: suspend,
      failure: () => bloc.state.mutationFailure?.failure ?? null,
      retry: async () => {
        if (bloc.state.users === null) await bloc.add({ type: 'platform/usersRequested' });
        await suspend();
      },
      ok: () =>
        bloc.state.mutationFailure === null &&
        bloc.state.users?.items.find((row) => row.id === user.id)?.status === 'suspended',
    };
  }),
  ...rows('AuditLogBloc', ['auditLog.list'], async ({ client, session }) => {
    const bloc = new AuditLogBloc({ client, session });
    await bloc.add({ type: 'auditLog/opened' });
    return {
      bloc,
      act: () => bloc.add({ type: 'auditLog/refreshRequested' }),
      failure: () => bloc.state.failure,
      retry: () => bloc.add({ type: 'auditLog/refreshRequested' }),
      ok: () => bloc.state.status === 'success' && bloc.state.results !== null,
    };
  }),
];
