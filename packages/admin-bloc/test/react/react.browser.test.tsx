import { StrictMode, startTransition, useLayoutEffect, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { BlocBuilder } from '../../src/react/bloc-builder.js';
import { BlocListener } from '../../src/react/bloc-listener.js';
import { BlocProvider } from '../../src/react/bloc-provider.js';
import { BlocSelector } from '../../src/react/bloc-selector.js';
import { CounterCubit, microtasks, ProfileCubit, watch } from './test-support/cubits.js';
import { useBloc } from '../../src/react/use-bloc.js';
import { useBlocState } from '../../src/react/use-bloc-state.js';

/** A small profile screen: buttons send changes, one view per field counts its renders. */
function ProfileScreen({ renders, onRename }: { renders: { name: number; age: number }; onRename: () => void }) {
  const profile = useBloc(ProfileCubit);
  return (
    <BlocListener
      bloc={ProfileCubit}
      listenWhen={(previous, current) => previous.name !== current.name}
      listener={onRename}
    >
      <button type="button" onClick={() => profile.birthday()}>
        Birthday
      </button>
      <button type="button" onClick={() => profile.rename(profile.state.name === 'Astrid' ? 'Lars' : 'Astrid')}>
        Rename
      </button>
      <BlocSelector
        bloc={ProfileCubit}
        selector={(state) => state.name}
        builder={(name) => {
          renders.name++;
          return <p>Name: {name}</p>;
        }}
      />
      <BlocBuilder
        bloc={ProfileCubit}
        buildWhen={(previous, current) => previous.age !== current.age}
        builder={(state) => {
          renders.age++;
          return <p>Age: {state.age}</p>;
        }}
      />
    </BlocListener>
  );
}

/** Provides a shared bloc by value until the Hide button unmounts the provider. */
function HideableProvider({ shared }: { shared: ProfileCubit }) {
  const [shown, setShown] = useState(true);
  return (
    <>
      <button type="button" onClick={() => setShown(false)}>
        Hide
      </button>
      {shown && (
        <BlocProvider value={shared}>
          <BlocSelector bloc={ProfileCubit} selector={(state) => state.name} builder={(name) => <p>{name}</p>} />
        </BlocProvider>
      )}
    </>
  );
}

/** A reader slow enough (a busy millisecond, no timer) that React yields to the browser between readers. */
function SlowReader({ counter, rendered }: { counter: CounterCubit; rendered: Set<number> }) {
  const value = useBlocState(counter);
  if (rendered.size === 0) {
    // A change from outside React, in the first gap the time-sliced render leaves to the browser.
    setTimeout(() => counter.increment());
  }
  rendered.add(value);
  const until = performance.now() + 1;
  while (performance.now() < until) {
    // busy: a time-sliced render spans many tasks
  }
  return <li>{value}</li>;
}

const readerIds = Array.from({ length: 60 }, (_, index) => `reader-${index}`);

function SlowList({
  counter,
  rendered,
  committed,
}: {
  counter: CounterCubit;
  rendered: Set<number>;
  committed: number[][];
}) {
  useLayoutEffect(() => {
    committed.push(Array.from(document.querySelectorAll('li'), (li) => Number(li.textContent)));
  });
  return (
    <ul>
      {readerIds.map((id) => (
        <SlowReader key={id} counter={counter} rendered={rendered} />
      ))}
    </ul>
  );
}

function TransitionButton({ counter, rendered, committed }: Parameters<typeof SlowList>[0]) {
  const [shown, setShown] = useState(false);
  return (
    <>
      <button type="button" onClick={() => startTransition(() => setShown(true))}>
        Show
      </button>
      {shown && <SlowList counter={counter} rendered={rendered} committed={committed} />}
    </>
  );
}

describe('admin-bloc/react in Chromium', () => {
  it('does not tear when the bloc changes in the middle of a time-sliced render', async () => {
    const counter = new CounterCubit();
    const rendered = new Set<number>();
    const committed: number[][] = [];
    const screen = await render(<TransitionButton counter={counter} rendered={rendered} committed={committed} />);
    await userEvent.click(screen.getByRole('button', { name: 'Show' }));
    await expect.poll(() => committed.at(-1)?.[0]).toBe(1);
    expect([...rendered].sort()).toEqual([0, 1]); // the change did land between readers of one render
    for (const values of committed) expect(new Set(values).size).toBe(1);
    expect(committed.at(-1)).toHaveLength(60);
  });

  it('re-renders only the view whose field changed, and the listener fires once per matching click', async () => {
    const renders = { name: 0, age: 0 };
    const onRename = vi.fn();
    const screen = await render(
      <BlocProvider create={() => new ProfileCubit({ name: 'Astrid', age: 30 })}>
        <ProfileScreen renders={renders} onRename={onRename} />
      </BlocProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Birthday' }));
    await userEvent.click(screen.getByRole('button', { name: 'Birthday' }));
    await expect.element(screen.getByText('Age: 32')).toBeVisible();
    expect(renders).toEqual({ name: 1, age: 3 });
    expect(onRename).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { name: 'Rename' }));
    await expect.element(screen.getByText('Name: Lars')).toBeVisible();
    expect(renders).toEqual({ name: 2, age: 3 });
    expect(onRename).toHaveBeenCalledTimes(1);
  });

  it('under StrictMode creates one bloc, keeps it working, closes it after unmount, and fires listeners once', async () => {
    const made: ProfileCubit[] = [];
    const closes: ReturnType<typeof watch>['close'][] = [];
    const create = () => {
      const bloc = new ProfileCubit({ name: 'Astrid', age: 30 });
      made.push(bloc);
      closes.push(watch(bloc).close);
      return bloc;
    };
    const onRename = vi.fn();
    const screen = await render(
      <StrictMode>
        <BlocProvider create={create}>
          <ProfileScreen renders={{ name: 0, age: 0 }} onRename={onRename} />
        </BlocProvider>
      </StrictMode>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Rename' }));
    await userEvent.click(screen.getByRole('button', { name: 'Rename' }));
    await expect.element(screen.getByText('Name: Astrid')).toBeVisible();
    expect(onRename).toHaveBeenCalledTimes(2);
    expect(made).toHaveLength(1);
    expect(made[0]?.isClosed).toBe(false);

    await screen.unmount();
    await expect.poll(() => made[0]?.isClosed).toBe(true);
    expect(closes[0]).toHaveBeenCalledTimes(1);
  });

  it('keeps a bloc passed by value open when its provider unmounts', async () => {
    const shared = new ProfileCubit();
    const { close } = watch(shared);
    const screen = await render(<HideableProvider shared={shared} />);
    await expect.element(screen.getByText('Astrid')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Hide' }));
    await expect.element(screen.getByText('Astrid')).not.toBeInTheDocument();
    await microtasks();
    expect(close).not.toHaveBeenCalled();
    expect(shared.isClosed).toBe(false);
  });
});
