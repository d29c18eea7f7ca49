import { describe, expect, it } from 'vitest';
import { DEMO_PEOPLE, DEMO_TOKENS } from '../../../src/mocks/demo-tokens.js';
import { blocTest } from '../../../src/testing/index.js';
import { OrgTreeBloc } from '../../../src/blocs/org-tree/org-tree-bloc.js';
import { createRig, PATHS, setupBlocBackend, until } from '../shared/test-support.js';
import { SelectedOrgBloc } from '../../../src/blocs/selected-org/selected-org-bloc.js';
import { initialSelectedOrgState } from '../../../src/blocs/selected-org/selected-org-state.js';

const backend = setupBlocBackend();

const ROOT = 'org_kNr8aQ';
const NORD = 'org_tY2zLm';
const HSV = 'org_xW7pNq';

/** The org scope as an app wires it: tree and selection blocs over one session. */
async function start(token: string = DEMO_TOKENS.admin) {
  const rig = createRig(token);
  const tree = new OrgTreeBloc(rig);
  const bloc = new SelectedOrgBloc(rig);
  await until(rig.scope.scope$, (scope) => scope !== null);
  await until(bloc.state$, (state) => state.status !== 'loading');
  return { ...rig, tree, bloc };
}

const restored = {
  ...initialSelectedOrgState,
  status: 'success',
  adminId: DEMO_PEOPLE.admin,
  selectedOrgId: NORD,
  selectedOrgName: 'Rogaland Nord',
  selectedAt: '2026-03-26T10:00:00Z',
};

describe('SelectedOrgBloc', () => {
  it('restores the selection from the server on sign-in and feeds the org scope', async () => {
    const { bloc, tree, scope } = await start();
    expect(bloc.state).toEqual(restored);
    expect(scope.current).toEqual({
      rootOrgId: ROOT,
      selectedOrgId: NORD,
      orgIds: [NORD, HSV, expect.any(String)],
      key: `${ROOT}>${NORD}`,
    });
    await Promise.all([bloc.close(), tree.close()]);
  });

  it('selectedOrg/nodeSelected: switches the scope at once, then saves it', async () => {
    const { bloc, tree, scope } = await start();
    const selecting = bloc.add({ type: 'selectedOrg/nodeSelected', orgId: HSV });
    expect(scope.current?.selectedOrgId).toBe(HSV);
    expect(bloc.state).toMatchObject({ selectedOrgId: HSV, selectedOrgName: 'Haugaland Sør og Vest', saving: true });
    await selecting;
    expect(bloc.state).toEqual({
      ...restored,
      selectedOrgId: HSV,
      selectedOrgName: 'Haugaland Sør og Vest',
      selectedAt: expect.any(String),
    });
    expect(backend.requests(PATHS.selectedOrg, 'POST').map((request) => request.body)).toEqual([
      { admin_id: DEMO_PEOPLE.admin, org_node_id: HSV },
    ]);
    await Promise.all([bloc.close(), tree.close()]);
  });

  it('selectedOrg/selectionCleared: the whole tree, and DELETE on the server', async () => {
    const { bloc, tree, scope } = await start();
    await bloc.add({ type: 'selectedOrg/selectionCleared' });
    expect(scope.current?.key).toBe(`${ROOT}>*`);
    expect(bloc.state).toEqual({ ...restored, selectedOrgId: null, selectedOrgName: null, selectedAt: null });
    expect(backend.requests(PATHS.selectedOrg, 'DELETE')).toHaveLength(1);
    expect(backend.db.adminState(DEMO_PEOPLE.admin).selectedOrgId).toBeNull();
    await Promise.all([bloc.close(), tree.close()]);
  });

  it('the selection survives a reload through the server admin state', async () => {
    const first = await start();
    await first.bloc.add({ type: 'selectedOrg/nodeSelected', orgId: HSV });
    await Promise.all([first.bloc.close(), first.tree.close()]);
    const second = await start();
    expect(second.bloc.state.selectedOrgId).toBe(HSV);
    expect(second.scope.current?.key).toBe(`${ROOT}>${HSV}`);
    await Promise.all([second.bloc.close(), second.tree.close()]);
  });

  it('quick successive choices: the server and the state end with the last one', async () => {
    const { bloc, tree, scope } = await start();
    await Promise.all([
      bloc.add({ type: 'selectedOrg/nodeSelected', orgId: ROOT }),
      bloc.add({ type: 'selectedOrg/selectionCleared' }),
      bloc.add({ type: 'selectedOrg/nodeSelected', orgId: HSV }),
    ]);
    expect(bloc.state.selectedOrgId).toBe(HSV);
    expect(scope.current?.selectedOrgId).toBe(HSV);
    expect(backend.db.adminState(DEMO_PEOPLE.admin).selectedOrgId).toBe(HSV);
    await Promise.all([bloc.close(), tree.close()]);
  });

  describe.each([
    [500, 'INTERNAL_ERROR'],
    ['network', 'NETWORK_ERROR'],
    [404, 'NOT_FOUND'],
  ] as const)('when saving answers %s', (fault, code) => {
    it(`rolls the selection and the scope back, with a ${code} failure`, async () => {
      const { bloc, tree, scope } = await start();
      backend.faults.set({ fail: { 'state.selectedOrg.set': fault } });
      await bloc.add({ type: 'selectedOrg/nodeSelected', orgId: HSV });
      expect(bloc.state).toEqual({ ...restored, failure: expect.objectContaining({ code }) });
      expect(scope.current?.selectedOrgId).toBe(NORD);
      await Promise.all([bloc.close(), tree.close()]);
    });
  });

  it('a node outside a scoped admin’s reach answers 403: forbidden failure, rolled back', async () => {
    const { bloc, tree, scope } = await start(DEMO_TOKENS.scopedAdmin);
    expect(bloc.state.selectedOrgId).toBeNull();
    await bloc.add({ type: 'selectedOrg/nodeSelected', orgId: ROOT });
    expect(bloc.state.failure).toMatchObject({ code: 'FORBIDDEN', forbidden: true });
    expect(bloc.state.selectedOrgId).toBeNull();
    expect(scope.current?.key).toBe(`${NORD}>*`);
    await Promise.all([bloc.close(), tree.close()]);
  });

  it('a failed restore leaves the whole tree usable and shows the failure', async () => {
    backend.faults.set({ fail: { 'state.selectedOrg.get': 500 } });
    const { bloc, tree, scope } = await start();
    expect(bloc.state).toEqual({
      ...initialSelectedOrgState,
      status: 'failure',
      failure: expect.objectContaining({ code: 'INTERNAL_ERROR', retryable: true }),
    });
    expect(scope.current?.key).toBe(`${ROOT}>*`);
    backend.faults.reset();
    await bloc.add({ type: 'selectedOrg/restoreRequested' });
    expect(bloc.state).toEqual(restored);
    expect(scope.current?.key).toBe(`${ROOT}>${NORD}`);
    await Promise.all([bloc.close(), tree.close()]);
  });

  blocTest('signing out aborts the restore and resets to initial', {
    setUp: () => backend.hold((request) => request.path === PATHS.selectedOrg),
    build: () => new SelectedOrgBloc(createRig()),
    act: async (bloc) => {
      await backend.waitHeld(1);
      await bloc.add({ type: 'selectedOrg/authChanged', auth: { status: 'signedOut', reason: 'signedOut' } });
      await backend.waitHeld(0);
    },
    expect: () => [initialSelectedOrgState],
    verify: () => expect(backend.requests(PATHS.selectedOrg)[0]?.outcome).toBe('aborted'),
  });

  it('two quick choices whose saves are both refused end on what the server holds, not on the first choice', async () => {
    const { bloc, tree, scope } = await start();
    backend.hold((request) => request.path === PATHS.selectedOrg && request.method === 'POST');
    const first = bloc.add({ type: 'selectedOrg/nodeSelected', orgId: HSV });
    const second = bloc.add({ type: 'selectedOrg/nodeSelected', orgId: ROOT });
    expect(scope.current?.selectedOrgId).toBe(ROOT);
    await backend.waitHeld(1);
    backend.held[0]?.fail(500);
    await first;
    await backend.waitHeld(1);
    backend.held[0]?.fail(500);
    await second;
    expect(bloc.state).toEqual({ ...restored, failure: expect.objectContaining({ code: 'INTERNAL_ERROR' }) });
    expect(scope.current?.selectedOrgId).toBe(NORD);
    expect((await createRig().client.state.selectedOrg.get()).data.selected_org_node_id).toBe(NORD);
    await Promise.all([bloc.close(), tree.close()]);
  });

  it('close() aborts the save it started and settles without waiting for the server', async () => {
    const { bloc, tree } = await start();
    backend.hold((request) => request.path === PATHS.selectedOrg && request.method === 'POST');
    const selecting = bloc.add({ type: 'selectedOrg/nodeSelected', orgId: HSV });
    await backend.waitHeld(1);
    await bloc.close();
    await selecting;
    expect(backend.held).toHaveLength(0);
    expect(backend.requests(PATHS.selectedOrg, 'POST').map((request) => request.outcome)).toEqual(['aborted']);
    await tree.close();
  });
});
