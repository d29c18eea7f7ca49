// A frontend without React: the packed `admin-bloc` in a plain TypeScript page built with Vite.
// MSW's service worker serves the mock backend (`admin-bloc/mocks/browser`); a bloc's state is rendered into the
// DOM by a plain `subscribe`. No framework, no React in node_modules.
import {
  createAdminClient,
  DashboardBloc,
  type DashboardBlocState,
  OrgScopeRepository,
  OrgTreeBloc,
  SessionRepository,
  selectDashboardCards,
} from 'admin-bloc';
import { DEMO_TOKENS, startMockWorker } from 'admin-bloc/mocks/browser';

function element(selector: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(selector);
  if (found === null) throw new Error(`missing ${selector}`);
  return found;
}

function render(state: DashboardBlocState): void {
  const app = element('#app');
  app.dataset.status = state.status;
  app.dataset.scope = state.scopeKey ?? '';
  element('[data-testid=status]').textContent = state.status;
  element('[data-testid=scope]').textContent = state.scopeKey ?? 'none';
  const cards = selectDashboardCards(state);
  for (const [key, value] of Object.entries(cards ?? {})) {
    element(`[data-testid=${key}]`).textContent = String(value);
  }
  element('[data-testid=failure]').textContent = state.failure ? `${state.failure.code}: ${state.failure.message}` : '';
}

async function main(): Promise<void> {
  await startMockWorker({ serviceWorkerUrl: './mockServiceWorker.js' });
  const session = new SessionRepository({ token: DEMO_TOKENS.admin });
  const client = createAdminClient({
    baseUrl: location.origin,
    token: session.tokenSource,
    onUnauthorized: session.onUnauthorized,
  });
  const scope = new OrgScopeRepository({ session });
  new OrgTreeBloc({ client, session, scope });
  scope.select(null);
  const dashboard = new DashboardBloc({ client, scope, refreshIntervalMs: 0 });
  dashboard.subscribe(render);
  render(dashboard.state);
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-scope]')) {
    button.addEventListener('click', () => scope.select(button.dataset.scope || null));
  }
}

main().catch((error: unknown) => {
  element('#app').dataset.status = 'crashed';
  element('[data-testid=failure]').textContent = String(error);
});
