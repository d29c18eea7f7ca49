import { expect, test, vi } from 'vitest';
import { setState } from '../core/bloc-base.js';
import type { BlocBase } from '../core/index.js';

/**
 * What `blocTest` needs from a bloc: its public members only, so any `Bloc<E, S>` or `Cubit<S>` fits
 * (`BlocBase<unknown>` itself would not: its state type is invariant).
 *
 * @example
 * const testable: TestableBloc = new CounterCubit();
 */
export type TestableBloc = Pick<BlocBase<unknown>, 'name' | 'state' | 'subscribe' | 'errors$' | 'close'>;

type StateOf<B> = B extends { readonly state: infer S } ? S : never;

/**
 * What `blocTest` runs, in Dart's `blocTest` order: `build`, `seed`, record, `act`, `wait`, close, compare.
 *
 * @example
 * const options: BlocTestOptions<CounterCubit> = { build: () => new CounterCubit(), act: (c) => c.increment(), expect: [1] };
 */
export interface BlocTestOptions<B extends TestableBloc> {
  /** Makes a fresh bloc for this test. */
  build: () => B;
  /** A state set before recording starts (it is not part of the recorded states). */
  seed?: () => StateOf<B>;
  /** Drives the bloc; may be async. An error it throws fails the test unless `errors` expects it. */
  act?: (bloc: B) => unknown;
  /** Milliseconds to wait after `act` (advanced with `vi.advanceTimersByTimeAsync` under fake timers). */
  wait?: number;
  /** How many recorded states to ignore before comparing (default 0). */
  skip?: number;
  /** The states recorded after `seed`, compared with `toEqual` (asymmetric matchers work). */
  expect?: readonly unknown[] | (() => readonly unknown[]);
  /** The reported errors, compared with `toEqual`. Without it, any reported error fails the test. */
  errors?: readonly unknown[] | (() => readonly unknown[]);
  /** Further checks once the bloc is closed. */
  verify?: (bloc: B) => unknown;
  /** Runs before `build`. */
  setUp?: () => unknown;
  /** Runs last, even when the test fails. */
  tearDown?: () => unknown;
}

const resolve = <T>(value: T | (() => T)): T => (typeof value === 'function' ? (value as () => T)() : value);

/**
 * Runs one bloc scenario without registering a test; `blocTest` registers it. A mismatch throws
 * vitest's assertion error with the usual diff between expected and recorded states.
 *
 * @example
 * it('counts', () => runBlocTest({ build: () => new CounterCubit(), act: (c) => c.increment(), expect: [1] }));
 */
export async function runBlocTest<B extends TestableBloc>(options: BlocTestOptions<B>): Promise<void> {
  await options.setUp?.();
  try {
    const bloc = options.build();
    // A seed is set the way hydration sets a state: not through the bloc's events, and with no public setter.
    if (options.seed) setState(bloc as unknown as BlocBase<unknown>, options.seed());
    const states: unknown[] = [];
    const errors: unknown[] = [];
    const off = bloc.subscribe((state) => states.push(state));
    const subscription = bloc.errors$.subscribe((error) => errors.push(error));
    try {
      await options.act?.(bloc);
    } catch (error) {
      // A failed `add` rejects with the error it already reported: count it once.
      if (!errors.includes(error)) errors.push(error);
    }
    if (options.wait !== undefined) {
      if (vi.isFakeTimers()) await vi.advanceTimersByTimeAsync(options.wait);
      else await new Promise((done) => setTimeout(done, options.wait));
    }
    await bloc.close();
    off();
    subscription.unsubscribe();
    if (options.expect !== undefined) {
      expect(states.slice(options.skip ?? 0), `states emitted by ${bloc.name}`).toEqual(resolve(options.expect));
    }
    if (options.errors !== undefined) {
      expect(errors, `errors reported by ${bloc.name}`).toEqual(resolve(options.errors));
    } else if (errors.length > 0) {
      expect(errors, `${bloc.name} reported errors, and the test expects none (pass \`errors\`)`).toEqual([]);
    }
    await options.verify?.(bloc);
  } finally {
    await options.tearDown?.();
  }
}

/**
 * Registers a vitest test for a bloc scenario (Dart's `blocTest`): builds the bloc, optionally seeds it,
 * records every state `act` causes, closes the bloc and compares the states (after `skip`) with `expect`
 * and the reported errors with `errors`, showing vitest's diff on a mismatch; then runs `verify`.
 *
 * @example
 * blocTest('increments', {
 *   build: () => new CounterBloc(),
 *   seed: () => 10,
 *   act: (bloc) => bloc.add({ type: 'counter/incremented', by: 1 }),
 *   expect: [11],
 * });
 */
export function blocTest<B extends TestableBloc>(name: string, options: BlocTestOptions<B>): void {
  test(name, () => runBlocTest(options));
}
