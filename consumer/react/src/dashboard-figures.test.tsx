// A component test as the package's README has a consumer write it: jsdom, setupMockServer from admin-bloc/mocks,
// a client without baseUrl (it calls the page's origin), React's own act.
import { createAdminClient, OrgScopeRepository, OrgTreeBloc, SessionRepository } from 'admin-bloc';
import { DEMO_TOKENS, setupMockServer } from 'admin-bloc/mocks';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterAll, afterEach, beforeAll, expect, it, vi } from 'vitest';
import { DashboardFigures } from './dashboard-figures.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
const mock = setupMockServer();
beforeAll(() => mock.listen());
afterEach(() => mock.reset());
afterAll(() => mock.close());

async function show(orgId: string, fail = false) {
  if (fail) mock.faults.set({ fail: { 'data.dashboardStats': 503 } });
  // Wired as the README's tour does: the session's token, the org tree loaded into the scope, a selected org.
  const session = new SessionRepository({ token: DEMO_TOKENS.admin });
  const client = createAdminClient({ token: session.tokenSource, retry: false });
  const scope = new OrgScopeRepository({ session });
  const orgTree = new OrgTreeBloc({ client, session, scope });
  scope.select(orgId);
  const container = document.createElement('div');
  const root = createRoot(container);
  await act(async () => root.render(<DashboardFigures client={client} scope={scope} />));
  return {
    container,
    unmount: async () => {
      await act(async () => root.unmount());
      await orgTree.close();
    },
  };
}

const text = (container: HTMLElement, selector: string) => container.querySelector(selector)?.textContent;

it('shows the whole tree’s users from the mock backend', async () => {
  const { container, unmount } = await show('org_kNr8aQ');
  await vi.waitFor(() => expect(text(container, '[data-testid=totalUsers]')).toBe('291'), { timeout: 10_000 });
  await unmount();
});

it('shows Rogaland Nord’s users', async () => {
  const { container, unmount } = await show('org_tY2zLm');
  await vi.waitFor(() => expect(text(container, '[data-testid=totalUsers]')).toBe('184'), { timeout: 10_000 });
  await unmount();
});

it('says so when the figures fail to load', async () => {
  const { container, unmount } = await show('org_kNr8aQ', true);
  await vi.waitFor(() => expect(text(container, '[role=alert]')).toMatch(/could not be loaded/), { timeout: 10_000 });
  await unmount();
});
