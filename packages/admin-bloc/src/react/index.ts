/**
 * admin-bloc/react: flutter_bloc's widget set as React hooks and components, a thin layer over
 * `useSyncExternalStore`. It imports only React; any `Bloc` or `Cubit` from `admin-bloc` fits its
 * structural types.
 *
 * Why (every export): the React bindings of the package's blocs: how a React app provides blocs and repositories to
 * its components and reads their states, with the props and token types those components and hooks take.
 */
export { BlocBuilder, type BlocBuilderProps } from './bloc-builder.js';
export { BlocConsumer, type BlocConsumerProps } from './bloc-consumer.js';
export {
  BlocListener,
  type BlocListenerProps,
  MultiBlocListener,
  type MultiBlocListenerProps,
  useBlocListener,
} from './bloc-listener.js';
export { BlocProvider, type BlocProviderProps } from './bloc-provider.js';
export { BlocSelector, type BlocSelectorProps } from './bloc-selector.js';
export { MultiBlocProvider, type MultiProviderProps } from './multi-bloc-provider.js';
export {
  MultiRepositoryProvider,
  RepositoryProvider,
  type RepositoryProviderProps,
  useRepository,
} from './repository-provider.js';
export {
  type BlocLike,
  type BlocSource,
  type Closable,
  createToken,
  type ProviderKey,
  type ProviderToken,
  type StateOf,
  type StateStreamable,
} from './types.js';
export { useBloc } from './use-bloc.js';
export { useBlocState } from './use-bloc-state.js';
