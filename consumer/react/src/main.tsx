import { createAdminClient, OrgScopeRepository, OrgTreeBloc, SessionRepository } from 'admin-bloc';
import { createRoot } from 'react-dom/client';
import { DashboardFigures } from './dashboard-figures.js';

const root = document.getElementById('root');
if (root) {
  const session = new SessionRepository({ token: 'the signed-in user’s token' });
  const client = createAdminClient({ token: session.tokenSource, onUnauthorized: session.onUnauthorized });
  const scope = new OrgScopeRepository({ session });
  new OrgTreeBloc({ client, session, scope });
  scope.select(null);
  createRoot(root).render(<DashboardFigures client={client} scope={scope} />);
}
