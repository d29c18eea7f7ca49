import fc from 'fast-check';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { ContactsBloc } from '../../../src/blocs/contacts/contacts-bloc.js';
import {
  selectContactFieldError,
  selectContactRows,
  selectContactsPageCount,
  selectIsContactSearch,
} from '../../../src/blocs/contacts/contacts-selectors.js';
import { initialContactsState } from '../../../src/blocs/contacts/contacts-state.js';
import { errorEnvelope } from '../../../src/contract/errors.js';
import { DEMO_PEOPLE, DEMO_TOKENS } from '../../../src/mocks/demo-tokens.js';
import { OrgScopeRepository } from '../../../src/repositories/org-scope-repository.js';
import { blocTest } from '../../../src/testing/index.js';
import {
  BASE_URL,
  createScopedRig,
  JAEREN,
  manualTimers,
  NORD,
  ROOT,
  settled,
  setupBlocBackend,
  testClient,
} from '../shared/test-support.js';
import {
  checkInterleavings,
  nextAnswer,
  scheduleAnswers,
  serverRows,
  settleScheduled,
} from '../shared/scheduled-answers.js';

const backend = setupBlocBackend();
const LIST = '/api/v1/contacts';
const SEARCH = '/api/v1/contacts/search';
const ANE = 'usr_01J3K8X';

async function build(selected: string | null = NORD, token: string = DEMO_TOKENS.admin) {
  const rig = await createScopedRig(selected, token);
  const timers = manualTimers();
  const bloc = new ContactsBloc({ client: rig.client, scope: rig.scope, timers, searchDebounceMs: 300 });
  return { ...rig, timers, bloc };
}
/** Contacts (people who are not mentees) the mock holds for a subtree. */
const contactsIn = (orgId: string) => {
  const subtree = backend.db.subtree(orgId);
  return [...backend.db.people.values()].filter((person) => subtree.has(person.orgId) && person.role !== 'mentee');
};

describe('ContactsBloc', () => {
  it('loads the scope’s contacts, asking document 003 about the selected node', async () => {
    const { bloc } = await build();
    expect(bloc.state).toMatchObject({ status: 'loading', query: { scopeKey: `${ROOT}>${NORD}`, orgId: NORD } });
    const state = await settled(bloc);
    expect(state).toMatchObject({ status: 'success', results: { total: contactsIn(NORD).length } });
    expect(selectContactRows(state)).toHaveLength(20);
    expect(selectContactRows(state)[0]).toMatchObject({ role: expect.any(String), is_active: expect.any(Boolean) });
    expect(backend.requests(LIST)[0]?.url.searchParams.get('org_id')).toBe(NORD);
    await bloc.close();
  });

  it('a search given at construction (a shared link) is the first load: no plain list is asked for first', async () => {
    const { client, scope } = await createScopedRig();
    const bloc = new ContactsBloc({ client, scope, timers: manualTimers(), search: 'berg' });
    const state = await settled(bloc);
    expect(state).toMatchObject({ status: 'success', query: { search: 'berg', orgId: NORD } });
    expect(backend.requests(LIST)).toHaveLength(0);
    expect(backend.requests(SEARCH).map((request) => request.url.searchParams.get('q'))).toEqual(['berg']);
    await bloc.close();
  });

  it('the whole tree asks about the root org', async () => {
    const { bloc } = await build(null);
    const state = await settled(bloc);
    expect(backend.requests(LIST)[0]?.url.searchParams.get('org_id')).toBe(ROOT);
    expect(state.results?.total).toBe(contactsIn(ROOT).length);
    expect(selectContactsPageCount(state)).toBe(Math.ceil(contactsIn(ROOT).length / 20));
    await bloc.close();
  });

  it('contacts/scopeChanged: list and detail of the old scope dropped at once, its requests aborted', async () => {
    const { bloc, scope } = await build();
    await settled(bloc);
    await bloc.add({ type: 'contacts/detailRequested', id: ANE });
    backend.hold((request) => request.path.startsWith(LIST));
    void bloc.add({ type: 'contacts/detailRequested', id: ANE });
    await backend.waitHeld(1);
    scope.select(JAEREN);
    expect(bloc.state).toMatchObject({ status: 'loading', results: null, detail: initialContactsState.detail });
    expect(bloc.state.query).toMatchObject({ scopeKey: `${ROOT}>${JAEREN}`, orgId: JAEREN, page: 1 });
    await backend.waitHeld(1);
    expect(backend.seen.slice(-2).map((request) => [request.path, request.outcome])).toEqual([
      [`${LIST}/${ANE}`, 'aborted'],
      [LIST, 'held'],
    ]);
    backend.held[0]?.release();
    const state = await settled(bloc);
    expect(state.results?.total).toBe(contactsIn(JAEREN).length);
    expect(state.detail).toEqual(initialContactsState.detail);
    await bloc.close();
  });

  blocTest('signing out resets to the initial state', {
    build: () => new ContactsBloc({ client: testClient(), scope: new OrgScopeRepository() }),
    act: async (bloc) => {
      const { scope } = await createScopedRig();
      await bloc.add({ type: 'contacts/scopeChanged', scope: scope.current });
      await bloc.add({ type: 'contacts/scopeChanged', scope: null });
    },
    expect: () => [
      expect.objectContaining({ status: 'loading', results: null }),
      expect.objectContaining({ status: 'success' }),
      initialContactsState,
    ],
  });

  describe('contacts/searchChanged', () => {
    it('debounced: one search after typing pauses; the older search aborted at the server; latest wins', async () => {
      const { bloc, timers } = await build(null);
      await settled(bloc);
      backend.hold((request) => request.path === SEARCH);
      void bloc.add({ type: 'contacts/searchChanged', search: 'a' });
      timers.advance(200);
      void bloc.add({ type: 'contacts/searchChanged', search: 'an' });
      timers.advance(299);
      expect(backend.requests(SEARCH)).toHaveLength(0);
      timers.advance(1);
      await backend.waitHeld(1);
      void bloc.add({ type: 'contacts/searchChanged', search: 'ane berg' });
      timers.advance(300);
      await backend.waitHeld(1);
      expect(backend.requests(SEARCH).map((request) => [request.url.searchParams.get('q'), request.outcome])).toEqual([
        ['an', 'aborted'],
        ['ane berg', 'held'],
      ]);
      backend.held[0]?.release();
      const state = await settled(bloc);
      expect(selectIsContactSearch(state)).toBe(true);
      expect(selectContactRows(state)).toEqual([{ id: ANE, full_name: 'Ane Berg', email: 'ane.berg@org.no' }]);
      await bloc.close();
    });

    it('no hits is an empty success; an emptied search box shows the plain list again', async () => {
      const { bloc, timers } = await build();
      await settled(bloc);
      void bloc.add({ type: 'contacts/searchChanged', search: 'qqqq' });
      timers.advance(300);
      expect(await settled(bloc)).toMatchObject({ status: 'success', results: { items: [], total: 0 } });
      void bloc.add({ type: 'contacts/searchChanged', search: '  ' });
      timers.advance(300);
      const state = await settled(bloc);
      expect(selectIsContactSearch(state)).toBe(false);
      expect(state.results?.total).toBe(contactsIn(NORD).length);
      await bloc.close();
    });

    it('latest wins under random typing rhythms and answer orders', async () => {
      const nodes = (await testClient().data.orgNodes({ limit: 100 })).data;
      await checkInterleavings(
        fc.tuple(fc.constantFrom('a', 'an', 'ane', 'berg', 'dahl', 'x', ''), fc.constantFrom(50, 299, 300, 600)),
        { minLength: 1, maxLength: 6, numRuns: 30 },
        async (s, typing) => {
          scheduleAnswers(backend, s, `${BASE_URL}${LIST}*`, 'contacts answer');
          const timers = manualTimers();
          const scope = OrgScopeRepository.of(nodes, null);
          const bloc = new ContactsBloc({ client: testClient(), scope, timers, pageSize: 5 });
          for (const [search, pause] of typing) {
            void bloc.add({ type: 'contacts/searchChanged', search });
            timers.advance(pause);
            await nextAnswer(s);
          }
          timers.advance(300);
          await settleScheduled(backend, s, bloc);
          const last = typing.at(-1)?.[0] ?? '';
          const state = bloc.state;
          expect(state.status).toBe('success');
          expect(state.query.search).toBe(last);
          expect(state.results?.query).toEqual(state.query);
          const paging = { orgId: ROOT, page: 1, limit: 5 };
          expect(state.results?.items).toEqual(await serverRows(testClient().contacts, paging, last));
          await bloc.close();
        },
      );
    });
  });

  it('random scope switches, searches, pages and slow or failing answers: what shows always answers the current scope and query', async () => {
    const nodes = (await testClient().data.orgNodes({ limit: 100 })).data;
    await fc.assert(
      fc.asyncProperty(
        fc.scheduler(),
        fc.array(
          fc.oneof(
            fc.record({ kind: fc.constant('scope' as const), orgId: fc.constantFrom(null, NORD, JAEREN) }),
            fc.record({ kind: fc.constant('search' as const), search: fc.constantFrom('', 'a', 'an', 'berg') }),
            fc.record({ kind: fc.constant('page' as const), page: fc.integer({ min: 1, max: 3 }) }),
            fc.record({ kind: fc.constant('wait' as const), ms: fc.constantFrom(100, 300) }),
          ),
          { minLength: 1, maxLength: 8 },
        ),
        fc.subarray([NORD, JAEREN, ROOT]),
        async (s, steps, failing) => {
          scheduleAnswers(backend, s, `${BASE_URL}${LIST}*`, 'contacts answer', {
            answer: (request) => {
              const orgId = new URL(request.url).searchParams.get('org_id') ?? '';
              if (!failing.includes(orgId)) return undefined;
              return HttpResponse.json(errorEnvelope('INTERNAL_ERROR', 'slow and failing'), { status: 500 });
            },
          });
          const timers = manualTimers();
          const scope = OrgScopeRepository.of(nodes, NORD);
          const bloc = new ContactsBloc({ client: testClient(), scope, timers, pageSize: 5 });
          for (const step of steps) {
            if (step.kind === 'scope') scope.select(step.orgId);
            else if (step.kind === 'search') void bloc.add({ type: 'contacts/searchChanged', search: step.search });
            else if (step.kind === 'page') void bloc.add({ type: 'contacts/pageRequested', page: step.page });
            else timers.advance(step.ms);
            // Whatever is on screen belongs to the current scope.
            const shown = bloc.state.results;
            if (shown !== null) expect(shown.query.scopeKey).toBe(scope.current?.key);
            await nextAnswer(s);
          }
          timers.advance(300);
          await settleScheduled(backend, s, bloc);
          const state = bloc.state;
          const orgId = scope.current?.selectedOrgId ?? ROOT;
          expect(state.query).toMatchObject({ scopeKey: scope.current?.key, orgId });
          if (failing.includes(orgId)) {
            expect(state).toMatchObject({ status: 'failure', failure: { code: 'INTERNAL_ERROR' } });
            if (state.results !== null) expect(state.results.query.scopeKey).toBe(state.query.scopeKey);
          } else {
            expect(state.status).toBe('success');
            expect(state.results?.query).toEqual(state.query);
            const paging = { orgId, page: state.query.page, limit: 5 };
            const truth = await serverRows(testClient().contacts, paging, state.query.search);
            expect(state.results?.items).toEqual(truth);
          }
          await bloc.close();
        },
      ),
      { numRuns: 40 },
    );
  });

  it('contacts/pageRequested: pages through; a page past the end shows the last one', async () => {
    const { bloc } = await build(null);
    await settled(bloc);
    await bloc.add({ type: 'contacts/pageRequested', page: 2 });
    expect(bloc.state.results?.query.page).toBe(2);
    const last = selectContactsPageCount(bloc.state);
    await bloc.add({ type: 'contacts/pageRequested', page: last + 4 });
    expect(bloc.state).toMatchObject({ status: 'success', query: { page: last }, results: { query: { page: last } } });
    await bloc.close();
  });

  describe('contacts/detailRequested', () => {
    it('loads a contact; a missing one is a NOT_FOUND failure of the detail only', async () => {
      const { bloc } = await build();
      await settled(bloc);
      await bloc.add({ type: 'contacts/detailRequested', id: ANE });
      expect(bloc.state.detail).toMatchObject({ status: 'success', contact: { id: ANE, full_name: 'Ane Berg' } });
      await bloc.add({ type: 'contacts/detailRequested', id: 'usr_missing' });
      expect(bloc.state.detail).toMatchObject({ status: 'failure', id: 'usr_missing', failure: { code: 'NOT_FOUND' } });
      expect(bloc.state.status).toBe('success');
      await bloc.close();
    });
  });

  // A taken e-mail (409) is checked with the organizations' taken slug in shared/taken-unique-field.test.ts.
  describe('contacts/createSubmitted', () => {
    it('refuses invalid fields before sending', async () => {
      const { bloc } = await build();
      await settled(bloc);
      await bloc.add({
        type: 'contacts/createSubmitted',
        draft: { full_name: '', email: 'not-an-email', role: 'coordinator' },
      });
      expect(bloc.state.edit).toMatchObject({
        status: 'failure',
        intent: 'create',
        fieldErrors: { full_name: expect.any(String), email: expect.any(String) },
        failure: { code: 'VALIDATION' },
      });
      expect(selectContactFieldError(bloc.state, 'email')).toEqual(expect.any(String));
      expect(selectContactFieldError(bloc.state, 'role')).toBeNull();
      expect(backend.requests(LIST, 'POST')).toHaveLength(0);
      await bloc.close();
    });

    it('creates in the scope’s node by default and reads the list again', async () => {
      const { bloc, timers } = await build();
      await settled(bloc);
      await bloc.add({
        type: 'contacts/createSubmitted',
        draft: { full_name: 'Lars Haugen', email: 'lars.haugen@org.no', role: 'coordinator' },
      });
      expect(bloc.state.edit).toMatchObject({ status: 'success', intent: 'create', savedId: expect.any(String) });
      expect(backend.requests(LIST, 'POST')[0]?.body).toMatchObject({ org_id: NORD });
      expect(bloc.state.results?.total).toBe(contactsIn(NORD).length);
      void bloc.add({ type: 'contacts/searchChanged', search: 'lars haugen' });
      timers.advance(300);
      expect(selectContactRows(await settled(bloc)).map((row) => row.email)).toEqual(['lars.haugen@org.no']);
      await bloc.add({ type: 'contacts/editDismissed' });
      expect(bloc.state.edit).toEqual(initialContactsState.edit);
      await bloc.close();
    });

    it('a 400 naming fields lands on them; an org outside the admin’s scope is a 403', async () => {
      const { bloc } = await build(NORD, DEMO_TOKENS.scopedAdmin);
      await settled(bloc);
      await bloc.add({
        type: 'contacts/createSubmitted',
        draft: { full_name: 'Out Of Scope', email: 'out@org.no', role: 'coordinator', org_id: ROOT },
      });
      expect(bloc.state.edit).toMatchObject({ status: 'failure', fieldErrors: {}, failure: { forbidden: true } });
      backend.server.use(
        http.post(`${BASE_URL}${LIST}`, () =>
          HttpResponse.json(errorEnvelope('BAD_REQUEST', 'body.full_name: Name must include a surname'), {
            status: 400,
          }),
        ),
      );
      await bloc.add({
        type: 'contacts/createSubmitted',
        draft: { full_name: 'Cher', email: 'cher@org.no', role: 'coordinator' },
      });
      expect(bloc.state.edit).toMatchObject({
        fieldErrors: { full_name: 'Name must include a surname' },
        failure: { code: 'BAD_REQUEST' },
      });
      await bloc.close();
    });
  });

  describe('contacts/updateSubmitted', () => {
    it('updates, refreshes the open detail and the list', async () => {
      const { bloc } = await build(null);
      await settled(bloc);
      await bloc.add({ type: 'contacts/detailRequested', id: ANE });
      await bloc.add({ type: 'contacts/updateSubmitted', id: ANE, changes: { is_active: false } });
      expect(bloc.state.edit).toMatchObject({ status: 'success', intent: 'update', savedId: ANE });
      expect(bloc.state.detail.contact).toMatchObject({ id: ANE, is_active: false, updated_at: expect.any(String) });
      expect(backend.requests(LIST)).toHaveLength(2);
      await bloc.close();
    });

    it('invalid changes are refused before sending; a taken e-mail is a 409 on email; a missing contact a 404', async () => {
      const { bloc } = await build();
      await settled(bloc);
      await bloc.add({ type: 'contacts/updateSubmitted', id: ANE, changes: { email: 'nope' } });
      expect(bloc.state.edit).toMatchObject({ status: 'failure', fieldErrors: { email: expect.any(String) } });
      await bloc.add({ type: 'contacts/updateSubmitted', id: ANE, changes: { email: 'silje.dahl@org.no' } });
      expect(bloc.state.edit.fieldErrors).toEqual({ email: 'A user with email silje.dahl@org.no already exists' });
      await bloc.add({ type: 'contacts/updateSubmitted', id: 'usr_missing', changes: { full_name: 'X' } });
      expect(bloc.state.edit).toMatchObject({ fieldErrors: {}, failure: { code: 'NOT_FOUND' } });
      expect(backend.requests(`${LIST}/${ANE}`, 'PUT')).toHaveLength(1);
      await bloc.close();
    });
  });

  describe('contacts/deleteRequested', () => {
    // Document 003 restricts nothing: an org admin deletes (this pinned a 403 when the mock kept deletes for
    // super-admins); deleting a super-admin's record is still refused, and shown as such.
    it('an org admin deletes and the list is read again; a second delete is NOT_FOUND', async () => {
      const admin = await build(null);
      await settled(admin.bloc);
      await admin.bloc.add({ type: 'contacts/detailRequested', id: ANE });
      const before = admin.bloc.state.results?.total ?? 0;
      await admin.bloc.add({ type: 'contacts/deleteRequested', id: ANE });
      expect(admin.bloc.state.removal).toEqual({ status: 'success', id: ANE, failure: null });
      expect(admin.bloc.state.detail).toEqual(initialContactsState.detail);
      expect(admin.bloc.state.results?.total).toBe(before - 1);
      await admin.bloc.add({ type: 'contacts/deleteRequested', id: ANE });
      expect(admin.bloc.state.removal).toMatchObject({ status: 'failure', failure: { code: 'NOT_FOUND' } });
      await admin.bloc.close();
    });

    it('an org admin may not delete a super-admin (403)', async () => {
      const admin = await build(null);
      await settled(admin.bloc);
      await admin.bloc.add({ type: 'contacts/deleteRequested', id: DEMO_PEOPLE.superAdmin });
      expect(admin.bloc.state.removal).toMatchObject({
        status: 'failure',
        failure: { code: 'FORBIDDEN', forbidden: true },
      });
      await admin.bloc.close();
    });
  });

  // The list's failures (forbidden, signed out, a failed refresh): shared/scoped-list-failures.test.ts.

  it('a sign-out while a create runs: the form outcome of the old session never lands', async () => {
    const { bloc, session } = await build();
    await settled(bloc);
    backend.hold((request) => request.method === 'POST');
    const create = bloc.add({
      type: 'contacts/createSubmitted',
      draft: { full_name: 'Late Answer', email: 'late.answer@org.no', role: 'coordinator' },
    });
    await backend.waitHeld(1);
    session.signOut();
    expect(bloc.state).toEqual(initialContactsState);
    await backend.waitHeld(0);
    await create;
    expect(bloc.state).toEqual(initialContactsState);
    expect(backend.requests(LIST, 'POST')[0]?.outcome).toBe('aborted');
    await bloc.close();
  });

  it.each([
    ['a create', 'post', LIST],
    ['an update', 'put', `${LIST}/:id`],
    ['a delete', 'delete', `${LIST}/:id`],
  ] as const)(
    'a 401 answering %s ends the session, and its refusal is not left for the next one',
    async (_action, method, path) => {
      const { bloc, session } = await build(NORD, DEMO_TOKENS.superAdmin);
      await settled(bloc);
      backend.server.use(
        http[method](`${BASE_URL}${path}`, () =>
          HttpResponse.json(errorEnvelope('UNAUTHORIZED', 'Token expired'), { status: 401 }),
        ),
      );
      const send = {
        post: () =>
          bloc.add({
            type: 'contacts/createSubmitted',
            draft: { full_name: 'Lars Haugen', email: 'lars.haugen@org.no', role: 'coordinator' },
          }),
        put: () => bloc.add({ type: 'contacts/updateSubmitted', id: ANE, changes: { is_active: false } }),
        delete: () => bloc.add({ type: 'contacts/deleteRequested', id: ANE }),
      }[method];
      await send();
      expect(session.auth).toMatchObject({ status: 'signedOut', reason: 'unauthorized' });
      expect(bloc.state).toEqual(initialContactsState);
      await bloc.close();
    },
  );
});
