import { describe, expect, it } from 'vitest';
import { ContactsBloc } from '../../../src/blocs/contacts/contacts-bloc.js';
import { DEMO_TOKENS } from '../../../src/mocks/demo-tokens.js';
import { OrgScopeRepository } from '../../../src/repositories/org-scope-repository.js';
import { createRig, manualTimers, setupBlocBackend, testClient, until } from '../shared/test-support.js';

const backend = setupBlocBackend();
const ANE = 'usr_01J3K8X';
const ANE_PATH = `/api/v1/contacts/${ANE}`;

describe('ContactsBloc: updates of one contact', () => {
  it('a second update made while the first is in flight is sent after it, and the last one wins', async () => {
    const rig = createRig(DEMO_TOKENS.admin);
    const nodes = (await testClient().data.orgNodes({ limit: 100 })).data;
    const scope = OrgScopeRepository.of(nodes, null, { session: rig.session });
    const bloc = new ContactsBloc({ client: rig.client, scope, timers: manualTimers() });
    await until(bloc.state$, (state) => state.status === 'success');
    backend.hold((request) => request.method === 'PUT' && request.path === ANE_PATH);
    const first = bloc.add({ type: 'contacts/updateSubmitted', id: ANE, changes: { full_name: 'Ane Berg-Hansen' } });
    await backend.waitHeld(1);
    const second = bloc.add({ type: 'contacts/updateSubmitted', id: ANE, changes: { full_name: 'Ane Hansen' } });
    backend.held[0]?.release();
    await first;
    await backend.waitHeld(1);
    backend.held[0]?.release();
    await second;
    expect(backend.requests(ANE_PATH, 'PUT').map((request) => request.body)).toEqual([
      { full_name: 'Ane Berg-Hansen' },
      { full_name: 'Ane Hansen' },
    ]);
    expect(backend.db.people.get(ANE)?.fullName).toBe('Ane Hansen');
    expect(bloc.state.edit).toMatchObject({ status: 'success', intent: 'update', savedId: ANE });
    await bloc.close();
  });
});
