import { of, Subject } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { Cubit } from '../../src/core/index.js';
import { whenListen } from '../../src/testing/index.js';

describe('whenListen', () => {
  it('plays states to subscribe and state$ and makes state the last one', () => {
    const cubit = new Cubit(0);
    const states = new Subject<number>();
    const restore = whenListen(cubit, states, { initialState: 5 });
    expect(cubit.state).toBe(5);
    const heard: number[] = [];
    const off = cubit.subscribe((state) => heard.push(state));
    const replayed: number[] = [];
    cubit.state$.subscribe((state) => replayed.push(state));
    states.next(7);
    states.next(8);
    expect(heard).toEqual([7, 8]);
    expect(replayed).toEqual([5, 7, 8]);
    expect(cubit.state).toBe(8);
    off();
    restore();
    expect(cubit.state).toBe(0);
    cubit.emit(1);
    expect(heard).toEqual([7, 8]);
  });

  it('accepts an array and stubs a hand-made mock', () => {
    const mock = { state: 'real', state$: of('real'), subscribe: (_listener: (state: string) => void) => () => {} };
    const restore = whenListen(mock, ['a', 'b']);
    const heard: string[] = [];
    mock.subscribe((state) => heard.push(state));
    expect(heard).toEqual(['a', 'b']);
    expect(mock.state).toBe('b');
    restore();
    expect(mock.state).toBe('real');
  });
});
