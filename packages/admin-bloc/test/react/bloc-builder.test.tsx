import { act, cleanup, render, screen } from '@testing-library/react';
import { StrictMode, useLayoutEffect } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { BlocBuilder } from '../../src/react/bloc-builder.js';
import { BlocProvider } from '../../src/react/bloc-provider.js';
import { CounterCubit, type Profile, ProfileCubit, watch } from './test-support/cubits.js';

afterEach(cleanup);

/** Changes the bloc in a layout effect: after BlocBuilder rendered, before its passive effect subscribes. */
function IncrementOnLayout({ counter }: { counter: CounterCubit }) {
  useLayoutEffect(() => counter.increment(), [counter]);
  return null;
}

describe('BlocBuilder', () => {
  it('builds with the current state and rebuilds once per change', () => {
    const counter = new CounterCubit();
    const built: number[] = [];
    render(
      <BlocBuilder
        bloc={counter}
        builder={(count) => {
          built.push(count);
          return <output>{count}</output>;
        }}
      />,
    );
    act(() => counter.increment());
    act(() => counter.increment());
    expect(screen.getByRole('status').textContent).toBe('2');
    expect(built).toEqual([0, 1, 2]);
  });

  it('rebuilds only when buildWhen agrees, and gives it the state before each change', () => {
    const profile = new ProfileCubit({ name: 'Astrid', age: 30 });
    const built: Profile[] = [];
    const asked: [number, number][] = [];
    render(
      <BlocProvider value={profile}>
        <BlocBuilder
          bloc={ProfileCubit}
          buildWhen={(previous, current) => {
            asked.push([previous.age, current.age]);
            return previous.name !== current.name;
          }}
          builder={(state) => {
            built.push(state);
            return <p>{`${state.name} ${state.age}`}</p>;
          }}
        />
      </BlocProvider>,
    );
    act(() => profile.birthday());
    act(() => profile.birthday());
    expect(built).toHaveLength(1);
    expect(screen.getByText('Astrid 30')).toBeTruthy();
    expect(asked).toEqual([
      [30, 31],
      [31, 32],
    ]);

    act(() => profile.rename('Lars'));
    expect(built).toHaveLength(2);
    expect(screen.getByText('Lars 32')).toBeTruthy();
  });

  it('uses the latest inline buildWhen', () => {
    const counter = new CounterCubit();
    const view = (allow: boolean) => (
      <BlocBuilder bloc={counter} buildWhen={() => allow} builder={(count) => <output>{count}</output>} />
    );
    const { rerender } = render(view(false));
    act(() => counter.increment());
    expect(screen.getByRole('status').textContent).toBe('0');
    rerender(view(true));
    act(() => counter.increment());
    expect(screen.getByRole('status').textContent).toBe('2');
  });

  it('under StrictMode keeps one subscription and catches a change made before it subscribed', () => {
    const counter = new CounterCubit();
    const { counts } = watch(counter);
    render(
      <StrictMode>
        <BlocBuilder bloc={counter} buildWhen={(p, c) => c > p} builder={(count) => <output>{count}</output>} />
        <IncrementOnLayout counter={counter} />
      </StrictMode>,
    );
    expect(screen.getByRole('status').textContent).toBe('2'); // StrictMode ran the layout effect twice
    expect(counts.live).toBe(1);
  });
});
