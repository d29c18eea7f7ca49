import { describe, expect, it } from 'vitest';
import { setupBlocBackend, testClient } from '../blocs/shared/test-support.js';
import { Cubit } from '../../src/core/cubit.js';
import { hydrate } from '../../src/core/hydrate.js';
import { DEMO_PEOPLE } from '../../src/mocks/demo-tokens.js';
import {
  createAdminStateStorage,
  SELECTED_ORG_KEY,
  userFiltersKey,
} from '../../src/repositories/admin-state-storage.js';

const backend = setupBlocBackend();
const ROOT = 'org_kNr8aQ';

describe('createAdminStateStorage', () => {
  it('reads, writes and removes the user filters of an org (document 001 PUT/GET users)', async () => {
    const storage = createAdminStateStorage({ client: testClient() });
    const key = userFiltersKey(ROOT);
    expect(await storage.getItem(key)).toBeNull();
    await storage.setItem(key, JSON.stringify({ v: 1, state: { role: 'mentor', search: 'not stored' } }));
    expect(backend.db.adminState(DEMO_PEOPLE.admin).filters[ROOT]).toEqual({ role: 'mentor' });
    expect(JSON.parse((await storage.getItem(key)) ?? 'null')).toEqual({ v: 1, state: { role: 'mentor' } });
    await storage.removeItem(key);
    expect(await storage.getItem(key)).toBeNull();
  });

  it('reads, writes and removes the selected org (document 001 selected-org)', async () => {
    const storage = createAdminStateStorage({ client: testClient() });
    expect(JSON.parse((await storage.getItem(SELECTED_ORG_KEY)) ?? 'null')).toEqual({
      v: 1,
      state: { selectedOrgId: 'org_tY2zLm' },
    });
    await storage.setItem(SELECTED_ORG_KEY, JSON.stringify({ v: 1, state: { selectedOrgId: 'org_xW7pNq' } }));
    expect(backend.db.adminState(DEMO_PEOPLE.admin).selectedOrgId).toBe('org_xW7pNq');
    await storage.removeItem(SELECTED_ORG_KEY);
    expect(await storage.getItem(SELECTED_ORG_KEY)).toBeNull();
  });

  it('rejects keys the server has no slot for', async () => {
    const storage = createAdminStateStorage({ client: testClient() });
    await expect(storage.getItem('counter')).rejects.toThrow(/no slot for "counter"/);
    await expect(storage.setItem('userList/filters/', '{}')).rejects.toThrow(/no slot/);
  });

  it('works as hydrate() storage: a cubit restored on a second "load" of the same server', async () => {
    type Filters = { role?: 'mentor' | 'mentee' | 'coordinator'; status?: 'active' | 'inactive' };
    const storage = createAdminStateStorage({ client: testClient() });
    const first = new Cubit<Filters>({});
    const firstHydration = hydrate(first, { key: userFiltersKey(ROOT), storage });
    expect(await firstHydration.ready).toBe('empty');
    first.emit({ role: 'mentee', status: 'active' });
    await first.close();
    await new Promise<void>((resolve) => {
      const check = () =>
        backend.db.adminState(DEMO_PEOPLE.admin).filters[ROOT]?.role === 'mentee' ? resolve() : setImmediate(check);
      check();
    });

    const second = new Cubit<Filters>({});
    const hydration = hydrate(second, { key: userFiltersKey(ROOT), storage });
    expect(await hydration.ready).toBe('restored');
    expect(second.state).toEqual({ role: 'mentee', status: 'active' });
    await second.close();
  });

  it('a server failure reaches hydrate as a failed status, not a crash', async () => {
    backend.faults.set({ fail: { 'state.users.get': 500 } });
    const cubit = new Cubit<object>({});
    const errors: unknown[] = [];
    cubit.errors$.subscribe((error) => errors.push(error));
    const hydration = hydrate(cubit, {
      key: userFiltersKey(ROOT),
      storage: createAdminStateStorage({ client: testClient() }),
    });
    expect(await hydration.ready).toBe('failed');
    expect(errors).toHaveLength(1);
    await cubit.close();
  });
});
