// A component as a team adopting the package writes it from the docs: the bloc comes from a provider, the view
// reads it with useBlocState and a selector.
import { type AdminClient, DashboardBloc, type OrgScopeRepository, selectDashboardCards } from 'admin-bloc';
import { BlocProvider, useBlocState } from 'admin-bloc/react';

function Figures() {
  const cards = useBlocState(DashboardBloc, (state) =>
    state.status === 'success' ? selectDashboardCards(state) : null,
  );
  const failed = useBlocState(DashboardBloc, (state) => state.status === 'failure');
  if (failed) return <p role="alert">The figures could not be loaded.</p>;
  if (cards === null || cards === undefined) return <p>Loading…</p>;
  return (
    <dl>
      <dt>Users</dt>
      <dd data-testid="totalUsers">{cards.totalUsers}</dd>
    </dl>
  );
}

export function DashboardFigures({ client, scope }: { client: AdminClient; scope: OrgScopeRepository }) {
  return (
    <BlocProvider create={() => new DashboardBloc({ client, scope })}>
      <Figures />
    </BlocProvider>
  );
}
