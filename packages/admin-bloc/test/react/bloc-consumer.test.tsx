import { act, cleanup, render, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BlocConsumer } from '../../src/react/bloc-consumer.js';
import { BlocProvider } from '../../src/react/bloc-provider.js';
import { ProfileCubit, watch } from './test-support/cubits.js';

afterEach(cleanup);

describe('BlocConsumer', () => {
  it('builds when buildWhen agrees and listens when listenWhen agrees, each once per change', () => {
    const profile = new ProfileCubit({ name: 'Astrid', age: 30 });
    const { counts } = watch(profile);
    const listener = vi.fn();
    let builds = 0;
    render(
      <StrictMode>
        <BlocProvider value={profile}>
          <BlocConsumer
            bloc={ProfileCubit}
            buildWhen={(previous, current) => previous.name !== current.name}
            builder={(state) => {
              builds++;
              return <p>{state.name}</p>;
            }}
            listenWhen={(previous, current) => previous.age !== current.age}
            listener={(state) => listener(state.age)}
          />
        </BlocProvider>
      </StrictMode>,
    );
    const initialBuilds = builds; // StrictMode renders twice on mount
    expect(counts.live).toBe(2); // the builder's subscription and the listener's

    act(() => profile.birthday());
    expect(listener.mock.calls).toEqual([[31]]);
    expect(builds).toBe(initialBuilds);

    act(() => profile.rename('Lars'));
    expect(listener.mock.calls).toEqual([[31]]);
    expect(builds).toBe(initialBuilds + 2); // one render, doubled by StrictMode
    expect(screen.getByText('Lars')).toBeTruthy();
  });
});
