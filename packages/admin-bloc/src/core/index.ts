// Explicit export list of the core layer, re-exported by the package's headless entry.
export { Bloc, type BlocOptions, type EventHandler } from './bloc.js';
export { BlocBase, type BlocBaseOptions } from './bloc-base.js';
export { Change } from './change.js';
export { Cubit } from './cubit.js';
export type { Emitter } from './emitter.js';
export { type BlocObserver, getGlobalObservers, setGlobalObservers } from './observer.js';
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
