// Type-checked with `lib: ["ES2023"]` (no DOM), `types: ["node"]`, `moduleResolution: nodenext` and
// `skipLibCheck: false`: a Node-only project (a script, a server, a CLI) uses the headless entry and the Node mocks
// (`admin-bloc/mocks/node`) without the DOM lib, and every .d.ts the package ships (with msw's) compiles under it.
import { createAdminClient, DashboardBloc, OrgScopeRepository, selectDashboardCards } from 'admin-bloc';
import { DEMO_TOKENS, type MockServer, setupMockServer, startMockHttpServer } from 'admin-bloc/mocks/node';

const server: MockServer = setupMockServer();
server.listen();
const client = createAdminClient({ baseUrl: 'http://localhost', token: DEMO_TOKENS.admin });
const dashboard = new DashboardBloc({ client, scope: new OrgScopeRepository() });
const total: number | undefined =
  dashboard.state.status === 'success' ? selectDashboardCards(dashboard.state)?.totalUsers : undefined;
const http = await startMockHttpServer({ port: 0 });
await http.close();

export { total };

// @ts-expect-error the service worker is the browser's: admin-bloc/mocks/node has no startMockWorker
import { startMockWorker } from 'admin-bloc/mocks/node';
// @ts-expect-error nor has admin-bloc/mocks, which Node (the `node` condition) resolves to the same build
import { startMockWorker as workerOfMocks } from 'admin-bloc/mocks';

export { startMockWorker, workerOfMocks };
