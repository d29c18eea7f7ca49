import { type ReactElement, type ReactNode, useEffect, useMemo } from 'react';
import { follow, useLatest } from './follow.js';
import { nest, useBlocSource } from './scope.js';
import type { BlocSource, StateOf, StateStreamable } from './types.js';

/**
 * Calls `listener(state, previous)` once for each change of the bloc's state that `listenWhen` lets through,
 * never for the state the component first rendered with, and not twice under StrictMode. For side effects:
 * navigation, a toast, focusing a field. Both callbacks may be inline functions; the latest ones are called.
 * Several changes made synchronously before the component subscribes arrive as one (the latest).
 *
 * @example
 * useBlocListener(
 *   UserFormBloc,
 *   (state) => toast.error(state.error),
 *   (previous, current) => current.status === 'failure' && previous.status !== 'failure',
 * );
 */
export function useBlocListener<B extends StateStreamable<unknown>>(
  bloc: BlocSource<B>,
  listener: (state: StateOf<B>, previous: StateOf<B>) => void,
  listenWhen?: (previous: StateOf<B>, current: StateOf<B>) => boolean,
): void {
  const source = useBlocSource(bloc as BlocSource<StateStreamable<StateOf<B>>>, 'useBlocListener');
  const latest = useLatest({ listener, listenWhen });
  const seen = useMemo(() => ({ previous: source.state }), [source]);
  useEffect(
    () =>
      follow(
        source,
        seen,
        () => latest.current.listenWhen,
        (state, previous) => latest.current.listener(state, previous),
      ),
    [source, seen, latest],
  );
}

/**
 * Props of `BlocListener`.
 *
 * @example
 * const props: BlocListenerProps<UserFormBloc> = { bloc: UserFormBloc, listener: (state) => save(state) };
 */
export interface BlocListenerProps<B extends StateStreamable<unknown>> {
  /** The bloc, or the class or token of one provided above. */
  bloc: BlocSource<B>;
  listener: (state: StateOf<B>, previous: StateOf<B>) => void;
  listenWhen?: (previous: StateOf<B>, current: StateOf<B>) => boolean;
  children?: ReactNode;
}

/**
 * `useBlocListener` as a component around `children`, which it renders unchanged.
 *
 * @example
 * <BlocListener
 *   bloc={UserFormBloc}
 *   listenWhen={(previous, current) => current.status === 'success' && previous.status !== 'success'}
 *   listener={() => navigate('/users')}
 * >
 *   <UserForm />
 * </BlocListener>
 */
export function BlocListener<B extends StateStreamable<unknown>>({
  bloc,
  listener,
  listenWhen,
  children,
}: BlocListenerProps<B>) {
  useBlocListener(bloc, listener, listenWhen);
  return children;
}

/**
 * Props of `MultiBlocListener`.
 *
 * @example
 * const props: MultiBlocListenerProps = { listeners: [<BlocListener bloc={AuthBloc} listener={onAuth} />] };
 */
export interface MultiBlocListenerProps {
  /** `BlocListener` elements without children. */
  listeners: readonly ReactElement<{ children?: ReactNode }>[];
  children?: ReactNode;
}

/**
 * Several `BlocListener`s around one subtree without the pyramid.
 *
 * @example
 * <MultiBlocListener
 *   listeners={[
 *     <BlocListener bloc={AuthBloc} listener={onAuth} />,
 *     <BlocListener bloc={UserFormBloc} listener={onSaved} />,
 *   ]}
 * >
 *   <UserForm />
 * </MultiBlocListener>
 */
export function MultiBlocListener({ listeners, children }: MultiBlocListenerProps) {
  return nest(listeners, children);
}
