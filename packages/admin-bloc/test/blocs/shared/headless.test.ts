import { describe, expect, it } from 'vitest';
import {
  DashboardBloc,
  OrgScopeRepository,
  OrgTreeBloc,
  SelectedOrgBloc,
  SessionBloc,
  SessionRepository,
  selectDashboardCards,
  selectIsAuthenticated,
  selectVisibleOrgTree,
  selectVisibleUsers,
  UserListBloc,
} from '../../../src/index.js';
import { DEMO_TOKENS } from '../../../src/mocks/demo-tokens.js';
import { setupBlocBackend, testClient, until } from './test-support.js';

setupBlocBackend();

describe('headless use, through the package entry, without React', () => {
  it('creates the blocs, adds events, reads state, signs out, closes', async () => {
    const session = new SessionRepository();
    const client = testClient({ token: session.tokenSource, onUnauthorized: session.onUnauthorized });
    const scope = new OrgScopeRepository({ session });
    const sessionBloc = new SessionBloc({ client, session, scope });
    const orgTree = new OrgTreeBloc({ client, session, scope });
    const selectedOrg = new SelectedOrgBloc({ client, session, scope });
    const dashboard = new DashboardBloc({ client, scope, refreshIntervalMs: 0 });
    const userList = new UserListBloc({ client, scope });
    const blocs = [sessionBloc, orgTree, selectedOrg, dashboard, userList];

    await sessionBloc.add({ type: 'session/signedIn', token: DEMO_TOKENS.admin });
    expect(selectIsAuthenticated(sessionBloc.state)).toBe(true);
    expect(sessionBloc.state.admin?.name).toBe('Astrid Haugen');

    await until(userList.state$, (state) => state.status === 'success');
    await until(dashboard.state$, (state) => state.status === 'success');
    expect(sessionBloc.state.scope?.selectedOrgId).toBe('org_tY2zLm');
    expect(selectDashboardCards(dashboard.state)?.totalUsers).toBe(184);
    expect(userList.state.total).toBe(184);

    await orgTree.add({ type: 'orgTree/searchChanged', query: 'haugaland' });
    const hit = selectVisibleOrgTree(orgTree.state)[0]?.children[0]?.children[0]?.node;
    expect(hit?.name).toBe('Haugaland Sør og Vest');

    await selectedOrg.add({ type: 'selectedOrg/selectionCleared' });
    await until(userList.state$, (state) => state.status === 'success' && state.scopeKey === 'org_kNr8aQ>*');
    await until(dashboard.state$, (state) => state.status === 'success' && state.scopeKey === 'org_kNr8aQ>*');
    expect(userList.state.total).toBe(291);
    expect(selectDashboardCards(dashboard.state)?.totalUsers).toBe(291);
    await userList.add({ type: 'userList/filtersChanged', role: 'mentor', status: 'active' });
    expect(selectVisibleUsers(userList.state).every((user) => user.role === 'mentor')).toBe(true);
    expect(userList.state.total).toBe(67);

    // Signing out clears every bloc's data.
    await sessionBloc.add({ type: 'session/signedOut' });
    expect(sessionBloc.state).toMatchObject({ status: 'initial', admin: null, signedOutReason: 'signedOut' });
    expect(orgTree.state).toMatchObject({ status: 'initial', nodes: [] });
    expect(selectedOrg.state).toMatchObject({ status: 'initial', selectedOrgId: null });
    expect(dashboard.state).toMatchObject({ status: 'initial', stats: null });
    expect(userList.state).toMatchObject({ status: 'initial', users: [], total: 0 });

    await Promise.all(blocs.map((bloc) => bloc.close()));
    expect(blocs.every((bloc) => bloc.isClosed)).toBe(true);
    scope.dispose();
  });
});
