import { afterEach, describe, expect, it, vi } from 'vitest';
import { Bloc, Cubit, debounced } from '../../src/core/index.js';
import { blocTest, runBlocTest } from '../../src/testing/index.js';

type CounterEvent = { type: 'counter/incremented' } | { type: 'counter/failed' } | { type: 'counter/searched' };

class CounterBloc extends Bloc<CounterEvent, number> {
  constructor() {
    super(0);
    this.on('counter/incremented', (_event, emit) => emit(this.state + 1));
    this.on('counter/failed', () => {
      throw new Error('no');
    });
    this.on('counter/searched', (_event, emit) => emit(this.state + 10), debounced(100));
  }
}

class CounterCubit extends Cubit<number> {
  constructor() {
    super(0);
  }
  increment() {
    this.emit(this.state + 1);
  }
}

describe('blocTest', () => {
  blocTest('records nothing without act', { build: () => new CounterCubit(), expect: [] });

  blocTest('records the states act causes', {
    build: () => new CounterBloc(),
    act: async (bloc) => {
      await bloc.add({ type: 'counter/incremented' });
      await bloc.add({ type: 'counter/incremented' });
    },
    expect: [1, 2],
  });

  const verified: number[] = [];
  blocTest('seeds, skips and verifies', {
    build: () => new CounterCubit(),
    seed: () => 10,
    act: (cubit) => {
      cubit.increment();
      cubit.increment();
    },
    skip: 1,
    expect: () => [12],
    verify: (cubit) => {
      verified.push(cubit.state);
      expect(cubit.isClosed).toBe(true);
    },
  });
  it('ran verify of the previous test', () => expect(verified).toEqual([12]));

  blocTest('compares reported errors, counting a rejected add once', {
    build: () => new CounterBloc(),
    act: (bloc) => bloc.add({ type: 'counter/failed' }),
    errors: [new Error('no')],
    expect: [],
  });

  blocTest('waits with real timers', {
    build: () => new CounterBloc(),
    act: (bloc) => {
      void bloc.add({ type: 'counter/searched' });
    },
    wait: 120,
    expect: [10],
  });

  describe('under fake timers', () => {
    afterEach(() => {
      vi.useRealTimers();
    });
    blocTest('advances fake time by wait', {
      setUp: () => {
        vi.useFakeTimers();
      },
      build: () => new CounterBloc(),
      act: (bloc) => {
        void bloc.add({ type: 'counter/searched' });
      },
      wait: 100,
      expect: [10],
    });
  });

  it('fails with a diff of the states when they differ', async () => {
    const failure = await runBlocTest({
      build: () => new CounterCubit(),
      act: (cubit) => cubit.increment(),
      expect: [2],
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    expect(String((failure as Error).message)).toMatch(/states emitted by CounterCubit/);
    // vitest renders its diff from these two fields.
    expect(failure).toMatchObject({ actual: [1], expected: [2] });
  });

  it('fails on errors the test did not expect', async () => {
    const failure = await runBlocTest({
      build: () => new CounterBloc(),
      act: (bloc) => bloc.add({ type: 'counter/failed' }),
    }).catch((error: unknown) => error);
    expect(String((failure as Error).message)).toMatch(/CounterBloc reported errors, and the test expects none/);
  });

  it('runs tearDown even when the test fails', async () => {
    const log: string[] = [];
    await runBlocTest({
      setUp: () => log.push('setUp'),
      build: () => new CounterCubit(),
      expect: [1],
      tearDown: () => log.push('tearDown'),
    }).catch(() => log.push('failed'));
    expect(log).toEqual(['setUp', 'tearDown', 'failed']);
  });
});
