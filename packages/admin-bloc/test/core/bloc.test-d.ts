import type { Observable } from 'rxjs';
import { describe, expectTypeOf, it } from 'vitest';
import {
  Bloc,
  type Change,
  Cubit,
  type Emitter,
  emitUpdate,
  restartable,
  type Transition,
} from '../../src/core/index.js';

type UserEvent =
  | { type: 'user/renamed'; name: string }
  | { type: 'user/aged'; years: number }
  | { type: 'user/deleted' };
type User = { name: string; age: number };

describe('Bloc types', () => {
  const bloc = new Bloc<UserEvent, User>({ name: '', age: 0 });

  it('narrows the event for one type and for a list of types', () => {
    bloc.on('user/renamed', (event, emit) => {
      expectTypeOf(event).toEqualTypeOf<{ type: 'user/renamed'; name: string }>();
      expectTypeOf(emit).toEqualTypeOf<Emitter<User>>();
    });
    bloc.on(['user/aged', 'user/deleted'], (event) => {
      expectTypeOf(event).toEqualTypeOf<{ type: 'user/aged'; years: number } | { type: 'user/deleted' }>();
    });
  });

  it('narrows through a type-guard predicate', () => {
    bloc.on(
      (event): event is Extract<UserEvent, { type: 'user/aged' }> => event.type === 'user/aged',
      (event) => {
        expectTypeOf(event.years).toEqualTypeOf<number>();
      },
      restartable(),
    );
  });

  it('rejects event types the bloc does not declare', () => {
    // @ts-expect-error 'user/unknown' is not a UserEvent type
    bloc.on('user/unknown', () => {});
    // @ts-expect-error an event the bloc does not declare
    bloc.add({ type: 'user/unknown' });
    // @ts-expect-error a declared type with the wrong payload
    bloc.add({ type: 'user/renamed', name: 42 });
    expectTypeOf(bloc.add({ type: 'user/deleted' })).toEqualTypeOf<Promise<void>>();
  });

  it('types emit, state and the streams by the state type', () => {
    bloc.on('user/deleted', (_event, emit) => {
      // @ts-expect-error not a User
      emit({ name: 1 });
      emitUpdate(emit, (draft) => {
        draft.age += 1;
      });
      emitUpdate(emit, (draft) => {
        // @ts-expect-error the draft is typed by the state
        draft.age = 'old';
      });
    });
    expectTypeOf(bloc.state).toEqualTypeOf<User>();
    expectTypeOf(bloc.state$).toEqualTypeOf<Observable<User>>();
    expectTypeOf(bloc.changes$).toEqualTypeOf<Observable<Change<User>>>();
    expectTypeOf(bloc.subscribe).parameter(0).toEqualTypeOf<(state: User) => void>();
  });

  it('gives onTransition the bloc event and state types', () => {
    class Logged extends Bloc<UserEvent, User> {
      protected override onTransition(transition: Transition<UserEvent, User>) {
        expectTypeOf(transition.event).toEqualTypeOf<UserEvent>();
      }
    }
    expectTypeOf(new Logged({ name: '', age: 0 }).state).toEqualTypeOf<User>();
  });
});

describe('Cubit types', () => {
  it('emits only the state type', () => {
    const cubit = new Cubit(0);
    cubit.emit(1);
    // @ts-expect-error a string is not a number state
    cubit.emit('1');
    expectTypeOf(cubit.state).toEqualTypeOf<number>();
  });
});
