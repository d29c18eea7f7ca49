import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PeerMentorsBloc } from '../../../src/blocs/peer-mentors/peer-mentors-bloc.js';
import {
  selectAvailablePeerMentors,
  selectPeerMentorRows,
  selectPeerMentorsPageCount,
} from '../../../src/blocs/peer-mentors/peer-mentors-selectors.js';
import { initialPeerMentorsState } from '../../../src/blocs/peer-mentors/peer-mentors-state.js';
import { DEMO_TOKENS } from '../../../src/mocks/demo-tokens.js';
import { OrgScopeRepository } from '../../../src/repositories/org-scope-repository.js';
import { blocTest } from '../../../src/testing/index.js';
import {
  BASE_URL,
  createScopedRig,
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
const LIST = '/api/v1/contacts/peer-mentors';
const SEARCH = '/api/v1/contacts/peer-mentors/search';
const SILJE = 'pm_88A1C';

async function build(selected: string | null = null, token: string = DEMO_TOKENS.admin, pageSize = 20) {
  const rig = await createScopedRig(selected, token);
  const timers = manualTimers();
  const bloc = new PeerMentorsBloc({ client: rig.client, scope: rig.scope, timers, searchDebounceMs: 300, pageSize });
  return { ...rig, timers, bloc };
}
/** Directory entries the mock holds for a subtree. */
const entriesIn = (orgId: string) => {
  const subtree = backend.db.subtree(orgId);
  return [...backend.db.peerMentors.values()].filter((entry) => {
    const person = backend.db.people.get(entry.personId);
    return person !== undefined && subtree.has(person.orgId);
  });
};

describe('PeerMentorsBloc', () => {
  it('loads the directory of the whole tree, asking document 003 about the root', async () => {
    const { bloc } = await build();
    const state = await settled(bloc);
    expect(state.results?.total).toBe(12);
    expect(selectPeerMentorRows(state)).toContainEqual(
      expect.objectContaining({ id: SILJE, full_name: 'Silje Dahl', specialty: 'Integration', available: true }),
    );
    expect(selectAvailablePeerMentors(state).every((row) => row.available)).toBe(true);
    expect(backend.requests(LIST)[0]?.url.searchParams.get('org_id')).toBe(ROOT);
    await bloc.close();
  });

  it('peerMentors/scopeChanged: the old scope’s rows and detail dropped at once, its request aborted', async () => {
    const { bloc, scope } = await build();
    await settled(bloc);
    await bloc.add({ type: 'peerMentors/detailRequested', id: SILJE });
    backend.hold((request) => request.path === LIST);
    scope.select(NORD);
    expect(bloc.state).toMatchObject({
      status: 'loading',
      query: { orgId: NORD },
      results: null,
      detail: initialPeerMentorsState.detail,
    });
    await backend.waitHeld(1);
    scope.select(null);
    await backend.waitHeld(1);
    scope.select(NORD);
    await backend.waitHeld(1);
    expect(backend.requests(LIST).map((request) => request.outcome)).toEqual(['passed', 'aborted', 'aborted', 'held']);
    backend.held[0]?.release();
    expect((await settled(bloc)).results?.total).toBe(entriesIn(NORD).length);
    await bloc.close();
  });

  blocTest('signing out resets to the initial state', {
    build: () => new PeerMentorsBloc({ client: testClient(), scope: new OrgScopeRepository() }),
    act: async (bloc) => {
      const { scope } = await build();
      await bloc.add({ type: 'peerMentors/scopeChanged', scope: scope.current });
      await bloc.add({ type: 'peerMentors/scopeChanged', scope: null });
    },
    expect: () => [
      expect.objectContaining({ status: 'loading', results: null, query: expect.objectContaining({ orgId: ROOT }) }),
      expect.objectContaining({ status: 'success' }),
      initialPeerMentorsState,
    ],
  });

  it('peerMentors/searchChanged: debounced; the older search aborted at the server; latest wins', async () => {
    const { bloc, timers } = await build();
    await settled(bloc);
    backend.hold((request) => request.path === SEARCH);
    void bloc.add({ type: 'peerMentors/searchChanged', search: 'sil' });
    timers.advance(300);
    await backend.waitHeld(1);
    void bloc.add({ type: 'peerMentors/searchChanged', search: 'integ' });
    timers.advance(150);
    void bloc.add({ type: 'peerMentors/searchChanged', search: 'integration' });
    timers.advance(300);
    await backend.waitHeld(1);
    expect(backend.requests(SEARCH).map((request) => [request.url.searchParams.get('q'), request.outcome])).toEqual([
      ['sil', 'aborted'],
      ['integration', 'held'],
    ]);
    backend.held[0]?.release();
    const state = await settled(bloc);
    expect(state.results?.query.search).toBe('integration');
    const rows = selectPeerMentorRows(state);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows)
      expect((row.specialty ?? '').toLowerCase().includes('integration') || /integration/i.test(row.full_name)).toBe(
        true,
      );
    expect(rows[0]).not.toHaveProperty('available');
    await bloc.close();
  });

  it('a search without hits is an empty success', async () => {
    const { bloc, timers } = await build();
    await settled(bloc);
    void bloc.add({ type: 'peerMentors/searchChanged', search: 'astrophysics' });
    timers.advance(300);
    expect(await settled(bloc)).toMatchObject({ status: 'success', results: { items: [], total: 0 } });
    await bloc.close();
  });

  it('latest wins under random scope switches, typing and answer orders', async () => {
    const nodes = (await testClient().data.orgNodes({ limit: 100 })).data;
    await checkInterleavings(
      fc.oneof(
        fc.record({ kind: fc.constant('type' as const), search: fc.constantFrom('', 'sil', 'integration', 'a') }),
        fc.record({ kind: fc.constant('scope' as const), orgId: fc.constantFrom(null, NORD, 'org_pL6sDe') }),
        fc.record({ kind: fc.constant('wait' as const), ms: fc.constantFrom(100, 300) }),
      ),
      { minLength: 1, maxLength: 7, numRuns: 30 },
      async (s, steps) => {
        scheduleAnswers(backend, s, `${BASE_URL}${LIST}*`, 'directory answer');
        const timers = manualTimers();
        const scope = OrgScopeRepository.of(nodes, null);
        const bloc = new PeerMentorsBloc({ client: testClient(), scope, timers, pageSize: 4 });
        for (const step of steps) {
          if (step.kind === 'type') void bloc.add({ type: 'peerMentors/searchChanged', search: step.search });
          else if (step.kind === 'scope') scope.select(step.orgId);
          else timers.advance(step.ms);
          await nextAnswer(s);
        }
        timers.advance(300);
        await settleScheduled(backend, s, bloc);
        const state = bloc.state;
        expect(state.status).toBe('success');
        expect(state.results?.query).toEqual(state.query);
        expect(state.query.scopeKey).toBe(scope.current?.key);
        const paging = { orgId: scope.current?.selectedOrgId ?? ROOT, page: 1, limit: 4 };
        const truth = await serverRows(testClient().peerMentors, paging, state.query.search);
        expect(state.results?.items).toEqual(truth);
        await bloc.close();
      },
    );
  });

  it('peerMentors/pageRequested: pages through; a page past the end shows the last one', async () => {
    const { bloc } = await build(null, DEMO_TOKENS.admin, 5);
    await settled(bloc);
    expect(selectPeerMentorsPageCount(bloc.state)).toBe(3);
    await bloc.add({ type: 'peerMentors/pageRequested', page: 3 });
    expect(selectPeerMentorRows(bloc.state)).toHaveLength(2);
    await bloc.add({ type: 'peerMentors/pageRequested', page: 9 });
    expect(bloc.state).toMatchObject({ query: { page: 3 }, results: { query: { page: 3 } } });
    await bloc.close();
  });

  it('peerMentors/detailRequested: one peer mentor; a missing one is a NOT_FOUND failure of the detail only', async () => {
    const { bloc } = await build();
    await settled(bloc);
    await bloc.add({ type: 'peerMentors/detailRequested', id: SILJE });
    expect(bloc.state.detail).toEqual({
      status: 'success',
      id: SILJE,
      peerMentor: expect.objectContaining({ full_name: 'Silje Dahl', created_at: '2025-08-01T07:00:00Z' }),
      failure: null,
    });
    await bloc.add({ type: 'peerMentors/detailRequested', id: 'pm_missing' });
    expect(bloc.state.detail).toMatchObject({ status: 'failure', failure: { code: 'NOT_FOUND' } });
    expect(bloc.state.status).toBe('success');
    await bloc.close();
  });

  // The list's failures (forbidden, signed out, a failed refresh): shared/scoped-list-failures.test.ts.
});
