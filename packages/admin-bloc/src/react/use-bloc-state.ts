import { useCallback, useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { useBlocSource } from './scope.js';
import type { BlocSource, StateOf, StateStreamable } from './types.js';

const identity = <T>(value: T) => value;

/**
 * The bloc's state, or a slice of it, kept current with `useSyncExternalStore`: one subscription per
 * component, no tearing in concurrent renders, no change lost between render and subscribe (React reads
 * `state` again after subscribing), and `getServerSnapshot` for server rendering.
 *
 * With a `selector` the component re-renders only when the selected value changes by `equals`
 * (`Object.is` by default; pass a shallow compare for a selector that builds a new object or array).
 * The selector may be an inline function: it is re-run only when the state or the selector changes.
 *
 * @example
 * const status = useBlocState(UserListBloc, (state) => state.status);
 * const count = useBlocState(counter);
 * const page = useBlocState(
 *   UserListBloc,
 *   (state) => ({ page: state.page, limit: state.limit }),
 *   (previous, next) => previous.page === next.page && previous.limit === next.limit,
 * );
 */
export function useBlocState<B extends StateStreamable<unknown>>(bloc: BlocSource<B>): StateOf<B>;
export function useBlocState<B extends StateStreamable<unknown>, R>(
  bloc: BlocSource<B>,
  selector: (state: StateOf<B>) => R,
  equals?: (previous: R, next: R) => boolean,
): R;
export function useBlocState<S, R>(
  source: BlocSource<StateStreamable<S>>,
  selector: (state: S) => R = identity as (state: S) => R,
  equals: (previous: R, next: R) => boolean = Object.is,
): R {
  const bloc = useBlocSource(source, 'useBlocState');
  // The last committed selection: a selector re-created on render compares against it, so an equal
  // result keeps its identity and `useSyncExternalStore` bails out.
  const committed = useRef<{ value: R } | null>(null);
  const subscribe = useCallback((onChange: () => void) => bloc.subscribe(() => onChange()), [bloc]);
  const getSelection = useMemo(() => {
    let memo: { state: S; value: R } | null = null;
    return () => {
      const state = bloc.state;
      if (memo && Object.is(memo.state, state)) return memo.value;
      const next = selector(state);
      const previous = memo ?? committed.current;
      memo = { state, value: previous && equals(previous.value, next) ? previous.value : next };
      return memo.value;
    };
  }, [bloc, selector, equals]);
  const value = useSyncExternalStore(subscribe, getSelection, getSelection);
  useEffect(() => {
    committed.current = { value };
  }, [value]);
  return value;
}
