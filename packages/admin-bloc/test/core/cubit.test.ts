import { afterEach, describe, expect, it } from 'vitest';
import { Change, Cubit } from '../../src/core/index.js';
import type { BlocObserver } from '../../src/core/observer.js';
import { setGlobalObservers } from '../../src/core/observer.js';

class CounterCubit extends Cubit<number> {
  constructor() {
    super(0);
  }
  increment() {
    this.emit(this.state + 1);
  }
}

afterEach(() => setGlobalObservers([]));

describe('Cubit', () => {
  it('reads state synchronously and emits new states to subscribers without replaying the current one', () => {
    const cubit = new CounterCubit();
    const seen: number[] = [];
    cubit.subscribe((state) => seen.push(state));
    expect(seen).toEqual([]);
    cubit.increment();
    expect(cubit.state).toBe(1);
    cubit.increment();
    expect(seen).toEqual([1, 2]);
  });

  it('drops states equal by Object.is, NaN included', () => {
    const cubit = new Cubit<number>(Number.NaN);
    const seen: number[] = [];
    cubit.subscribe((state) => seen.push(state));
    cubit.emit(Number.NaN);
    cubit.emit(1);
    cubit.emit(1);
    expect(seen).toEqual([1]);
  });

  it('uses a pluggable equals', () => {
    const cubit = new Cubit({ id: 1, label: 'a' }, { equals: (a, b) => a.id === b.id });
    const seen: unknown[] = [];
    cubit.subscribe((state) => seen.push(state));
    cubit.emit({ id: 1, label: 'b' });
    cubit.emit({ id: 2, label: 'c' });
    expect(seen).toEqual([{ id: 2, label: 'c' }]);
  });

  it('unsubscribes, and a listener that unsubscribes during an emit does not disturb the others', () => {
    const cubit = new CounterCubit();
    const seen: string[] = [];
    const offA = cubit.subscribe((state) => {
      seen.push(`a${state}`);
      offA();
    });
    cubit.subscribe((state) => seen.push(`b${state}`));
    cubit.increment();
    cubit.increment();
    expect(seen).toEqual(['a1', 'b1', 'b2']);
  });

  it('state$ replays the current state, follows changes and completes on close', async () => {
    const cubit = new CounterCubit();
    cubit.increment();
    const seen: number[] = [];
    let completed = false;
    cubit.state$.subscribe({ next: (state) => seen.push(state), complete: () => (completed = true) });
    cubit.increment();
    await cubit.close();
    expect(seen).toEqual([1, 2]);
    expect(completed).toBe(true);
    const late: number[] = [];
    let lateCompleted = false;
    cubit.state$.subscribe({ next: (state) => late.push(state), complete: () => (lateCompleted = true) });
    expect(late).toEqual([2]);
    expect(lateCompleted).toBe(true);
  });

  it('changes$ carries Change values and completes on close', async () => {
    const cubit = new CounterCubit();
    const changes: Change<number>[] = [];
    let completed = false;
    cubit.changes$.subscribe({ next: (change) => changes.push(change), complete: () => (completed = true) });
    cubit.increment();
    cubit.increment();
    await cubit.close();
    expect(changes).toEqual([new Change(0, 1), new Change(1, 2)]);
    expect(changes[0]).toBeInstanceOf(Change);
    expect(completed).toBe(true);
  });

  it('errors$ carries addError and completes on close', async () => {
    const cubit = new CounterCubit();
    const errors: unknown[] = [];
    let completed = false;
    cubit.errors$.subscribe({ next: (error) => errors.push(error), complete: () => (completed = true) });
    const boom = new Error('boom');
    cubit.addError(boom);
    await cubit.close();
    expect(errors).toEqual([boom]);
    expect(completed).toBe(true);
  });

  it('is closed as soon as close starts, close is idempotent, and emit afterwards throws naming the cubit', async () => {
    const cubit = new CounterCubit();
    const closing = cubit.close();
    expect(cubit.isClosed).toBe(true);
    expect(cubit.close()).toBe(closing);
    expect(() => cubit.increment()).toThrow('CounterCubit: emit after close()');
    await closing;
    const named = new Cubit(0, { name: 'userFilters' });
    await named.close();
    expect(() => named.emit(1)).toThrow('userFilters: emit after close()');
    expect(cubit.state).toBe(0);
  });

  it('stops calling listeners after close and ignores later subscribes', async () => {
    const cubit = new CounterCubit();
    const seen: number[] = [];
    cubit.subscribe((state) => seen.push(state));
    await cubit.close();
    const off = cubit.subscribe((state) => seen.push(state));
    off();
    expect(seen).toEqual([]);
  });

  it('calls onChange before the state changes and onError for reported errors', () => {
    const log: string[] = [];
    class Hooked extends Cubit<number> {
      protected override onChange(change: Change<number>) {
        log.push(`change ${change.currentState}->${change.nextState} while state=${this.state}`);
      }
      protected override onError(error: unknown) {
        log.push(`error ${(error as Error).message}`);
      }
    }
    const cubit = new Hooked(0);
    cubit.emit(1);
    cubit.addError(new Error('x'));
    expect(log).toEqual(['change 0->1 while state=0', 'error x']);
  });

  it('notifies several global and local observers of create, change, error and close', async () => {
    const log: string[] = [];
    const observer = (tag: string): BlocObserver => ({
      onCreate: (bloc) => log.push(`${tag} create ${bloc.name}`),
      onChange: (bloc, change) => log.push(`${tag} change ${bloc.name} ${String(change.nextState)}`),
      onError: (bloc, error) => log.push(`${tag} error ${bloc.name} ${String(error)}`),
      onClose: (bloc) => log.push(`${tag} close ${bloc.name}`),
    });
    setGlobalObservers([observer('g1'), observer('g2')]);
    const cubit = new Cubit(0, { name: 'c', observers: [observer('local')] });
    cubit.emit(1);
    cubit.addError('e');
    await cubit.close();
    expect(log).toEqual([
      'g1 create c',
      'g2 create c',
      'local create c',
      'g1 change c 1',
      'g2 change c 1',
      'local change c 1',
      'g1 error c e',
      'g2 error c e',
      'local error c e',
      'g1 close c',
      'g2 close c',
      'local close c',
    ]);
  });
});
