import { act, cleanup, render, renderHook, screen } from '@testing-library/react';
import { Activity, StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BlocProvider } from '../../src/react/bloc-provider.js';
import { MultiBlocProvider } from '../../src/react/multi-bloc-provider.js';
import { CounterCubit, microtasks, ProfileCubit, TenCounterCubit, watch } from './test-support/cubits.js';
import { createToken } from '../../src/react/types.js';
import { useBloc } from '../../src/react/use-bloc.js';
import { useBlocState } from '../../src/react/use-bloc-state.js';

afterEach(cleanup);

/** Records every bloc it sees, so a test can tell whether children got one instance or several. */
function Probe({ seen }: { seen: Set<CounterCubit> }) {
  const counter = useBloc(CounterCubit);
  seen.add(counter);
  return <output>{useBlocState(counter)}</output>;
}

/** A provider (owning the bloc through `create`, or handed it as `value`) around a Probe recording into `seen`. */
function probed(props: { create: () => CounterCubit } | { value: CounterCubit }, seen: Set<CounterCubit>) {
  return (
    <BlocProvider {...props}>
      <Probe seen={seen} />
    </BlocProvider>
  );
}

/** A `create` that counts its calls and spies on each bloc it makes. */
function creator() {
  const made: { bloc: CounterCubit; close: ReturnType<typeof watch>['close'] }[] = [];
  const create = vi.fn(() => {
    const bloc = new CounterCubit();
    made.push({ bloc, close: watch(bloc).close });
    return bloc;
  });
  return { create, made };
}

describe('BlocProvider with create', () => {
  it('creates the bloc once, on first render, and closes it after unmount', async () => {
    const { create, made } = creator();
    const seen = new Set<CounterCubit>();
    const { rerender, unmount } = render(probed({ create }, seen));
    rerender(probed({ create }, seen));
    act(() => made[0]?.bloc.increment());
    expect(screen.getByRole('status').textContent).toBe('1');
    expect(create).toHaveBeenCalledTimes(1);
    expect(seen.size).toBe(1);

    unmount();
    await microtasks();
    expect(made[0]?.close).toHaveBeenCalledTimes(1);
    expect(made[0]?.bloc.isClosed).toBe(true);
  });

  it('under StrictMode creates one bloc, keeps it open through the double mount, and closes it once', async () => {
    const { create, made } = creator();
    const seen = new Set<CounterCubit>();
    const { unmount } = render(<StrictMode>{probed({ create }, seen)}</StrictMode>);
    await microtasks();
    expect(create).toHaveBeenCalledTimes(1);
    expect(seen.size).toBe(1);
    expect(made[0]?.close).not.toHaveBeenCalled();
    act(() => made[0]?.bloc.increment()); // would throw if the double mount had closed it
    expect(screen.getByRole('status').textContent).toBe('1');

    unmount();
    await microtasks();
    expect(made[0]?.close).toHaveBeenCalledTimes(1);
  });

  it('closes a bloc hidden by <Activity> and creates a fresh one when it is shown again', async () => {
    const { create, made } = creator();
    const seen = new Set<CounterCubit>();
    const tree = (mode: 'visible' | 'hidden') => <Activity mode={mode}>{probed({ create }, seen)}</Activity>;
    const { rerender } = render(tree('visible'));
    rerender(tree('hidden'));
    await microtasks();
    expect(made[0]?.bloc.isClosed).toBe(true);

    act(() => rerender(tree('visible')));
    expect(create).toHaveBeenCalledTimes(2);
    expect(made[1]?.bloc.isClosed).toBe(false);
    act(() => made[1]?.bloc.increment());
    expect(screen.getByRole('status').textContent).toBe('1');
  });

  it('does not close a bloc the app already closed', async () => {
    const bloc = new CounterCubit();
    const { close } = watch(bloc);
    const { unmount } = render(<BlocProvider create={() => bloc} />);
    await bloc.close();
    unmount();
    await microtasks();
    expect(close).toHaveBeenCalledTimes(1);
  });
});

describe('BlocProvider with value', () => {
  it('never closes the bloc, also under StrictMode', async () => {
    const bloc = new CounterCubit();
    const { close } = watch(bloc);
    const seen = new Set<CounterCubit>();
    const { unmount } = render(<StrictMode>{probed({ value: bloc }, seen)}</StrictMode>);
    expect([...seen]).toEqual([bloc]);
    unmount();
    await microtasks();
    expect(close).not.toHaveBeenCalled();
    expect(bloc.isClosed).toBe(false);
  });
});

describe('useBloc lookup', () => {
  it('hands the consumers the new bloc when a provider is given another value', () => {
    const first = new CounterCubit(1);
    const second = new CounterCubit(20);
    const watched = [watch(first), watch(second)];
    const seen = new Set<CounterCubit>();
    const { rerender } = render(probed({ value: first }, seen));
    rerender(probed({ value: second }, seen));
    expect(screen.getByRole('status').textContent).toBe('20');
    expect([...seen]).toEqual([first, second]);
    expect(watched.map((w) => w.counts.live)).toEqual([0, 1]);
    expect(watched.map((w) => w.close.mock.calls.length)).toEqual([0, 0]);
  });

  it('finds the nearest provider of the class, a subclass by its base class, and a token', () => {
    const outer = new CounterCubit(1);
    const inner = new TenCounterCubit();
    const SecondCounter = createToken<CounterCubit>('SecondCounter');
    const second = new CounterCubit(2);
    const { result } = renderHook(
      () => ({ nearest: useBloc(CounterCubit), exact: useBloc(TenCounterCubit), byToken: useBloc(SecondCounter) }),
      {
        wrapper: ({ children }) => (
          <BlocProvider value={outer}>
            <BlocProvider token={SecondCounter} value={second}>
              <BlocProvider value={inner}>{children}</BlocProvider>
            </BlocProvider>
          </BlocProvider>
        ),
      },
    );
    expect(result.current.nearest).toBe(inner);
    expect(result.current.exact).toBe(inner);
    expect(result.current.byToken).toBe(second);
  });

  it('throws an error naming the bloc and the missing provider when used outside one', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() =>
      renderHook(() => useBloc(ProfileCubit), {
        wrapper: ({ children }) => <BlocProvider value={new CounterCubit()}>{children}</BlocProvider>,
      }),
    ).toThrow(
      'useBloc(ProfileCubit) found no BlocProvider for ProfileCubit above this component. ' +
        'Wrap the component in <BlocProvider create={…}> or <BlocProvider value={…}> that provides ProfileCubit.',
    );
    const Missing = createToken<CounterCubit>('MissingCounter');
    expect(() => renderHook(() => useBloc(Missing))).toThrow(/^useBloc\(MissingCounter\) found no BlocProvider/);
    expect(() => renderHook(() => useBlocState(ProfileCubit))).toThrow(/^useBlocState\(ProfileCubit\) found no/);
    vi.mocked(console.error).mockRestore();
  });
});

describe('MultiBlocProvider', () => {
  it('provides every bloc, owns the created ones and leaves the given ones open', async () => {
    const given = new ProfileCubit();
    const givenClose = watch(given).close;
    const { create, made } = creator();
    const { result, unmount } = renderHook(() => [useBloc(CounterCubit), useBloc(ProfileCubit)] as const, {
      wrapper: ({ children }) => (
        <MultiBlocProvider
          providers={[<BlocProvider key="counter" create={create} />, <BlocProvider key="profile" value={given} />]}
        >
          {children}
        </MultiBlocProvider>
      ),
    });
    expect(result.current[0]).toBe(made[0]?.bloc);
    expect(result.current[1]).toBe(given);
    unmount();
    await microtasks();
    expect(made[0]?.close).toHaveBeenCalledTimes(1);
    expect(givenClose).not.toHaveBeenCalled();
  });
});
