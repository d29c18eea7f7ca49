import { useLookup } from './scope.js';
import type { BlocLike, ProviderKey } from './types.js';

/**
 * The bloc the nearest `BlocProvider` holds for a class (a base class finds a subclass) or a token, to send
 * it events. It does not subscribe: the component does not re-render when the state changes (use
 * `useBlocState` for that). Outside such a provider it throws an error that names the bloc.
 *
 * @example
 * function IncrementButton() {
 *   const counter = useBloc(CounterCubit);
 *   return <button onClick={() => counter.increment()}>+1</button>;
 * }
 */
export function useBloc<B extends BlocLike>(key: ProviderKey<B>): B {
  return useLookup('BlocProvider', key, 'useBloc');
}
