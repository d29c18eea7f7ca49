// Explicit export list of the core layer, re-exported by the package's headless entry.
export { Bloc, type BlocOptions, type EventHandler } from './bloc.js';
export { BlocBase, type BlocBaseOptions } from './bloc-base.js';
export { Change } from './change.js';
export { Cubit } from './cubit.js';
export {
  createDevtoolsObserver,
  type DevtoolsConnection,
  type DevtoolsExtension,
  type DevtoolsObserverOptions,
} from './devtools-observer.js';
export { emitUpdate } from './emit-update.js';
export type { Emitter } from './emitter.js';
export { type HydrateOptions, type Hydration, type HydrationStatus, hydrate } from './hydrate.js';
export { createLocalStorage, createMemoryStorage, type HydrationStorage } from './hydration-storage.js';
export { type BlocObserver, getGlobalObservers, setGlobalObservers } from './observer.js';
export { type Replay, ReplayCubit, type ReplayOptions, replayable } from './replay.js';
export {
  concurrent,
  debounced,
  droppable,
  type EventTransformer,
  restartable,
  sequential,
  throttled,
} from './transformers.js';
export { Transition } from './transition.js';
