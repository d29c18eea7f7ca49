import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdminClient, isAdminApiError } from 'admin-bloc';
import {
  DEMO_TOKENS,
  LIBERAL_PEOPLE,
  LIBERAL_PLAN_ORG,
  LIBERAL_VALUES,
  type MockHttpServer,
  startMockHttpServer,
} from 'admin-bloc/mocks';

/**
 * The client as users install it (the package's own entries) against the liberal mock profile over real HTTP:
 * a server that makes every choice the documents leave open differently from our strict mock. Every read is
 * accepted, every value outside our lists is kept as sent, and a wrong type of a documented field is still refused.
 */
describe('the client against the liberal profile over HTTP', () => {
  let server: MockHttpServer;
  beforeAll(async () => {
    server = await startMockHttpServer({ port: 0, profile: 'liberal', rateLimit: false });
  });
  afterAll(() => server.close());

  const client = (options: { token?: string; fetch?: typeof fetch } = {}) =>
    createAdminClient({
      baseUrl: server.url,
      token: options.token ?? DEMO_TOKENS.admin,
      tenant: 'org_kNr8aQ',
      retry: false,
      ...(options.fetch ? { fetch: options.fetch } : {}),
    });

  it('every read endpoint of the five documents is accepted', async () => {
    const admin = client();
    const orgId = 'org_kNr8aQ';
    const users = await admin.users.list();
    const contacts = await admin.contacts.list({ orgId });
    const mentors = await admin.peerMentors.list({ orgId });
    const platformUsers = await admin.platform.users.list();
    const reads: Record<string, () => Promise<unknown>> = {
      'data.dashboardStats': () => admin.data.dashboardStats({ orgIds: [orgId] }),
      'data.users.list': () => admin.data.users.list(),
      'data.activityLog': () => admin.data.activityLog(),
      'data.orgNodes': () => admin.data.orgNodes(),
      'state.dashboard.get': () => admin.state.dashboard.get(),
      'state.users.get': () => admin.state.users.get(),
      'state.selectedOrg.get': () => admin.state.selectedOrg.get(),
      'users.list': () => admin.users.list(),
      'users.get': () => admin.users.get(users.data[0]?.id ?? ''),
      'organizations.list': () => admin.organizations.list(),
      'organizations.get': () => admin.organizations.get(LIBERAL_PLAN_ORG),
      'contacts.list': () => admin.contacts.list({ orgId }),
      'contacts.get': () => admin.contacts.get(contacts.data[0]?.id ?? ''),
      'contacts.search': () => admin.contacts.search({ orgId, query: 'a' }),
      'peerMentors.list': () => admin.peerMentors.list({ orgId }),
      'peerMentors.get': () => admin.peerMentors.get(mentors.data[0]?.id ?? ''),
      'peerMentors.search': () => admin.peerMentors.search({ orgId, query: 'a' }),
      'platform.stats': () => admin.platform.stats(),
      'platform.users.list': () => admin.platform.users.list(),
      'platform.users.get': () => admin.platform.users.get(platformUsers.data[0]?.id ?? ''),
      'platform.sessions.list': () => admin.platform.sessions.list(),
    };
    const outcomes: Record<string, string> = {};
    for (const [id, read] of Object.entries(reads)) {
      outcomes[id] = await read().then(
        () => 'accepted',
        (error: unknown) => (isAdminApiError(error) ? `${error.code}: ${error.message}` : String(error)),
      );
    }
    expect(Object.keys(outcomes)).toHaveLength(21);
    expect(Object.entries(outcomes).filter(([, outcome]) => outcome !== 'accepted')).toEqual([]);
  });

  it('keeps every value outside our lists as sent, with non-ASCII e-mails and right-to-left names', async () => {
    const admin = client();
    const rtl = LIBERAL_PEOPLE.rtl.fullName;
    const [dataUser] = (await admin.data.users.list({ search: rtl })).data;
    expect(dataUser).toMatchObject({
      full_name: rtl,
      role: LIBERAL_VALUES.dataRole,
      status: LIBERAL_VALUES.dataStatus,
    });

    const adminUsers = (await admin.users.list({ search: 'eksempel.no', limit: 50 })).data;
    expect(adminUsers.map((user) => user.email).sort()).toEqual(
      [LIBERAL_PEOPLE.nonAscii.email, LIBERAL_PEOPLE.rtl.email].sort(),
    );
    for (const user of adminUsers) {
      expect(user).toMatchObject({ role: LIBERAL_VALUES.adminRole, status: LIBERAL_VALUES.adminStatus });
    }
    expect((await admin.organizations.get(LIBERAL_PLAN_ORG)).data.plan).toBe(LIBERAL_VALUES.plan);

    const hits = (await admin.contacts.search({ orgId: 'org_kNr8aQ', query: 'eksempel.no' })).data;
    const contact = hits.find((hit) => hit.email === LIBERAL_PEOPLE.nonAscii.email);
    expect(contact?.full_name).toBe(LIBERAL_PEOPLE.nonAscii.fullName);
    const detail = await admin.contacts.get(contact?.id ?? '');
    expect(detail).toMatchObject({ full_name: LIBERAL_PEOPLE.nonAscii.fullName, role: LIBERAL_VALUES.contactRole });

    const platform = await admin.platform.users.list({ search: 'eksempel.no' });
    expect(platform.data.map((user) => user.status)).toEqual([
      LIBERAL_VALUES.platformStatus,
      LIBERAL_VALUES.platformStatus,
    ]);
    // The last page carries a string cursor: hasMore decides, the cursor is kept as sent.
    expect(platform.pagination).toEqual({ cursor: 'end-of-list', hasMore: false });
    // Timestamps with milliseconds and an offset are read as sent (the same instant as the strict profile's).
    expect(platform.data[0]?.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+01:00$/);
  });

  it('reads `search` where a document names `q`, and answers pages of its own default size', async () => {
    const response = await fetch(`${server.url}/api/v1/contacts/search?org_id=org_kNr8aQ&search=Ane`, {
      headers: { authorization: `Bearer ${DEMO_TOKENS.admin}` },
    });
    const body = (await response.json()) as { data: { full_name: string }[]; pagination: { limit: number } };
    expect(response.status).toBe(200);
    expect(body.data.map((hit) => hit.full_name)).toContain('Ane Berg');
    expect((await client().data.users.list()).pagination.limit).toBe(25);
  });

  /** A fetch that answers what the liberal server sent, with one documented field given the wrong type. */
  const breaking = (path: string, breakBody: (body: Record<string, unknown>) => void): typeof fetch =>
    (async (input: RequestInfo | URL, init?: RequestInit) => {
      const response = await fetch(input, init);
      const url = new URL(input instanceof Request ? input.url : String(input));
      if (url.pathname !== path) return response;
      const body = (await response.json()) as Record<string, unknown>;
      breakBody(body);
      return new Response(JSON.stringify(body), { status: response.status, headers: response.headers });
    }) as typeof fetch;

  const typeErrors: [string, string, (body: Record<string, unknown>) => void, string][] = [
    [
      '000 total as a string',
      '/api/v1/admin/data/users',
      (body) => Object.assign(body.pagination as object, { total: '291' }),
      'pagination.total',
    ],
    [
      '000 role as a number',
      '/api/v1/admin/data/users',
      (body) => Object.assign((body.data as object[])[0] as object, { role: 42 }),
      'data.0.role',
    ],
    [
      '001 a count as null',
      '/api/v1/admin/state/dashboard',
      (body) => Object.assign((body.data as { dashboard_stats: object }).dashboard_stats, { total_users: null }),
      'data.dashboard_stats.total_users',
    ],
    [
      '002 a missing id',
      '/api/admin/users',
      (body) => delete ((body.data as object[])[0] as { id?: string }).id,
      'data.0.id',
    ],
    [
      '003 is_active as text',
      '/api/v1/contacts',
      (body) => Object.assign((body.data as object[])[0] as object, { is_active: 'yes' }),
      'data.0.is_active',
    ],
    [
      '004 hasMore as text',
      '/api/v1/admin/users',
      (body) => Object.assign(body.pagination as object, { hasMore: 'false' }),
      'pagination.hasMore',
    ],
    [
      '004 role outside the list document 004 closes',
      '/api/v1/admin/users',
      (body) => Object.assign((body.data as object[])[0] as object, { role: 'owner' }),
      'data.0.role',
    ],
  ];

  it.each(typeErrors)(
    'still refuses %s with INVALID_RESPONSE naming the path',
    async (_name, path, breakBody, field) => {
      const admin = client({ fetch: breaking(path, breakBody) });
      const call: Record<string, () => Promise<unknown>> = {
        '/api/v1/admin/data/users': () => admin.data.users.list(),
        '/api/v1/admin/state/dashboard': () => admin.state.dashboard.get(),
        '/api/admin/users': () => admin.users.list(),
        '/api/v1/contacts': () => admin.contacts.list({ orgId: 'org_kNr8aQ' }),
        '/api/v1/admin/users': () => admin.platform.users.list(),
      };
      const error = await (call[path] as () => Promise<unknown>)().then(
        () => null,
        (reason: unknown) => reason,
      );
      expect(isAdminApiError(error) && error.code).toBe('INVALID_RESPONSE');
      expect(isAdminApiError(error) && error.issues.map((issue) => issue.path.join('.'))).toContain(field);
    },
  );
});
