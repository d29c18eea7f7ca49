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

/** The state type of a bloc or cubit, which types `seed` and `expect`. */
type StateOf<B> = B extends { readonly state: infer S } ? S : never;

// `seed` and `expect` are conditional types over B on purpose: TypeScript instantiates a contextual type with what
// it has inferred so far only when that type is generic at its top (a plain `() => StateOf<B>` is not), and only
// then does the object a `seed: () => ({ … })` returns keep its literals (`status: 'loading'`, not `string`).

/** A state to start from: a function returning one of the bloc's states. */
type Seed<B> = B extends unknown ? () => StateOf<B> : never;

/** The states expected, or a function returning them. */
type ExpectedStates<B> = B extends unknown ? readonly StateOf<B>[] | (() => readonly StateOf<B>[]) : never;

/**
 * A bloc scenario without its `build`: what `blocTest(name, build, scenario)` takes once `build` has fixed the
 * bloc's type, so `seed` and `expect` are typed by its state, the function forms included.
 *
 * @example
 * const scenario: BlocTestScenario<CounterCubit> = { seed: () => 10, act: (c) => c.increment(), expect: () => [11] };
 */
export interface BlocTestScenario<B extends TestableBloc> {
  /** A state set before recording starts (it is not part of the recorded states). */
  seed?: Seed<B>;
  /** Drives the bloc; may be async. An error it throws fails the test unless `errors` expects it. */
  act?: (bloc: B) => unknown;
  /** Milliseconds to wait after `act` (advanced with `vi.advanceTimersByTimeAsync` under fake timers). */
  wait?: number;
  /** How many recorded states to ignore before comparing (default 0). */
  skip?: number;
  /**
   * The states recorded after `seed`, compared with `toEqual`, or a function making them. Each is one of the
   * bloc's states; an asymmetric matcher (`expect.objectContaining(…)`) fits in place of one.
   */
  expect?: ExpectedStates<B>;
  /** The reported errors, compared with `toEqual`. Without it, any reported error fails the test. */
  errors?: readonly unknown[] | (() => readonly unknown[]);
  /** Further checks once the bloc is closed. */
  verify?: (bloc: B) => unknown;
  /** Runs before `build`. */
  setUp?: () => unknown;
  /** Runs last, even when the test fails. */
  tearDown?: () => unknown;
}

/**
 * What `blocTest` runs, in Dart's `blocTest` order: `build`, `seed`, record, `act`, `wait`, close, compare.
 * `seed` and `expect` are typed by the state of the bloc `build` returns. In this one-object form TypeScript
 * reads a function's result before it knows the bloc, so a `seed` or `expect` function whose states have literal
 * fields (`status: 'loading'`) needs the three-argument form, `blocTest(name, build, scenario)`.
 *
 * @example
 * const options: BlocTestOptions<CounterCubit> = { build: () => new CounterCubit(), act: (c) => c.increment(), expect: [1] };
 */
export interface BlocTestOptions<B extends TestableBloc> extends BlocTestScenario<B> {
  /** Makes a fresh bloc for this test. */
  build: () => B;
}

const resolve = <T>(value: T | (() => T)): T => (typeof value === 'function' ? (value as () => T)() : value);

/**
 * Runs one bloc scenario without registering a test; `blocTest` registers it. A mismatch throws
 * vitest's assertion error with the usual diff between expected and recorded states.
 *
 * @example
 * it('counts', () => runBlocTest(() => new CounterCubit(), { act: (c) => c.increment(), expect: [1] }));
 */
export function runBlocTest<B extends TestableBloc>(build: () => B, scenario?: BlocTestScenario<B>): Promise<void>;
/**
 * Runs one bloc scenario given as one object, `build` included (see {@link BlocTestOptions} for its typing).
 *
 * @example
 * it('counts', () => runBlocTest({ build: () => new CounterCubit(), act: (c) => c.increment(), expect: [1] }));
 */
export function runBlocTest<B extends TestableBloc>(options: BlocTestOptions<B>): Promise<void>;
export function runBlocTest<B extends TestableBloc>(
  buildOrOptions: (() => B) | BlocTestOptions<B>,
  scenario: BlocTestScenario<B> = {},
): Promise<void> {
  return run(typeof buildOrOptions === 'function' ? { ...scenario, build: buildOrOptions } : buildOrOptions);
}

async function run<B extends TestableBloc>(options: BlocTestOptions<B>): Promise<void> {
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
 * `blocTest(name, build, scenario)` types `seed` and `expect` by the state of the bloc `build` returns;
 * `blocTest(name, { build, … })` does too, but there a function's literal fields need the first form.
 *
 * @example
 * blocTest('increments', () => new CounterBloc(), {
 *   seed: () => 10,
 *   act: (bloc) => bloc.add({ type: 'counter/incremented', by: 1 }),
 *   expect: [11],
 * });
 */
export function blocTest<B extends TestableBloc>(name: string, build: () => B, scenario?: BlocTestScenario<B>): void;
/**
 * Registers a vitest test for a bloc scenario given as one object, `build` included (see {@link BlocTestOptions}
 * for its typing).
 *
 * @example
 * blocTest('increments', { build: () => new CounterCubit(), act: (cubit) => cubit.increment(), expect: [1] });
 */
export function blocTest<B extends TestableBloc>(name: string, options: BlocTestOptions<B>): void;
export function blocTest<B extends TestableBloc>(
  name: string,
  buildOrOptions: (() => B) | BlocTestOptions<B>,
  scenario: BlocTestScenario<B> = {},
): void {
  const options = typeof buildOrOptions === 'function' ? { ...scenario, build: buildOrOptions } : buildOrOptions;
  test(name, () => run(options));
}
