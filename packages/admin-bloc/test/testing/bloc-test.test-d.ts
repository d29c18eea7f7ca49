import { describe, expect, expectTypeOf, it } from 'vitest';
import { Cubit } from '../../src/core/index.js';
import { type BlocTestOptions, runBlocTest } from '../../src/testing/index.js';

// blocTest's options are typed by the state of the bloc `build` returns: a seed's literals keep their types, and an
// expected state that is not a state of the bloc does not compile.

interface Member {
  readonly role: 'mentee' | 'mentor';
  readonly name: string;
  readonly tags: readonly string[];
}

class MemberCubit extends Cubit<Member> {
  constructor() {
    super({ role: 'mentor', name: 'Ane', tags: [] });
  }
  rename(name: string) {
    this.emit({ ...this.state, name });
  }
}

class CounterCubit extends Cubit<number> {
  constructor() {
    super(0);
  }
}

describe('blocTest options', () => {
  it('types seed and expect by the bloc state', () => {
    expectTypeOf<BlocTestOptions<MemberCubit>['seed']>().toEqualTypeOf<(() => Member) | undefined>();
    expectTypeOf<BlocTestOptions<CounterCubit>['expect']>().toEqualTypeOf<
      readonly number[] | (() => readonly number[]) | undefined
    >();
  });

  it('infers a zero-parameter seed and literal states against the state', () => {
    void runBlocTest(() => new MemberCubit(), {
      seed: () => ({ role: 'mentee', name: 'Lars', tags: ['new'] }),
      act: (cubit) => cubit.rename('Kari'),
      expect: () => [{ role: 'mentee', name: 'Kari', tags: ['new'] }],
    });
    // The one-object form, with the states as values.
    void runBlocTest({
      build: () => new MemberCubit(),
      act: (cubit) => cubit.rename('Kari'),
      expect: [{ role: 'mentor', name: 'Kari', tags: [] }],
    });
    void runBlocTest({
      build: () => new MemberCubit(),
      expect: () => [expect.objectContaining({ name: 'Kari' })],
    });
  });

  it('refuses a seed or an expected state the bloc cannot hold', () => {
    void runBlocTest(() => new MemberCubit(), {
      // @ts-expect-error 'coordinator' is no role of a Member
      seed: () => ({ role: 'coordinator', name: 'Lars', tags: [] }),
    });
    void runBlocTest(() => new CounterCubit(), {
      // @ts-expect-error a counter's states are numbers
      expect: () => ['1'],
    });
    void runBlocTest({
      build: () => new CounterCubit(),
      // @ts-expect-error a counter's states are numbers, in the one-object form too
      expect: ['1'],
    });
    void runBlocTest({
      build: () => new MemberCubit(),
      // @ts-expect-error `nmae` is no field of a Member
      expect: [{ role: 'mentee', nmae: 'Kari', tags: [] }],
    });
  });
});
