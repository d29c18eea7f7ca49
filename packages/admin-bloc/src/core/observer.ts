import type { BlocBase } from './bloc-base.js';
import type { Change } from './change.js';
import type { Transition } from './transition.js';

/**
 * Watches every bloc and cubit it is attached to: globally through `setGlobalObservers`, or per
 * instance through the `observers` option. Every method is optional, and several observers can watch
 * at once. Unlike Dart's single `Bloc.observer`, a bloc's own hooks (`onChange`, …) do not have to call
 * `super` for observers to hear about it: the core notifies both.
 *
 * @example
 * const logger: BlocObserver = {
 *   onTransition: (bloc, transition) => console.debug(bloc.name, transition.event, transition.nextState),
 *   onError: (bloc, error) => console.error(bloc.name, error),
 * };
 * setGlobalObservers([logger]);
 */
export interface BlocObserver {
  onCreate?(bloc: BlocBase<unknown>): void;
  onEvent?(bloc: BlocBase<unknown>, event: unknown): void;
  onChange?(bloc: BlocBase<unknown>, change: Change<unknown>): void;
  onTransition?(bloc: BlocBase<unknown>, transition: Transition<unknown, unknown>): void;
  onError?(bloc: BlocBase<unknown>, error: unknown): void;
  onDone?(bloc: BlocBase<unknown>, event: unknown, error?: unknown): void;
  onClose?(bloc: BlocBase<unknown>): void;
}

/**
 * @internal The observers that watch every bloc and cubit; the core reads this binding on every emit, without
 * a call. Replaced, never mutated, by `setGlobalObservers`.
 */
export let globalObservers: readonly BlocObserver[] = [];

/**
 * Replaces the observers that watch every bloc and cubit (including those created earlier).
 * Pass an empty list to remove them.
 *
 * @example
 * setGlobalObservers([createDevtoolsObserver(), logger]);
 * afterEach(() => setGlobalObservers([]));
 */
export function setGlobalObservers(observers: readonly BlocObserver[]): void {
  globalObservers = [...observers];
}

/**
 * The observers that currently watch every bloc and cubit.
 *
 * @example
 * setGlobalObservers([...getGlobalObservers(), logger]);
 */
export function getGlobalObservers(): readonly BlocObserver[] {
  return globalObservers;
}
