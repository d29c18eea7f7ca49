import type { ReactNode } from 'react';
import { useBuiltState } from './bloc-builder.js';
import { useBlocListener } from './bloc-listener.js';
import type { BlocSource, StateOf, StateStreamable } from './types.js';

/**
 * Props of `BlocConsumer`: a `BlocBuilder`'s and a `BlocListener`'s on one bloc.
 *
 * @example
 * const props: BlocConsumerProps<CounterCubit> = { bloc: CounterCubit, listener: beep, builder: (count) => count };
 */
export interface BlocConsumerProps<B extends StateStreamable<unknown>> {
  /** The bloc, or the class or token of one provided above. */
  bloc: BlocSource<B>;
  builder: (state: StateOf<B>) => ReactNode;
  buildWhen?: (previous: StateOf<B>, current: StateOf<B>) => boolean;
  listener: (state: StateOf<B>, previous: StateOf<B>) => void;
  listenWhen?: (previous: StateOf<B>, current: StateOf<B>) => boolean;
}

/**
 * A `BlocBuilder` and a `BlocListener` on the same bloc, for a view that both renders the state and reacts
 * to changes of it.
 *
 * @example
 * <BlocConsumer
 *   bloc={UserFormBloc}
 *   listenWhen={(previous, current) => current.status === 'failure' && previous.status !== 'failure'}
 *   listener={(state) => toast.error(state.error)}
 *   builder={(state) => <UserForm disabled={state.status === 'loading'} />}
 * />
 */
export function BlocConsumer<B extends StateStreamable<unknown>>({
  bloc,
  builder,
  buildWhen,
  listener,
  listenWhen,
}: BlocConsumerProps<B>) {
  useBlocListener(bloc, listener, listenWhen);
  return builder(useBuiltState(bloc as BlocSource<StateStreamable<StateOf<B>>>, buildWhen, 'BlocConsumer'));
}
