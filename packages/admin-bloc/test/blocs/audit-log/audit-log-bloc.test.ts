import { describe, expect, it } from 'vitest';
import { DEMO_PEOPLE, DEMO_TOKENS } from '../../../src/mocks/demo-tokens.js';
import { blocTest, createRig, manualTimers, setupBlocBackend, testClient, until } from '../shared/test-support.js';
import { AuditLogBloc } from '../../../src/blocs/audit-log/audit-log-bloc.js';
import {
  selectActiveAuditFilterCount,
  selectAuditEntries,
  selectAuditLogForbidden,
  selectAuditPageCount,
} from '../../../src/blocs/audit-log/audit-log-selectors.js';
import {
  initialAuditLogState,
  noAuditLogFilters,
  noTypedAuditLogFilters,
} from '../../../src/blocs/audit-log/audit-log-state.js';

const backend = setupBlocBackend();
const PATH = '/api/admin/audit-log';

const build = (token: string = DEMO_TOKENS.admin, pageSize = 20) =>
  new AuditLogBloc({ client: testClient({ token }), pageSize });
const settled = (bloc: AuditLogBloc) => until(bloc.state$, (state) => state.status !== 'loading');
const auditRequests = () => backend.requests(PATH);

/** The typing pause runs on hand-stepped timers: each test moves the clock itself. */
let timers = manualTimers();
const buildTyping = () => {
  timers = manualTimers();
  return new AuditLogBloc({ client: testClient({ token: DEMO_TOKENS.superAdmin }), timers, filterDebounceMs: 300 });
};
/** Six keystrokes, a typo and its correction among them, ending on a resource type the log has. */
const KEYSTROKES = ['u', 'us', 'usr', 'us', 'use', 'user'];

describe('AuditLogBloc', () => {
  blocTest('auditLog/opened: loading, then the newest entries', () => build(DEMO_TOKENS.superAdmin), {
    act: (bloc) => bloc.add({ type: 'auditLog/opened' }),
    expect: () => [
      { ...initialAuditLogState, status: 'loading' },
      {
        ...initialAuditLogState,
        status: 'success',
        results: {
          query: initialAuditLogState.query,
          entries: expect.any(Array),
          total: backend.db.audit.length,
        },
      },
    ],
    verify: (bloc) => {
      const times = selectAuditEntries(bloc.state).map((entry) => Date.parse(entry.created_at));
      expect(times.length).toBeGreaterThan(0);
      expect(times).toEqual([...times].sort((a, b) => b - a));
    },
  });

  it('auditLog/filtersChanged: merges with the filters set, back to page 1, only matching entries', async () => {
    const bloc = build(DEMO_TOKENS.superAdmin, 3);
    await bloc.add({ type: 'auditLog/opened' });
    await bloc.add({ type: 'auditLog/pageRequested', page: 2 });
    expect(bloc.state.results?.query.page).toBe(2);
    await bloc.add({ type: 'auditLog/filtersChanged', filters: { action: 'UPDATE' } });
    await bloc.add({ type: 'auditLog/filtersChanged', filters: { actorId: DEMO_PEOPLE.admin } });
    expect(bloc.state.query).toEqual({
      page: 1,
      limit: 3,
      filters: { ...noAuditLogFilters, action: 'UPDATE', actorId: DEMO_PEOPLE.admin },
    });
    expect(selectActiveAuditFilterCount(bloc.state)).toBe(2);
    const entries = selectAuditEntries(bloc.state);
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) expect(entry).toMatchObject({ action: 'UPDATE', actor_id: DEMO_PEOPLE.admin });
    expect(bloc.state.results?.total).toBe(
      backend.db.audit.filter((entry) => entry.action === 'UPDATE' && entry.actorId === DEMO_PEOPLE.admin).length,
    );
    await bloc.add({ type: 'auditLog/filtersCleared' });
    expect(bloc.state.results?.total).toBe(backend.db.audit.length);
    await bloc.close();
  });

  it('a date range keeps the entries inside it (inclusive); a page past the end shows the last page', async () => {
    const bloc = build(DEMO_TOKENS.superAdmin, 2);
    await bloc.add({ type: 'auditLog/filtersChanged', filters: { from: '2026-03-10', to: '2026-03-20' } });
    for (const entry of selectAuditEntries(bloc.state)) {
      expect(entry.created_at >= '2026-03-10' && entry.created_at <= '2026-03-20T23:59:59.999Z').toBe(true);
    }
    const pages = selectAuditPageCount(bloc.state);
    await bloc.add({ type: 'auditLog/pageRequested', page: pages + 5 });
    expect(bloc.state).toMatchObject({
      status: 'success',
      query: { page: pages },
      results: { query: { page: pages } },
    });
    await bloc.close();
  });

  it('a filter matching nothing is an empty success', async () => {
    const bloc = build();
    await bloc.add({ type: 'auditLog/filtersChanged', filters: { resourceId: 'usr_nobody' } });
    expect(bloc.state).toMatchObject({ status: 'success', results: { entries: [], total: 0 } });
    await bloc.close();
  });

  it('an invalid date range is refused field by field without a request', async () => {
    const bloc = build();
    await bloc.add({ type: 'auditLog/filtersChanged', filters: { from: 'last tuesday' } });
    expect(bloc.state).toMatchObject({
      status: 'failure',
      failure: { code: 'VALIDATION' },
      invalidFilters: { from: expect.any(String) },
    });
    await bloc.add({ type: 'auditLog/filtersChanged', filters: { from: '2026-03-20', to: '2026-03-01' } });
    expect(bloc.state.invalidFilters).toEqual({ to: 'must not be before from' });
    expect(backend.requests(PATH)).toHaveLength(0);
    await bloc.add({ type: 'auditLog/filtersChanged', filters: { to: '' } });
    expect(bloc.state).toMatchObject({ status: 'success', invalidFilters: {}, failure: null });
    await bloc.close();
  });

  it('shows an action just taken (one store behind every endpoint)', async () => {
    const bloc = build();
    await bloc.add({ type: 'auditLog/opened' });
    await testClient().organizations.create({ name: 'Audited', slug: 'audited', plan: 'free' });
    await bloc.add({ type: 'auditLog/refreshRequested' });
    expect(selectAuditEntries(bloc.state)[0]).toMatchObject({
      action: 'CREATE',
      resource_type: 'organization',
      actor_id: DEMO_PEOPLE.admin,
    });
    await bloc.close();
  });

  it('latest wins: a filter change aborts the older request at the server', async () => {
    const bloc = build(DEMO_TOKENS.superAdmin);
    backend.hold((request) => request.path === PATH);
    void bloc.add({ type: 'auditLog/filtersChanged', filters: { action: 'CREATE' } });
    await backend.waitHeld(1);
    void bloc.add({ type: 'auditLog/filtersChanged', filters: { action: 'UPDATE' } });
    await backend.waitHeld(1);
    expect(backend.requests(PATH).map((request) => [request.url.searchParams.get('action'), request.outcome])).toEqual([
      ['CREATE', 'aborted'],
      ['UPDATE', 'held'],
    ]);
    backend.held[0]?.release();
    const state = await settled(bloc);
    expect(state.results?.query.filters.action).toBe('UPDATE');
    for (const entry of selectAuditEntries(state)) expect(entry.action).toBe('UPDATE');
    await bloc.close();
  });

  describe('auditLog/filterTyped', () => {
    const userQuery = { ...initialAuditLogState.query, filters: { ...noAuditLogFilters, resourceType: 'user' } };
    const typedUser = { ...noTypedAuditLogFilters, resourceType: 'user' };

    blocTest('six quick keystrokes show at once and send one request, with the last text', buildTyping, {
      act: async (bloc) => {
        for (const text of KEYSTROKES) {
          void bloc.add({ type: 'auditLog/filterTyped', filter: 'resourceType', text });
          timers.advance(100);
        }
        timers.advance(199);
        expect(auditRequests()).toHaveLength(0);
        timers.advance(1);
        await settled(bloc);
      },
      expect: () => [
        ...KEYSTROKES.map((text) => ({
          ...initialAuditLogState,
          typedFilters: { ...noTypedAuditLogFilters, resourceType: text },
        })),
        { ...initialAuditLogState, status: 'loading', query: userQuery, typedFilters: typedUser },
        {
          ...initialAuditLogState,
          status: 'success',
          query: userQuery,
          typedFilters: typedUser,
          results: {
            query: userQuery,
            entries: expect.any(Array),
            total: backend.db.audit.filter((entry) => entry.resourceType === 'user').length,
          },
        },
      ],
      verify: (bloc) => {
        expect(auditRequests().map((request) => request.url.searchParams.get('resource_type'))).toEqual(['user']);
        expect(selectAuditEntries(bloc.state).length).toBeGreaterThan(0);
        for (const entry of selectAuditEntries(bloc.state)) expect(entry.resource_type).toBe('user');
      },
    });

    it('an action chosen during the pause takes the typed text along: one request, none after the pause', async () => {
      const bloc = buildTyping();
      void bloc.add({ type: 'auditLog/filterTyped', filter: 'resourceType', text: ' user ' });
      await bloc.add({ type: 'auditLog/filtersChanged', filters: { action: 'UPDATE' } });
      timers.advance(300);
      await settled(bloc);
      expect(
        auditRequests().map((request) => [
          request.url.searchParams.get('action'),
          request.url.searchParams.get('resource_type'),
        ]),
      ).toEqual([['UPDATE', 'user']]);
      // The box keeps what was typed; the query has it trimmed.
      expect(bloc.state.typedFilters.resourceType).toBe(' user ');
      expect(bloc.state.query.filters).toEqual({ ...noAuditLogFilters, action: 'UPDATE', resourceType: 'user' });
      await bloc.close();
    });

    it('typing in two boxes within one pause asks for both in one request', async () => {
      const bloc = buildTyping();
      void bloc.add({ type: 'auditLog/filterTyped', filter: 'resourceType', text: 'user' });
      timers.advance(200);
      void bloc.add({ type: 'auditLog/filterTyped', filter: 'actorId', text: DEMO_PEOPLE.admin });
      timers.advance(300);
      await settled(bloc);
      expect(
        auditRequests().map((request) => [
          request.url.searchParams.get('resource_type'),
          request.url.searchParams.get('actor_id'),
        ]),
      ).toEqual([['user', DEMO_PEOPLE.admin]]);
      await bloc.close();
    });

    it('filters set from outside the boxes (a link) show in them; clearing empties them and the pause sends nothing', async () => {
      const bloc = buildTyping();
      await bloc.add({ type: 'auditLog/filtersChanged', filters: { resourceType: 'organization', actorId: null } });
      expect(bloc.state.typedFilters).toEqual({ ...noTypedAuditLogFilters, resourceType: 'organization' });
      void bloc.add({ type: 'auditLog/filterTyped', filter: 'actorId', text: 'usr_' });
      await bloc.add({ type: 'auditLog/filtersCleared' });
      expect(bloc.state.typedFilters).toEqual(noTypedAuditLogFilters);
      timers.advance(300);
      await settled(bloc);
      expect(bloc.state.query.filters).toEqual(noAuditLogFilters);
      expect(auditRequests().map((request) => request.url.searchParams.get('resource_type'))).toEqual([
        'organization',
        null,
      ]);
      await bloc.close();
    });

    it('typing back to the text already asked for sends nothing more and leaves its load running', async () => {
      const bloc = buildTyping();
      backend.hold((request) => request.path === PATH);
      void bloc.add({ type: 'auditLog/filterTyped', filter: 'resourceType', text: 'user' });
      timers.advance(300);
      await backend.waitHeld(1);
      void bloc.add({ type: 'auditLog/filterTyped', filter: 'resourceType', text: 'users' });
      void bloc.add({ type: 'auditLog/filterTyped', filter: 'resourceType', text: 'user' });
      timers.advance(300);
      backend.held[0]?.release();
      const state = await settled(bloc);
      expect(state).toMatchObject({ status: 'success', query: userQuery });
      expect(auditRequests().map((request) => request.outcome)).toEqual(['released']);
      await bloc.close();
    });
  });

  // An unknown token and a failed refresh are checked with the organizations in shared/admin-list-failures.test.ts.
  it('a non-admin gets a forbidden state', async () => {
    const bloc = build(DEMO_TOKENS.nonAdmin);
    await bloc.add({ type: 'auditLog/opened' });
    expect(bloc.state).toMatchObject({ status: 'failure', failure: { code: 'FORBIDDEN', forbidden: true } });
    expect(selectAuditLogForbidden(bloc.state)).toBe(true);
    await bloc.close();
  });

  it('auditLog/authChanged: a sign-out drops the entries and aborts the running load', async () => {
    const { session, client } = createRig(DEMO_TOKENS.superAdmin);
    const bloc = new AuditLogBloc({ client, session });
    await bloc.add({ type: 'auditLog/opened' });
    backend.hold((request) => request.path === PATH);
    void bloc.add({ type: 'auditLog/refreshRequested' });
    await backend.waitHeld(1);
    session.signOut();
    await backend.waitHeld(0);
    expect(backend.requests(PATH).map((request) => request.outcome)).toEqual(['passed', 'aborted']);
    expect(bloc.state).toEqual(initialAuditLogState);
    await bloc.close();
  });
});
