import type { BlocBase, Cubit } from 'admin-bloc';
import { describe, expectTypeOf, it } from 'vitest';
import { BlocBuilder } from '../../src/react/bloc-builder.js';
import { BlocConsumer } from '../../src/react/bloc-consumer.js';
import { BlocListener, useBlocListener } from '../../src/react/bloc-listener.js';
import { BlocProvider } from '../../src/react/bloc-provider.js';
import { BlocSelector } from '../../src/react/bloc-selector.js';
import { RepositoryProvider, useRepository } from '../../src/react/repository-provider.js';
import { CounterCubit, type Profile, ProfileCubit, UsersBloc, type UsersState } from './test-support/cubits.js';
import { type BlocLike, createToken, type StateOf } from '../../src/react/types.js';
import { useBloc } from '../../src/react/use-bloc.js';
import { useBlocState } from '../../src/react/use-bloc-state.js';

// Components are called as functions here: TypeScript checks a JSX element of a generic component the same way.
const profile = new ProfileCubit();
const ProfileToken = createToken<ProfileCubit>('Profile');

describe('types of admin-bloc/react', () => {
  it('fits every Bloc and Cubit of the core into the structural types', () => {
    expectTypeOf<BlocBase<Profile>>().toExtend<BlocLike<Profile>>();
    expectTypeOf<Cubit<number>>().toExtend<BlocLike<number>>();
    expectTypeOf<UsersBloc>().toExtend<BlocLike<UsersState>>();
    expectTypeOf(useBlocState(UsersBloc, (state) => state.status)).toEqualTypeOf<UsersState['status']>();
  });

  it('gives a bloc state type', () => {
    expectTypeOf<StateOf<ProfileCubit>>().toEqualTypeOf<Profile>();
    expectTypeOf<StateOf<CounterCubit>>().toEqualTypeOf<number>();
  });

  it('flows the selector result type from useBlocState to the component', () => {
    expectTypeOf(useBlocState(profile)).toEqualTypeOf<Profile>();
    expectTypeOf(useBlocState(ProfileCubit)).toEqualTypeOf<Profile>();
    expectTypeOf(useBlocState(ProfileToken)).toEqualTypeOf<Profile>();
    expectTypeOf(useBlocState(ProfileCubit, (state) => state.age)).toEqualTypeOf<number>();
    expectTypeOf(useBlocState(profile, (state) => ({ name: state.name }))).toEqualTypeOf<{ name: string }>();
    useBlocState(
      CounterCubit,
      (count) => [count],
      (previous, next) => {
        expectTypeOf(previous).toEqualTypeOf<number[]>();
        return previous[0] === next[0];
      },
    );
    // @ts-expect-error a profile has no `count`
    useBlocState(ProfileCubit, (state) => state.count);
    const sameProfile = (a: Profile, b: Profile) => a === b;
    // @ts-expect-error `equals` compares selections (numbers here), not states
    useBlocState(ProfileCubit, (state) => state.age, sameProfile);
  });

  it('flows the selected type into BlocSelector’s builder', () => {
    BlocSelector({
      bloc: ProfileCubit,
      selector: (state) => state.name.length > 3,
      builder: (long) => {
        expectTypeOf(long).toEqualTypeOf<boolean>();
        return null;
      },
    });
    BlocSelector({
      bloc: profile,
      selector: (state) => state.age,
      equals: (a, b) => {
        expectTypeOf(a).toEqualTypeOf<number>();
        return a === b;
      },
      builder: (age) => age.toFixed(),
    });
    BlocSelector({
      bloc: profile,
      selector: (state) => state.age,
      // @ts-expect-error the builder gets the selected number, not the state
      builder: (age) => age.name,
    });
  });

  it('types the state in BlocBuilder, BlocListener and BlocConsumer from the bloc or its key', () => {
    BlocBuilder({
      bloc: ProfileCubit,
      buildWhen: (previous, current) => {
        expectTypeOf(previous).toEqualTypeOf<Profile>();
        return previous.age !== current.age;
      },
      builder: (state) => {
        expectTypeOf(state).toEqualTypeOf<Profile>();
        return state.name;
      },
    });
    BlocListener({
      bloc: CounterCubit,
      listener: (count, previous) => {
        expectTypeOf(count).toEqualTypeOf<number>();
        expectTypeOf(previous).toEqualTypeOf<number>();
      },
    });
    BlocConsumer({
      bloc: ProfileToken,
      listenWhen: (previous, current) => previous.name !== current.name,
      listener: (state) => expectTypeOf(state).toEqualTypeOf<Profile>(),
      builder: (state) => state.name,
    });
    useBlocListener(profile, (state) => expectTypeOf(state).toEqualTypeOf<Profile>());
  });

  it('returns the looked-up instance type and accepts only blocs in BlocProvider', () => {
    expectTypeOf(useBloc(CounterCubit)).toEqualTypeOf<CounterCubit>();
    expectTypeOf(useBloc(ProfileToken)).toEqualTypeOf<ProfileCubit>();
    BlocProvider({ create: () => new CounterCubit() });
    BlocProvider({ value: profile, token: ProfileToken });
    // @ts-expect-error create and value exclude each other
    BlocProvider({ create: () => new CounterCubit(), value: new CounterCubit() });
    // @ts-expect-error a token for another bloc type
    BlocProvider({ value: new CounterCubit(), token: ProfileToken });
    // @ts-expect-error a repository is not a bloc
    BlocProvider({ value: { list: () => [] } });
  });

  it('types repositories by token and by class', () => {
    interface UsersApi {
      list(): string[];
    }
    const UsersApiToken = createToken<UsersApi>('UsersApi');
    expectTypeOf(useRepository(UsersApiToken)).toEqualTypeOf<UsersApi>();
    expectTypeOf(useRepository(Map<string, number>)).toEqualTypeOf<Map<string, number>>();
    RepositoryProvider({ token: UsersApiToken, value: { list: () => [] } });
    RepositoryProvider({ create: () => new Map<string, number>(), dispose: (map) => map.clear() });
    // @ts-expect-error the value does not fit the token
    RepositoryProvider({ token: UsersApiToken, value: { list: () => 3 } });
  });
});
