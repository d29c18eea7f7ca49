import { act, cleanup, render, screen } from '@testing-library/react';
import { StrictMode, useEffect } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BlocListener, MultiBlocListener, useBlocListener } from '../../src/react/bloc-listener.js';
import { BlocProvider } from '../../src/react/bloc-provider.js';
import { CounterCubit, ProfileCubit, watch } from './test-support/cubits.js';

afterEach(cleanup);

function Child({ renders }: { renders: { child: number } }) {
  renders.child++;
  return null;
}

function ListenForRenames({ onRename, asked }: { onRename: (name: string) => void; asked: number[] }) {
  useBlocListener(
    ProfileCubit,
    (state) => onRename(state.name),
    (previous, current) => {
      asked.push(previous.age);
      return previous.name !== current.name;
    },
  );
  return null;
}

/** Changes the bloc in its mount effect, which runs before its parent's: before the listener subscribed. */
function IncrementOnMount({ counter }: { counter: CounterCubit }) {
  useEffect(() => counter.increment(), [counter]);
  return null;
}

describe('useBlocListener / BlocListener', () => {
  it('fires exactly once per change, never for the initial state, and not twice under StrictMode', () => {
    const counter = new CounterCubit(7);
    const { counts } = watch(counter);
    const listener = vi.fn();
    render(
      <StrictMode>
        <BlocListener bloc={counter} listener={listener}>
          <p>child</p>
        </BlocListener>
      </StrictMode>,
    );
    expect(screen.getByText('child')).toBeTruthy();
    expect(listener).not.toHaveBeenCalled();
    expect(counts.live).toBe(1);

    act(() => counter.increment());
    act(() => counter.increment());
    expect(listener.mock.calls).toEqual([
      [8, 7],
      [9, 8],
    ]);
  });

  it('does not render its children again on a change', () => {
    const counter = new CounterCubit();
    const renders = { child: 0 };
    render(
      <BlocListener bloc={counter} listener={() => {}}>
        <Child renders={renders} />
      </BlocListener>,
    );
    act(() => counter.increment());
    expect(renders.child).toBe(1);
  });

  it('fires only for changes listenWhen lets through, giving it the state before each change', () => {
    const profile = new ProfileCubit({ name: 'Astrid', age: 30 });
    const listener = vi.fn();
    const asked: number[] = [];
    render(
      <BlocProvider value={profile}>
        <ListenForRenames onRename={listener} asked={asked} />
      </BlocProvider>,
    );
    act(() => profile.birthday());
    act(() => profile.rename('Lars'));
    act(() => profile.birthday());
    expect(listener.mock.calls).toEqual([['Lars']]);
    expect(asked).toEqual([30, 31, 31]);
  });

  it('hears, once, a change a child makes in its mount effect before the listener subscribed', () => {
    const counter = new CounterCubit();
    const listener = vi.fn();
    render(
      <StrictMode>
        <BlocListener bloc={counter} listener={listener}>
          <IncrementOnMount counter={counter} />
        </BlocListener>
      </StrictMode>,
    );
    // StrictMode ran the child's effect twice: two changes, the first made before the subscription.
    expect(listener.mock.calls).toEqual([
      [1, 0],
      [2, 1],
    ]);
  });

  it('calls the latest inline listener and stops after unmount', () => {
    const counter = new CounterCubit();
    const first = vi.fn();
    const second = vi.fn();
    const { rerender, unmount } = render(<BlocListener bloc={counter} listener={first} />);
    rerender(<BlocListener bloc={counter} listener={second} />);
    act(() => counter.increment());
    unmount();
    counter.increment();
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
  });

  it('MultiBlocListener listens to each bloc around one subtree', () => {
    const counter = new CounterCubit();
    const profile = new ProfileCubit();
    const heard: string[] = [];
    render(
      <MultiBlocListener
        listeners={[
          <BlocListener key="counter" bloc={counter} listener={(count) => heard.push(`count ${count}`)} />,
          <BlocListener key="profile" bloc={profile} listener={(state) => heard.push(`name ${state.name}`)} />,
        ]}
      >
        <p>form</p>
      </MultiBlocListener>,
    );
    act(() => counter.increment());
    act(() => profile.rename('Lars'));
    expect(heard).toEqual(['count 1', 'name Lars']);
    expect(screen.getByText('form')).toBeTruthy();
  });
});
