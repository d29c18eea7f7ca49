import { describe, expect, it } from 'vitest';
import { ActivityLogBloc } from '../../../src/blocs/activity-log/activity-log-bloc.js';
import { AuditLogBloc } from '../../../src/blocs/audit-log/audit-log-bloc.js';
import { ContactsBloc } from '../../../src/blocs/contacts/contacts-bloc.js';
import { OrganizationsBloc } from '../../../src/blocs/organizations/organizations-bloc.js';
import { PeerMentorsBloc } from '../../../src/blocs/peer-mentors/peer-mentors-bloc.js';
import { UserListBloc } from '../../../src/blocs/user-list/user-list-bloc.js';
import { DEMO_TOKENS } from '../../../src/mocks/demo-tokens.js';
import { OrgScopeRepository } from '../../../src/repositories/org-scope-repository.js';
import { createRig, manualTimers, setupBlocBackend, testClient, until } from './test-support.js';

// The paged behaviour every list bloc shares through PagedQuery, checked once per bloc: a page past the end
// (a stale link, page 99) is read again as the last page that has rows, a failed page is a failure state and a
// reload recovers it, and while a page loads exactly one list request is in flight.

const backend = setupBlocBackend();
const NORD = 'org_tY2zLm';

/** What the suite needs to drive a list bloc, whatever its events and state are called. */
interface PagedList {
  readonly path: string;
  readonly limit: number;
  open(): Promise<{
    readonly state: { readonly status: string };
    readonly state$: import('rxjs').Observable<{ readonly status: string }>;
    add(event: { type: string; page?: number }): Promise<void>;
    close(): Promise<void>;
  }>;
  readonly pageEvent: (page: number) => { type: string; page: number };
  readonly reloadEvent: { type: string };
  /** Page, row count and total of the page on screen. */
  shown(state: unknown): { page: number; rows: number; total: number };
}

async function scoped() {
  const rig = createRig(DEMO_TOKENS.admin);
  const nodes = (await testClient().data.orgNodes({ limit: 100 })).data;
  return { ...rig, scope: OrgScopeRepository.of(nodes, NORD, { session: rig.session }), timers: manualTimers() };
}

type Results = { query: { page: number }; total: number } & ({ items: unknown[] } | { entries: unknown[] });
const fromResults = (state: unknown) => {
  const results = (state as { results: Results | null }).results;
  const rows = results ? ('items' in results ? results.items : results.entries) : [];
  return { page: results?.query.page ?? 0, rows: rows.length, total: results?.total ?? 0 };
};

const LISTS: Record<string, PagedList> = {
  UserListBloc: {
    path: '/api/v1/admin/data/users',
    limit: 20,
    open: async () => new UserListBloc(await scoped()),
    pageEvent: (page) => ({ type: 'userList/pageChanged', page }),
    reloadEvent: { type: 'userList/reloadRequested' },
    shown: (state) => {
      const list = state as { page: number; users: unknown[]; total: number };
      return { page: list.page, rows: list.users.length, total: list.total };
    },
  },
  ContactsBloc: {
    path: '/api/v1/contacts',
    limit: 5,
    open: async () => new ContactsBloc({ ...(await scoped()), pageSize: 5 }),
    pageEvent: (page) => ({ type: 'contacts/pageRequested', page }),
    reloadEvent: { type: 'contacts/refreshRequested' },
    shown: fromResults,
  },
  PeerMentorsBloc: {
    path: '/api/v1/contacts/peer-mentors',
    limit: 5,
    open: async () => new PeerMentorsBloc({ ...(await scoped()), pageSize: 5 }),
    pageEvent: (page) => ({ type: 'peerMentors/pageRequested', page }),
    reloadEvent: { type: 'peerMentors/refreshRequested' },
    shown: fromResults,
  },
  ActivityLogBloc: {
    path: '/api/v1/admin/data/activity-log',
    limit: 20,
    open: async () => new ActivityLogBloc(await scoped()),
    pageEvent: (page) => ({ type: 'activityLog/pageRequested', page }),
    reloadEvent: { type: 'activityLog/refreshRequested' },
    shown: fromResults,
  },
  AuditLogBloc: {
    path: '/api/admin/audit-log',
    limit: 3,
    open: async () => {
      const bloc = new AuditLogBloc({ client: testClient({ token: DEMO_TOKENS.superAdmin }), pageSize: 3 });
      await bloc.add({ type: 'auditLog/opened' });
      return bloc;
    },
    pageEvent: (page) => ({ type: 'auditLog/pageRequested', page }),
    reloadEvent: { type: 'auditLog/refreshRequested' },
    shown: fromResults,
  },
  OrganizationsBloc: {
    path: '/api/admin/organizations',
    limit: 2,
    open: async () => {
      const bloc = new OrganizationsBloc({ client: testClient(), timers: manualTimers(), pageSize: 2 });
      await bloc.add({ type: 'organizations/opened' });
      return bloc;
    },
    pageEvent: (page) => ({ type: 'organizations/pageRequested', page }),
    reloadEvent: { type: 'organizations/refreshRequested' },
    shown: fromResults,
  },
};

describe.each(Object.entries(LISTS))('%s: the shared paged behaviour', (_name, list) => {
  const opened = async () => {
    const bloc = await list.open();
    await until(bloc.state$, (state) => state.status === 'success');
    return bloc;
  };

  it('a page past the end is read again as the last page that has rows', async () => {
    const bloc = await opened();
    await bloc.add(list.pageEvent(99));
    const shown = list.shown(bloc.state);
    const lastPage = Math.ceil(shown.total / list.limit);
    expect(shown.total).toBeGreaterThan(list.limit);
    expect(bloc.state.status).toBe('success');
    expect(shown).toMatchObject({ page: lastPage });
    expect(shown.rows).toBeGreaterThan(0);
    // The user list knows its page count once a page is loaded and asks for the last page at once; the others
    // ask for page 99 and are corrected by the answer's total.
    const pages = backend.requests(list.path).map((request) => request.url.searchParams.get('page'));
    expect(pages.at(-1)).toBe(String(lastPage));
    await bloc.close();
  });

  it('a failed page is a failure state, and a reload once the server answers again shows the page', async () => {
    const bloc = await opened();
    backend.hold((request) => request.path === list.path);
    const paging = bloc.add(list.pageEvent(2));
    await backend.waitHeld(1);
    expect(bloc.state.status).toBe('loading');
    backend.held[0]?.fail(500);
    await paging;
    expect(bloc.state).toMatchObject({ status: 'failure', failure: { code: 'INTERNAL_ERROR', retryable: true } });
    backend.hold(null);
    await bloc.add(list.reloadEvent);
    expect(bloc.state.status).toBe('success');
    expect(list.shown(bloc.state)).toMatchObject({ page: 2 });
    await bloc.close();
  });
});
