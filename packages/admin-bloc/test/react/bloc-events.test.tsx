import { act, cleanup, render, screen } from '@testing-library/react';
import { StrictMode, useEffect } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BlocBuilder } from '../../src/react/bloc-builder.js';
import { BlocConsumer } from '../../src/react/bloc-consumer.js';
import { BlocProvider } from '../../src/react/bloc-provider.js';
import { BlocSelector } from '../../src/react/bloc-selector.js';
import { microtasks, UsersBloc, type UsersState } from './test-support/cubits.js';
import { useBloc } from '../../src/react/use-bloc.js';
import { deferred } from '../support/deferred.js';

afterEach(cleanup);

/** A page the way the app writes one: its view sends the first event from an effect. */
function UsersView({ statuses, renders }: { statuses: UsersState['status'][]; renders: { count: number } }) {
  const users = useBloc(UsersBloc);
  useEffect(() => {
    void users.add({ type: 'users/requested' });
  }, [users]);
  return (
    <>
      <BlocConsumer
        bloc={UsersBloc}
        listenWhen={(previous, current) => previous.status !== current.status}
        listener={(state) => statuses.push(state.status)}
        buildWhen={(previous, current) => previous.status !== current.status}
        builder={(state) => <p>status {state.status}</p>}
      />
      <BlocSelector
        bloc={UsersBloc}
        selector={(state) => state.users.length}
        builder={(count) => {
          renders.count++;
          return <output>{count}</output>;
        }}
      />
      <BlocBuilder
        bloc={UsersBloc}
        builder={(state) => (
          <ul>
            {state.users.map((id) => (
              <li key={id}>{id}</li>
            ))}
          </ul>
        )}
      />
    </>
  );
}

describe('with a Bloc and an async handler', () => {
  it('under StrictMode shows loading then the users, hears each status once, and closes the bloc on unmount', async () => {
    const answer = deferred<readonly string[]>();
    const load = vi.fn(() => answer.promise);
    const blocs: UsersBloc[] = [];
    const statuses: UsersState['status'][] = [];
    const renders = { count: 0 };
    const { unmount } = render(
      <StrictMode>
        <BlocProvider
          create={() => {
            const bloc = new UsersBloc(load);
            blocs.push(bloc);
            return bloc;
          }}
        >
          <UsersView statuses={statuses} renders={renders} />
        </BlocProvider>
      </StrictMode>,
    );
    expect(blocs).toHaveLength(1);
    expect(screen.getByText('status loading')).toBeTruthy();
    // StrictMode sent the first event twice; `restartable` cancelled the first run.
    expect(load).toHaveBeenCalledTimes(2);
    const rendersWhileLoading = renders.count;

    await act(async () => {
      answer.resolve(['usr_hA3mXp', 'usr_bQ9vTk']);
      await answer.promise;
    });
    expect(screen.getByText('status success')).toBeTruthy();
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['usr_hA3mXp', 'usr_bQ9vTk']);
    expect(screen.getByRole('status').textContent).toBe('2');
    expect(statuses).toEqual(['loading', 'success']);
    expect(renders.count).toBe(rendersWhileLoading + 2); // one render for the new count, doubled by StrictMode

    unmount();
    await microtasks();
    expect(blocs[0]?.isClosed).toBe(true);
  });
});
