import { describe, expect, it } from 'vitest';
import {
  ActivityLogBloc,
  AuditLogBloc,
  ContactsBloc,
  OrganizationsBloc,
  OrgScopeRepository,
  OrgTreeBloc,
  PeerMentorsBloc,
  PlatformBloc,
  SelectedOrgBloc,
  SessionBloc,
  SessionRepository,
  selectActivities,
  selectAuditEntries,
  selectContactRows,
  selectOrganizations,
  selectPeerMentorRows,
  selectPlatformUsers,
} from '../../src/index.js';
import { DEMO_TOKENS } from '../../src/mocks/demo-tokens.js';
import { DEMO_TENANT } from '../../src/mocks/handlers/platform.js';
import { manualTimers, setupBlocBackend, testClient, until } from './shared/test-support.js';

setupBlocBackend();

const NORD = 'org_tY2zLm';

describe('the feature blocs, headless through the package entry, on the real session and org scope', () => {
  it('load for the restored scope, follow a scope switch, and drop everything on sign-out', async () => {
    const session = new SessionRepository();
    const client = testClient({
      token: session.tokenSource,
      onUnauthorized: session.onUnauthorized,
      tenant: DEMO_TENANT,
    });
    const scope = new OrgScopeRepository({ session });
    const timers = manualTimers();
    const sessionBloc = new SessionBloc({ client, session, scope });
    const orgTree = new OrgTreeBloc({ client, session, scope });
    const selectedOrg = new SelectedOrgBloc({ client, session, scope });
    const activityLog = new ActivityLogBloc({ client, scope });
    const contacts = new ContactsBloc({ client, scope, timers });
    const peerMentors = new PeerMentorsBloc({ client, scope, timers });
    const organizations = new OrganizationsBloc({ client, session, timers });
    const platform = new PlatformBloc({ client, session, timers });
    const auditLog = new AuditLogBloc({ client, session });
    const scoped = [activityLog, contacts, peerMentors] as const;

    await sessionBloc.add({ type: 'session/signedIn', token: DEMO_TOKENS.admin });
    // The scope restored from the server's admin state (Rogaland Nord) reaches every scoped bloc.
    await Promise.all([
      until(activityLog.state$, (state) => state.status === 'success'),
      until(contacts.state$, (state) => state.status === 'success'),
      until(peerMentors.state$, (state) => state.status === 'success'),
    ]);
    expect(scope.current?.selectedOrgId).toBe(NORD);
    expect(contacts.state.query.orgId).toBe(NORD);
    expect(selectActivities(activityLog.state).length).toBeGreaterThan(0);
    expect(selectContactRows(contacts.state).length).toBeGreaterThan(0);
    expect(selectPeerMentorRows(peerMentors.state).every((row) => row.org_id !== 'org_pL6sDe')).toBe(true);

    await Promise.all([
      organizations.add({ type: 'organizations/opened' }),
      platform.add({ type: 'platform/usersRequested' }),
      auditLog.add({ type: 'auditLog/opened' }),
    ]);
    expect(selectOrganizations(organizations.state).length).toBeGreaterThan(0);
    expect(selectPlatformUsers(platform.state)).toHaveLength(20);
    expect(selectAuditEntries(auditLog.state).length).toBeGreaterThan(0);

    await selectedOrg.add({ type: 'selectedOrg/selectionCleared' });
    const current = (state: { status: string; query: { scopeKey: string | null } }) =>
      state.status === 'success' && state.query.scopeKey === scope.current?.key;
    await Promise.all([
      until(activityLog.state$, current),
      until(contacts.state$, current),
      until(peerMentors.state$, current),
    ]);
    expect(contacts.state.query.orgId).toBe('org_kNr8aQ');

    await sessionBloc.add({ type: 'session/signedOut' });
    for (const bloc of [...scoped, organizations, platform, auditLog]) {
      expect(bloc.state).toMatchObject({ status: 'initial', failure: null });
    }
    expect(contacts.state.results).toBeNull();
    expect(platform.state.users).toBeNull();
    expect(organizations.state.results).toBeNull();

    const blocs = [sessionBloc, orgTree, selectedOrg, ...scoped, organizations, platform, auditLog];
    await Promise.all(blocs.map((bloc) => bloc.close()));
    expect(blocs.every((bloc) => bloc.isClosed)).toBe(true);
    scope.dispose();
  });
});
