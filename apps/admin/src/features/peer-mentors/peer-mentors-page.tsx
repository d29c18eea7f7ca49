import { PeerMentorsBloc, selectPeerMentorRows, selectPeerMentorsPageCount } from 'admin-bloc';
import { BlocProvider, useBloc, useBlocState } from 'admin-bloc/react';
import { useServices } from '../../app/services-context.js';
import { PeerMentorsView } from './peer-mentors-view.js';

/** Creates the peer mentors bloc; it follows the org scope and loads the scope's peer mentors by itself. */
export function PeerMentorsPage() {
  const { client, scope } = useServices();
  return (
    <BlocProvider create={() => new PeerMentorsBloc({ client, scope })}>
      <PeerMentorsConnected />
    </BlocProvider>
  );
}

function PeerMentorsConnected() {
  const { orgTree } = useServices();
  const bloc = useBloc(PeerMentorsBloc);
  const state = useBlocState(PeerMentorsBloc);
  const orgs = useBlocState(orgTree, (tree) => tree.nodes);
  return (
    <PeerMentorsView
      state={state}
      rows={selectPeerMentorRows(state)}
      pageCount={selectPeerMentorsPageCount(state)}
      orgs={orgs}
      onSearch={(search) => void bloc.add({ type: 'peerMentors/searchChanged', search })}
      onPage={(page) => void bloc.add({ type: 'peerMentors/pageRequested', page })}
      onRetry={() => void bloc.add({ type: 'peerMentors/refreshRequested' })}
      onOpen={(id) => void bloc.add({ type: 'peerMentors/detailRequested', id })}
    />
  );
}
