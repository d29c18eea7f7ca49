import { describe, expect, it } from 'vitest';
import { DEMO_TOKENS } from '../../../src/mocks/demo-tokens.js';
import { blocTest } from '../../../src/testing/index.js';
import { createRig, PATHS, setupBlocBackend, until } from '../shared/test-support.js';
import { OrgTreeBloc } from '../../../src/blocs/org-tree/org-tree-bloc.js';
import {
  selectOrgNode,
  selectOrgSearchHits,
  selectOrgTree,
  selectVisibleOrgTree,
} from '../../../src/blocs/org-tree/org-tree-selectors.js';
import { initialOrgTreeState } from '../../../src/blocs/org-tree/org-tree-state.js';

const backend = setupBlocBackend();

const names = (tree: ReturnType<typeof selectOrgTree>): unknown =>
  tree.map((branch) => ({ name: branch.node.name, children: names([...branch.children]) }));

describe('OrgTreeBloc', () => {
  it('loads the org nodes on sign-in and gives the scope repository the tree', async () => {
    const rig = createRig(null);
    const bloc = new OrgTreeBloc(rig);
    rig.session.signIn(DEMO_TOKENS.admin);
    expect(bloc.state.status).toBe('loading');
    const state = await until(bloc.state$, (s) => s.status !== 'loading');
    expect(state.status).toBe('success');
    expect(state.nodes).toHaveLength(6);
    const [root] = selectOrgTree(state);
    expect(root?.node).toEqual({ org_id: 'org_kNr8aQ', name: 'Stavanger Region', parent_org_id: null, level: 0 });
    expect(selectOrgNode(state, 'org_tY2zLm')?.name).toBe('Rogaland Nord');
    expect(rig.scope.tree).toBe(state.nodes);
    await bloc.close();
  });

  it('a scoped admin gets the subtree of their own org', async () => {
    const rig = createRig(DEMO_TOKENS.scopedAdmin);
    const bloc = new OrgTreeBloc(rig);
    const state = await until(bloc.state$, (s) => s.status === 'success');
    expect(selectOrgTree(state).map((branch) => branch.node.org_id)).toEqual(['org_tY2zLm']);
    await bloc.close();
  });

  blocTest('orgTree/searchChanged: keeps matches with their ancestors, accent-insensitive', {
    build: () => new OrgTreeBloc(createRig()),
    act: async (bloc) => {
      await until(bloc.state$, (s) => s.status === 'success');
      await bloc.add({ type: 'orgTree/searchChanged', query: 'haugaland SOR' });
    },
    skip: 1,
    expect: () => [expect.objectContaining({ query: 'haugaland SOR' })],
    verify: (bloc) => {
      expect(names(selectVisibleOrgTree(bloc.state))).toEqual([
        {
          name: 'Stavanger Region',
          children: [{ name: 'Rogaland Nord', children: [{ name: 'Haugaland Sør og Vest', children: [] }] }],
        },
      ]);
      expect(selectOrgSearchHits(bloc.state)).toEqual(['org_xW7pNq']);
      expect(selectVisibleOrgTree({ ...bloc.state, query: 'no such org' })).toEqual([]);
      expect(selectVisibleOrgTree({ ...bloc.state, query: '' })).toBe(selectOrgTree(bloc.state));
    },
  });

  blocTest(
    'an empty org list is a success with an empty tree',
    () => {
      backend.db.orgs.clear();
      return new OrgTreeBloc(createRig());
    },
    {
      setUp: () => {
        backend.faults.reset();
      },
      act: (bloc) => until(bloc.state$, (s) => s.status !== 'loading'),
      expect: () => [{ ...initialOrgTreeState, status: 'success' }],
      verify: (bloc) => {
        expect(bloc.state).toEqual({ ...initialOrgTreeState, status: 'success' });
        expect(selectOrgTree(bloc.state)).toEqual([]);
      },
    },
  );

  describe.each([
    [403, 'FORBIDDEN', { forbidden: true }],
    [500, 'INTERNAL_ERROR', { retryable: true }],
    ['network', 'NETWORK_ERROR', { retryable: true }],
  ] as const)('when org-nodes answers %s', (fault, code, flags) => {
    blocTest(`fails with ${code}; orgTree/reloadRequested recovers`, {
      build: () => {
        backend.faults.set({ fail: { 'data.orgNodes': fault } });
        return new OrgTreeBloc(createRig());
      },
      act: async (bloc) => {
        await until(bloc.state$, (s) => s.status === 'failure');
        expect(bloc.state.failure).toMatchObject({ code, ...flags });
        backend.faults.reset();
        await bloc.add({ type: 'orgTree/reloadRequested' });
      },
      expect: () => [
        expect.objectContaining({ status: 'failure' }),
        expect.objectContaining({ status: 'loading', failure: null }),
        expect.objectContaining({ status: 'success' }),
      ],
    });
  });

  it('signing out while loading aborts the request and resets to initial', async () => {
    backend.hold((request) => request.path === PATHS.orgNodes);
    const rig = createRig();
    const bloc = new OrgTreeBloc(rig);
    await backend.waitHeld(1);
    rig.session.signOut();
    expect(bloc.state).toEqual(initialOrgTreeState);
    await backend.waitHeld(0);
    expect(backend.requests(PATHS.orgNodes)[0]?.outcome).toBe('aborted');
    await bloc.close();
    expect(rig.scope.current).toBeNull();
  });

  it('a 401 while loading signs the session out', async () => {
    const rig = createRig('expired-token');
    const bloc = new OrgTreeBloc(rig);
    await until(rig.session.auth$, (auth) => auth.status === 'signedOut');
    expect(rig.session.auth).toEqual({ status: 'signedOut', reason: 'unauthorized', detail: expect.any(String) });
    expect(bloc.state).toEqual(initialOrgTreeState);
    await bloc.close();
  });
});
