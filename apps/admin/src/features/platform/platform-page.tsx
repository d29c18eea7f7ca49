import {
  PlatformBloc,
  type PlatformUserSummary,
  selectCanLoadMoreSessions,
  selectCanLoadMoreUsers,
  selectIsUserPending,
  selectPlatformForbidden,
  selectPlatformUsers,
} from 'admin-bloc';
import { BlocProvider, useBloc, useBlocState } from 'admin-bloc/react';
import { useEffect, useState } from 'react';
import { peopleDirectoryFor, usePersonNames } from '../../app/people-directory.js';
import { useServices } from '../../app/services-context.js';
import { useUrlCodec } from '../../app/use-url-codec.js';
import { platformCodec } from './platform-url.js';
import { PlatformView } from './platform-view.js';

/**
 * Creates the platform bloc and asks for its three sections: stats and sessions at once, the users list as its
 * URL asks (a shared search or role, or the plain list).
 */
export function PlatformPage() {
  const { client } = useServices();
  return (
    <BlocProvider create={() => new PlatformBloc({ client })}>
      <PlatformConnected />
    </BlocProvider>
  );
}

function PlatformConnected() {
  const bloc = useBloc(PlatformBloc);
  const state = useBlocState(PlatformBloc);
  const [confirmSuspend, setConfirmSuspend] = useState<PlatformUserSummary | null>(null);
  const [confirmPromote, setConfirmPromote] = useState<PlatformUserSummary | null>(null);
  const { client } = useServices();
  const users = selectPlatformUsers(state);
  // The sessions' people by name: those on the users list already shown cost nothing, the rest one batched lookup.
  const shown = new Map(users.map((user) => [user.id, user.name]));
  const sessionPeople = [...new Set((state.sessions.results?.items ?? []).map((session) => session.userId))];
  const directoryName = usePersonNames(
    peopleDirectoryFor(client),
    'platform',
    state.status !== 'loading' && state.status !== 'initial' ? sessionPeople.filter((id) => !shown.has(id)) : [],
  );
  const nameOf = (id: string) => shown.get(id) ?? directoryName(id);
  useEffect(() => {
    void bloc.add({ type: 'platform/statsRequested' });
    void bloc.add({ type: 'platform/sessionsRequested' });
  }, [bloc]);
  const url = useUrlCodec(bloc, state, platformCodec);
  return (
    <PlatformView
      state={state}
      users={users}
      nameOf={nameOf}
      canLoadMoreUsers={selectCanLoadMoreUsers(state)}
      canLoadMoreSessions={selectCanLoadMoreSessions(state)}
      forbidden={selectPlatformForbidden(state)}
      isPending={(userId) => selectIsUserPending(state, userId)}
      confirmSuspend={confirmSuspend}
      confirmPromote={confirmPromote}
      search={url.q}
      onRetryStats={() => void bloc.add({ type: 'platform/statsRequested' })}
      onRetryUsers={() => void bloc.add({ type: 'platform/usersRequested' })}
      onRetrySessions={() => void bloc.add({ type: 'platform/sessionsRequested' })}
      onSearch={(search) => void bloc.add({ type: 'platform/userSearchChanged', search })}
      onRoleFilter={(role) => void bloc.add({ type: 'platform/roleFilterChanged', role })}
      onMoreUsers={() => void bloc.add({ type: 'platform/moreUsersRequested' })}
      onRole={(userId, role) => {
        const user = users.find((candidate) => candidate.id === userId);
        // Admin rights over the whole platform are asked for first; taking them away again needs no question.
        if (role === 'admin' && user && user.role !== 'admin') setConfirmPromote(user);
        else void bloc.add({ type: 'platform/roleChangeRequested', userId, role });
      }}
      onAskSuspend={setConfirmSuspend}
      onConfirmSuspend={() => {
        if (confirmSuspend) void bloc.add({ type: 'platform/suspendRequested', userId: confirmSuspend.id });
        setConfirmSuspend(null);
      }}
      onCancelSuspend={() => setConfirmSuspend(null)}
      onConfirmPromote={() => {
        if (confirmPromote)
          void bloc.add({ type: 'platform/roleChangeRequested', userId: confirmPromote.id, role: 'admin' });
        setConfirmPromote(null);
      }}
      onCancelPromote={() => setConfirmPromote(null)}
      onSessionFilters={(filters) => void bloc.add({ type: 'platform/sessionFiltersChanged', filters })}
      onMoreSessions={() => void bloc.add({ type: 'platform/moreSessionsRequested' })}
    />
  );
}
