import { BlocBase, setState } from './bloc-base.js';

/**
 * The simplest bloc: no events, just methods that call `emit`. `emit` after `close()` throws an error
 * naming the cubit (Dart throws a `StateError` too). `emit` is public, unlike Dart's `@protected`
 * one, so a cubit can be driven from plain functions and tests; call it from the cubit's own methods
 * by convention.
 *
 * @example
 * class CounterCubit extends Cubit<number> {
 *   constructor() {
 *     super(0);
 *   }
 *   increment() {
 *     this.emit(this.state + 1);
 *   }
 * }
 */
export class Cubit<State> extends BlocBase<State> {
  /**
   * Replaces the state (dropped when equal to the current one by `equals`).
   *
   * @example
   * cubit.emit({ ...cubit.state, page: 2 });
   */
  emit(state: State): void {
    setState(this, state);
  }
}
