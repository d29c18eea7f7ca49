// Type-checked (not run) under `moduleResolution: nodenext` against the packed .d.ts files: what a Node
// consumer writes with the headless entries must compile, and misuse must not.
import {
  type AdminApiError,
  type AdminClient,
  Bloc,
  Cubit,
  createAdminClient,
  DashboardBloc,
  type DashboardBlocState,
  debounced,
  OrgScopeRepository,
  restartable,
} from 'admin-bloc';
import { DEMO_TOKENS, type MockServer, setupMockServer } from 'admin-bloc/mocks';
import { blocTest, whenListen } from 'admin-bloc/testing';

type SearchEvent = { readonly type: 'search/queryChanged'; readonly query: string };

class SearchBloc extends Bloc<SearchEvent, string> {
  constructor() {
    super('');
    this.on('search/queryChanged', (event, emit) => emit(event.query), debounced(300, restartable()));
  }
}

const client: AdminClient = createAdminClient({ baseUrl: 'http://localhost', token: DEMO_TOKENS.admin });
const users: Promise<number> = client.data.dashboardStats({ orgIds: ['org_kNr8aQ'] }).then((r) => r.data.total_users);
// @ts-expect-error the query argument is camelCase (`orgIds`), not the wire name
client.data.dashboardStats({ org_ids: ['org_kNr8aQ'] });
const server: MockServer = setupMockServer();
const dashboard = new DashboardBloc({ client, scope: new OrgScopeRepository() });
const status: DashboardBlocState['status'] = dashboard.state.status;
const counter = new Cubit(0);
// @ts-expect-error a Cubit<number> takes numbers
counter.emit('one');
const code = (error: AdminApiError): string => error.code;

export { blocTest, code, counter, SearchBloc, server, status, users, whenListen };
