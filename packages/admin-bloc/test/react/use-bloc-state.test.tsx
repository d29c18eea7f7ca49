import { act, cleanup, render, screen } from '@testing-library/react';
import { StrictMode, startTransition, useLayoutEffect } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { BlocProvider } from '../../src/react/bloc-provider.js';
import { CounterCubit, ProfileCubit, watch } from './test-support/cubits.js';
import { useBlocState } from '../../src/react/use-bloc-state.js';

afterEach(cleanup);

const shallowEqual = <T extends object>(a: T, b: T) =>
  Object.keys(a).length === Object.keys(b).length &&
  Object.entries(a).every(([key, value]) => Object.is(value, b[key as keyof T]));

/** Counts its renders in `renders[name]`. */
type Counted = { renders: Record<string, number> };
const count = ({ renders }: Counted, name: string) => {
  renders[name] = (renders[name] ?? 0) + 1;
};

function Count({ counter, renders }: { counter: CounterCubit } & Partial<Counted>) {
  if (renders) count({ renders }, 'count');
  return <output>{useBlocState(counter)}</output>;
}

function Name({ profile, renders }: { profile: ProfileCubit } & Counted) {
  count({ renders }, 'name');
  return <p>name {useBlocState(profile, (state) => state.name)}</p>;
}

function Age({ profile, renders }: { profile: ProfileCubit } & Counted) {
  count({ renders }, 'age');
  return <p>age {useBlocState(profile, (state) => state.age)}</p>;
}

function NameObject({ profile, renders, seen }: { profile: ProfileCubit; seen: object[] } & Counted) {
  count({ renders }, 'name');
  const selected = useBlocState(profile, (state) => ({ name: state.name }), shallowEqual);
  seen.push(selected);
  return <p>{selected.name}</p>;
}

function Doubled({ counter }: { counter: CounterCubit }) {
  return <output>{useBlocState(counter, (n) => n * 2)}</output>;
}

/** Changes the bloc in a layout effect: after the readers rendered, before their passive effects subscribe. */
function IncrementOnLayout({ counter }: { counter: CounterCubit }) {
  useLayoutEffect(() => counter.increment(), [counter]);
  return null;
}

/** A reader that, the first time it renders as reader 1, changes the bloc in the middle of the render pass. */
function Reader({ counter, index, once }: { counter: CounterCubit; index: number; once: { done: boolean } }) {
  const value = useBlocState(counter);
  if (index === 1 && !once.done) {
    once.done = true;
    counter.increment();
  }
  return <li>{value}</li>;
}

function Readers({
  counter,
  committed,
  once,
}: {
  counter: CounterCubit;
  committed: number[][];
  once: { done: boolean };
}) {
  useLayoutEffect(() => {
    committed.push(Array.from(document.querySelectorAll('li'), (li) => Number(li.textContent)));
  });
  return (
    <ul>
      {[0, 1, 2, 3].map((index) => (
        <Reader key={index} counter={counter} index={index} once={once} />
      ))}
    </ul>
  );
}

function CountByClass() {
  return <output>{useBlocState(CounterCubit, (n) => `count ${n}`)}</output>;
}

function NameAndAgeByClass() {
  return <p>{useBlocState(ProfileCubit, (state) => `${state.name} (${state.age})`)}</p>;
}

describe('useBlocState', () => {
  it('renders the current state and re-renders once per change', () => {
    const counter = new CounterCubit(5);
    const renders = {};
    render(<Count counter={counter} renders={renders} />);
    expect(screen.getByRole('status').textContent).toBe('5');
    expect(renders).toEqual({ count: 1 });

    act(() => counter.increment());
    expect(screen.getByRole('status').textContent).toBe('6');
    expect(renders).toEqual({ count: 2 });

    act(() => counter.emit(6)); // the same state: no change, no render
    expect(renders).toEqual({ count: 2 });
  });

  it('does not re-render a component whose selected field did not change', () => {
    const profile = new ProfileCubit();
    const renders = {};
    render(
      <>
        <Name profile={profile} renders={renders} />
        <Age profile={profile} renders={renders} />
      </>,
    );
    expect(renders).toEqual({ name: 1, age: 1 });

    act(() => profile.birthday());
    expect(screen.getByText('age 31')).toBeTruthy();
    expect(renders).toEqual({ name: 1, age: 2 });

    act(() => profile.rename('Lars'));
    expect(screen.getByText('name Lars')).toBeTruthy();
    expect(renders).toEqual({ name: 2, age: 2 });
  });

  it('keeps an equal selection by `equals`, so a selector building a new object does not re-render', () => {
    const profile = new ProfileCubit({ name: 'Astrid', age: 30 });
    const renders = {};
    const seen: object[] = [];
    const { rerender } = render(<NameObject profile={profile} renders={renders} seen={seen} />);
    act(() => profile.birthday());
    expect(renders).toEqual({ name: 1 });
    // A parent render re-creates the inline selector: the equal selection keeps its identity.
    rerender(<NameObject profile={profile} renders={renders} seen={seen} />);
    expect(renders).toEqual({ name: 2 });
    expect(seen[1]).toBe(seen[0]);

    act(() => profile.rename('Lars'));
    expect(renders).toEqual({ name: 3 });
    expect(seen[2]).toEqual({ name: 'Lars' });
  });

  it('keeps one subscription per component, also under StrictMode, and drops it on unmount', () => {
    const counter = new CounterCubit();
    const { counts } = watch(counter);
    const { unmount } = render(
      <StrictMode>
        <Doubled counter={counter} />
      </StrictMode>,
    );
    expect(counts.live).toBe(1);
    act(() => counter.increment());
    expect(screen.getByRole('status').textContent).toBe('2');
    expect(counts.live).toBe(1);
    unmount();
    expect(counts.live).toBe(0);
  });

  it('loses no change made between its render and its subscription', () => {
    const counter = new CounterCubit();
    render(
      <>
        <Count counter={counter} />
        <IncrementOnLayout counter={counter} />
      </>,
    );
    expect(screen.getByRole('status').textContent).toBe('1');
  });

  it('does not tear: a change in the middle of a concurrent render leaves every reader with the same state', () => {
    const counter = new CounterCubit();
    const committed: number[][] = [];
    const { rerender } = render(<p />);
    act(() =>
      startTransition(() => rerender(<Readers counter={counter} committed={committed} once={{ done: false }} />)),
    );
    // Reading `bloc.state` in render with a subscription in an effect commits [0, 0, 1, 1] here.
    for (const values of committed) expect(new Set(values).size).toBe(1);
    expect(committed.at(-1)).toEqual([1, 1, 1, 1]);
  });

  it('looks the bloc up by class under a BlocProvider', () => {
    const counter = new CounterCubit(3);
    render(
      <BlocProvider value={counter}>
        <CountByClass />
      </BlocProvider>,
    );
    expect(screen.getByRole('status').textContent).toBe('count 3');
    act(() => counter.increment());
    expect(screen.getByRole('status').textContent).toBe('count 4');
  });

  it('follows a different bloc passed on a later render', () => {
    const first = new CounterCubit(1);
    const second = new CounterCubit(20);
    const watched = [watch(first), watch(second)];
    const { rerender } = render(<Count counter={first} />);
    rerender(<Count counter={second} />);
    expect(screen.getByRole('status').textContent).toBe('20');
    expect(watched.map((w) => w.counts.live)).toEqual([0, 1]);
    act(() => second.increment());
    expect(screen.getByRole('status').textContent).toBe('21');
  });

  it('renders on the server with the current state (getServerSnapshot)', () => {
    const html = renderToString(
      <BlocProvider value={new ProfileCubit({ name: 'Lars', age: 41 })}>
        <NameAndAgeByClass />
      </BlocProvider>,
    );
    expect(html).toBe('<p>Lars (41)</p>');
  });
});
