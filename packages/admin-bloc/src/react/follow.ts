import { type RefObject, useLayoutEffect, useRef } from 'react';
import type { StateStreamable } from './types.js';

/** What a component has seen of a bloc: the state of the last change it heard of. */
export interface Seen<S> {
  previous: S;
}

/**
 * Subscribes to `bloc` and calls `pass(state, previous)` once for each change that `when(previous, state)`
 * lets through, where `previous` is the state before that change, passed or not (flutter_bloc's
 * `buildWhen`/`listenWhen` contract). A change made between the component's render and this subscription
 * is caught up at once, so it is neither lost nor, after StrictMode's resubscribe, repeated.
 */
export function follow<S>(
  bloc: StateStreamable<S>,
  seen: Seen<S>,
  when: () => ((previous: S, state: S) => boolean) | undefined,
  pass: (state: S, previous: S) => void,
): () => void {
  const step = (state: S) => {
    const previous = seen.previous;
    if (Object.is(previous, state)) return;
    seen.previous = state;
    const condition = when();
    if (!condition || condition(previous, state)) pass(state, previous);
  };
  step(bloc.state);
  return bloc.subscribe(step);
}

/**
 * A ref to the latest `value`, for callbacks passed as inline props: a subscription reads it when a change
 * arrives instead of being renewed on every render.
 */
export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
