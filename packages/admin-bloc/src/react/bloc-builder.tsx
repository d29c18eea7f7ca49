import { type ReactNode, useCallback, useMemo, useSyncExternalStore } from 'react';
import { follow, useLatest } from './follow.js';
import { useBlocSource } from './scope.js';
import type { BlocSource, StateOf, StateStreamable } from './types.js';

/**
 * Props of `BlocBuilder`.
 *
 * @example
 * const props: BlocBuilderProps<CounterCubit> = { bloc: CounterCubit, builder: (count) => count };
 */
export interface BlocBuilderProps<B extends StateStreamable<unknown>> {
  /** The bloc, or the class or token of one provided above. */
  bloc: BlocSource<B>;
  /**
   * Whether to rebuild for a change, given the state before it and the new one. Without it every change
   * rebuilds. It may be an inline function.
   */
  buildWhen?: (previous: StateOf<B>, current: StateOf<B>) => boolean;
  builder: (state: StateOf<B>) => ReactNode;
}

/**
 * The state `BlocBuilder` renders: the state at first render, then each state `buildWhen` let through.
 * Kept by the component and read by `useSyncExternalStore`, so a skipped change costs no render.
 */
export function useBuiltState<S>(
  source: BlocSource<StateStreamable<S>>,
  buildWhen: ((previous: S, current: S) => boolean) | undefined,
  hook: string,
): S {
  const bloc = useBlocSource(source, hook);
  const when = useLatest(buildWhen);
  const seen = useMemo(() => ({ previous: bloc.state, built: bloc.state }), [bloc]);
  const subscribe = useCallback(
    (onChange: () => void) =>
      follow(
        bloc,
        seen,
        () => when.current,
        (state) => {
          seen.built = state;
          onChange();
        },
      ),
    [bloc, seen, when],
  );
  const getBuilt = () => seen.built;
  return useSyncExternalStore(subscribe, getBuilt, getBuilt);
}

/**
 * Renders `builder(state)` and renders it again when the bloc's state changes and `buildWhen` agrees.
 * `builder` should be pure: to react to a change with a side effect use `BlocListener`.
 *
 * @example
 * <BlocBuilder
 *   bloc={UserListBloc}
 *   buildWhen={(previous, current) => previous.status !== current.status}
 *   builder={(state) => (state.status === 'loading' ? <Spinner /> : <UserTable users={state.users} />)}
 * />
 */
export function BlocBuilder<B extends StateStreamable<unknown>>({ bloc, buildWhen, builder }: BlocBuilderProps<B>) {
  return builder(useBuiltState(bloc as BlocSource<StateStreamable<StateOf<B>>>, buildWhen, 'BlocBuilder'));
}
