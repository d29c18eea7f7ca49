import fc from 'fast-check';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { errorEnvelope } from '../../../src/contract/errors.js';
import { DEMO_TOKENS } from '../../../src/mocks/demo-tokens.js';
import {
  BASE_URL,
  blocTest,
  createRig,
  manualTimers,
  setupBlocBackend,
  testClient,
  until,
} from '../shared/test-support.js';
import { OrganizationsBloc } from '../../../src/blocs/organizations/organizations-bloc.js';
import {
  selectOrganizations,
  selectOrganizationsForbidden,
  selectOrganizationsPageCount,
  selectOrganizationsStale,
} from '../../../src/blocs/organizations/organizations-selectors.js';
import {
  initialOrganizationsState,
  type OrganizationsState,
} from '../../../src/blocs/organizations/organizations-state.js';
import { checkInterleavings, scheduleAnswers, settleScheduled } from '../shared/scheduled-answers.js';

const backend = setupBlocBackend();
const LIST = '/api/admin/organizations';

const settled = (bloc: OrganizationsBloc) => until(bloc.state$, (state) => state.status !== 'loading');
const names = (state: OrganizationsState) => selectOrganizations(state).map((org) => org.name);

function build(options: { token?: string; pageSize?: number } = {}) {
  const timers = manualTimers();
  const client = testClient({ token: options.token ?? DEMO_TOKENS.admin });
  const bloc = new OrganizationsBloc({ client, timers, searchDebounceMs: 300, pageSize: options.pageSize ?? 20 });
  return { bloc, timers, client };
}

describe('OrganizationsBloc', () => {
  blocTest('organizations/opened: loading, then the first page of the admin’s organizations', () => build().bloc, {
    act: (bloc) => bloc.add({ type: 'organizations/opened' }),
    expect: () => [
      { ...initialOrganizationsState, status: 'loading' },
      {
        ...initialOrganizationsState,
        status: 'success',
        results: {
          query: initialOrganizationsState.query,
          items: expect.arrayContaining([expect.objectContaining({ id: 'org_kNr8aQ', name: 'Stavanger Region' })]),
          total: backend.db.orgs.size,
        },
      },
    ],
  });

  it('organizations/pageRequested: pages through, and a page past the end shows the last page', async () => {
    const { bloc } = build({ pageSize: 2 });
    await bloc.add({ type: 'organizations/opened' });
    const total = backend.db.orgs.size;
    expect(selectOrganizationsPageCount(bloc.state)).toBe(Math.ceil(total / 2));
    await bloc.add({ type: 'organizations/pageRequested', page: 2 });
    expect(bloc.state.results?.query.page).toBe(2);
    expect(bloc.state.results?.items).toHaveLength(2);
    await bloc.add({ type: 'organizations/pageRequested', page: 99 });
    const last = Math.ceil(total / 2);
    expect(bloc.state).toMatchObject({ status: 'success', query: { page: last }, results: { query: { page: last } } });
    expect(selectOrganizationsStale(bloc.state)).toBe(false);
    await bloc.close();
  });

  it('organizations/searchChanged: debounced, the old request aborted at the server, the latest search wins', async () => {
    const { bloc, timers } = build();
    await bloc.add({ type: 'organizations/opened' });
    backend.hold((request) => request.path === LIST);
    void bloc.add({ type: 'organizations/searchChanged', search: 'rog' });
    timers.advance(299);
    expect(backend.requests(LIST)).toHaveLength(1);
    timers.advance(1);
    await backend.waitHeld(1);
    expect(selectOrganizationsStale(bloc.state)).toBe(true);
    void bloc.add({ type: 'organizations/searchChanged', search: 'hau' });
    void bloc.add({ type: 'organizations/searchChanged', search: 'haugaland' });
    timers.advance(300);
    await backend.waitHeld(1);
    expect(backend.requests(LIST).map((request) => [request.url.searchParams.get('search'), request.outcome])).toEqual([
      [null, 'passed'],
      ['rog', 'aborted'],
      ['haugaland', 'held'],
    ]);
    backend.held[0]?.release();
    const state = await settled(bloc);
    expect(state.query.search).toBe('haugaland');
    expect(names(state)).toEqual(['Haugaland Sør og Vest']);
    await bloc.close();
  });

  it('a search without hits is an empty success', async () => {
    const { bloc, timers } = build();
    void bloc.add({ type: 'organizations/searchChanged', search: 'no such organization' });
    timers.advance(300);
    const state = await until(bloc.state$, (s) => s.status === 'success');
    expect(state.results).toEqual({
      query: { page: 1, limit: 20, search: 'no such organization' },
      items: [],
      total: 0,
    });
    await bloc.close();
  });

  it('latest wins under any order of answers (random schedules of search changes, page changes and answers)', async () => {
    await checkInterleavings(
      fc.oneof(fc.constantFrom('rog', 'hau', 'j', 'stav', ''), fc.integer({ min: 1, max: 3 })),
      { minLength: 1, maxLength: 5, numRuns: 25 },
      async (s, steps) => {
        scheduleAnswers(backend, s, `${BASE_URL}${LIST}`, 'answer');
        const { bloc, timers, client } = build({ pageSize: 2 });
        for (const step of steps) {
          if (typeof step === 'number') void bloc.add({ type: 'organizations/pageRequested', page: step });
          else void bloc.add({ type: 'organizations/searchChanged', search: step });
          timers.advance(300);
        }
        await settleScheduled(backend, s, bloc);
        const state = bloc.state;
        expect(state.status).toBe('success');
        // The answer on screen is the answer to the query asked last.
        expect(state.results?.query).toEqual(state.query);
        const search = state.query.search;
        const truth = await client.organizations.list({
          page: state.query.page,
          limit: 2,
          ...(search ? { search } : {}),
        });
        expect(state.results?.items).toEqual(truth.data);
        await bloc.close();
      },
    );
  });

  describe('organizations/detailRequested', () => {
    blocTest('loads one organization', {
      build: () => build().bloc,
      act: (bloc) => bloc.add({ type: 'organizations/detailRequested', id: 'org_tY2zLm' }),
      expect: () => [
        expect.objectContaining({ detail: { status: 'loading', id: 'org_tY2zLm', organization: null, failure: null } }),
        expect.objectContaining({
          detail: {
            status: 'success',
            id: 'org_tY2zLm',
            organization: expect.objectContaining({ name: 'Rogaland Nord', slug: 'rogaland-nord' }),
            failure: null,
          },
        }),
      ],
    });

    it('a missing organization is a NOT_FOUND failure of the detail only', async () => {
      const { bloc } = build();
      await bloc.add({ type: 'organizations/detailRequested', id: 'org_missing' });
      expect(bloc.state.detail).toMatchObject({ status: 'failure', failure: { code: 'NOT_FOUND', status: 404 } });
      expect(bloc.state.status).toBe('initial');
      await bloc.close();
    });
  });

  // A taken slug (409) is checked with the contacts' taken e-mail in shared/taken-unique-field.test.ts.
  describe('organizations/createSubmitted', () => {
    it('refuses an invalid form field by field, without sending it', async () => {
      const { bloc } = build();
      await bloc.add({ type: 'organizations/createSubmitted', draft: { name: '', slug: 'Not A Slug', plan: 'pro' } });
      expect(bloc.state.edit).toMatchObject({
        status: 'failure',
        intent: 'create',
        fieldErrors: { name: expect.any(String), slug: 'lowercase letters, digits and single dashes' },
        failure: { code: 'VALIDATION' },
      });
      expect(backend.requests(LIST, 'POST')).toHaveLength(0);
      await bloc.close();
    });

    it('creates, then reads the page again so the new organization shows', async () => {
      const { bloc } = build();
      await bloc.add({ type: 'organizations/opened' });
      await bloc.add({
        type: 'organizations/createSubmitted',
        draft: { name: 'Acme Corp', slug: 'acme-corp', plan: 'enterprise' },
      });
      expect(bloc.state.edit).toMatchObject({ status: 'success', intent: 'create', savedId: expect.any(String) });
      expect(names(bloc.state)).toContain('Acme Corp');
      expect(bloc.state.results?.total).toBe(backend.db.orgs.size);
      await bloc.add({ type: 'organizations/editDismissed' });
      expect(bloc.state.edit).toEqual(initialOrganizationsState.edit);
      await bloc.close();
    });

    it('a 400 naming a body field lands on that field', async () => {
      backend.server.use(
        http.post(`${BASE_URL}${LIST}`, () =>
          HttpResponse.json(errorEnvelope('BAD_REQUEST', 'body.name: Name is reserved; body.plan: Plan not offered'), {
            status: 400,
          }),
        ),
      );
      const { bloc } = build();
      await bloc.add({ type: 'organizations/createSubmitted', draft: { name: 'Admin', slug: 'admin', plan: 'pro' } });
      expect(bloc.state.edit).toMatchObject({
        status: 'failure',
        fieldErrors: { name: 'Name is reserved', plan: 'Plan not offered' },
        failure: { code: 'BAD_REQUEST' },
      });
      await bloc.close();
    });
  });

  describe('organizations/updateSubmitted', () => {
    it('updates the row and the open detail in place', async () => {
      const { bloc } = build();
      await bloc.add({ type: 'organizations/opened' });
      await bloc.add({ type: 'organizations/detailRequested', id: 'org_pL6sDe' });
      await bloc.add({ type: 'organizations/updateSubmitted', id: 'org_pL6sDe', changes: { plan: 'enterprise' } });
      expect(bloc.state.edit).toMatchObject({ status: 'success', intent: 'update', savedId: 'org_pL6sDe' });
      expect(bloc.state.detail.organization?.plan).toBe('enterprise');
      expect(selectOrganizations(bloc.state).find((org) => org.id === 'org_pL6sDe')?.plan).toBe('enterprise');
      await bloc.close();
    });

    it('an invalid change is refused before sending; a taken slug is a 409 on the slug; a missing one a 404', async () => {
      const { bloc } = build();
      await bloc.add({ type: 'organizations/updateSubmitted', id: 'org_pL6sDe', changes: { slug: 'Jæren' } });
      expect(bloc.state.edit).toMatchObject({ status: 'failure', fieldErrors: { slug: expect.any(String) } });
      await bloc.add({ type: 'organizations/updateSubmitted', id: 'org_pL6sDe', changes: { slug: 'rogaland-nord' } });
      expect(bloc.state.edit).toMatchObject({
        status: 'failure',
        fieldErrors: { slug: expect.stringContaining('slug') },
      });
      await bloc.add({ type: 'organizations/updateSubmitted', id: 'org_gone', changes: { name: 'X' } });
      expect(bloc.state.edit).toMatchObject({ status: 'failure', fieldErrors: {}, failure: { code: 'NOT_FOUND' } });
      expect(backend.requests('/api/admin/organizations/org_pL6sDe', 'PATCH')).toHaveLength(1);
      await bloc.close();
    });
  });

  describe('organizations/deleteRequested', () => {
    it('deletes an empty organization and reads the page again', async () => {
      const { bloc } = build();
      await bloc.add({
        type: 'organizations/createSubmitted',
        draft: { name: 'Short Lived', slug: 'short-lived', plan: 'free' },
      });
      const id = bloc.state.edit.savedId as string;
      await bloc.add({ type: 'organizations/detailRequested', id });
      await bloc.add({ type: 'organizations/deleteRequested', id });
      expect(bloc.state.removal).toEqual({ status: 'success', id, failure: null });
      expect(bloc.state.detail).toEqual(initialOrganizationsState.detail);
      expect(names(bloc.state)).not.toContain('Short Lived');
      await bloc.close();
    });

    it('an organization with members is a 409 that stays a general failure; the admin’s root is a 403', async () => {
      const { bloc } = build();
      await bloc.add({ type: 'organizations/deleteRequested', id: 'org_mJ4vRc' });
      expect(bloc.state.removal).toMatchObject({ status: 'failure', failure: { code: 'CONFLICT' } });
      await bloc.add({ type: 'organizations/deleteRequested', id: 'org_kNr8aQ' });
      expect(bloc.state.removal).toMatchObject({ status: 'failure', failure: { code: 'FORBIDDEN', forbidden: true } });
      await bloc.close();
    });
  });

  // An unknown token and a failed refresh are checked with the audit log in shared/admin-list-failures.test.ts.
  describe('failures of the list', () => {
    it('a non-admin gets a forbidden state, not a crash', async () => {
      const { bloc } = build({ token: DEMO_TOKENS.nonAdmin });
      await bloc.add({ type: 'organizations/opened' });
      expect(bloc.state).toMatchObject({ status: 'failure', failure: { code: 'FORBIDDEN', forbidden: true } });
      expect(selectOrganizationsForbidden(bloc.state)).toBe(true);
      await bloc.close();
    });
  });

  it('close aborts the running load at the server', async () => {
    const { bloc } = build();
    backend.hold((request) => request.path === LIST);
    void bloc.add({ type: 'organizations/opened' });
    await backend.waitHeld(1);
    await bloc.close();
    await backend.waitHeld(0);
    expect(backend.requests(LIST)[0]?.outcome).toBe('aborted');
  });

  it('a 401 answering a form ends the session, and its refusal is not left on the form for the next one', async () => {
    const { session, client } = createRig();
    const bloc = new OrganizationsBloc({ client, session, timers: manualTimers() });
    await bloc.add({ type: 'organizations/opened' });
    const expired = () => HttpResponse.json(errorEnvelope('UNAUTHORIZED', 'Token expired'), { status: 401 });
    backend.server.use(http.post(`${BASE_URL}${LIST}`, expired), http.patch(`${BASE_URL}${LIST}/:id`, expired));
    await bloc.add({ type: 'organizations/createSubmitted', draft: { name: 'Acme', slug: 'acme', plan: 'pro' } });
    expect(session.auth).toMatchObject({ status: 'signedOut', reason: 'unauthorized' });
    expect(bloc.state).toEqual(initialOrganizationsState);
    session.signIn(DEMO_TOKENS.admin);
    await bloc.add({ type: 'organizations/opened' });
    await bloc.add({ type: 'organizations/updateSubmitted', id: 'org_tY2zLm', changes: { name: 'Nord' } });
    expect(session.auth).toMatchObject({ status: 'signedOut', reason: 'unauthorized' });
    expect(bloc.state).toEqual(initialOrganizationsState);
    await bloc.close();
  });

  it('organizations/authChanged: a sign-out drops everything and aborts what is in flight; another account starts empty', async () => {
    const { session, client } = createRig();
    const bloc = new OrganizationsBloc({ client, session, timers: manualTimers() });
    await bloc.add({ type: 'organizations/opened' });
    await bloc.add({ type: 'organizations/detailRequested', id: 'org_tY2zLm' });
    backend.hold((request) => request.path.startsWith(LIST));
    void bloc.add({ type: 'organizations/refreshRequested' });
    void bloc.add({ type: 'organizations/detailRequested', id: 'org_pL6sDe' });
    await backend.waitHeld(2);
    session.signOut();
    expect(bloc.state).toEqual(initialOrganizationsState);
    await backend.waitHeld(0);
    expect(backend.seen.slice(-2).map((request) => request.outcome)).toEqual(['aborted', 'aborted']);
    expect(bloc.state).toEqual(initialOrganizationsState);
    backend.hold(null);
    session.signIn(DEMO_TOKENS.superAdmin);
    await bloc.add({ type: 'organizations/opened' });
    session.signIn(DEMO_TOKENS.admin);
    expect(bloc.state).toEqual(initialOrganizationsState);
    await bloc.close();
  });
});
