import { describe, expect, it } from 'vitest';
import { Bloc, ReplayCubit, replayable } from '../../src/core/index.js';

class CounterCubit extends ReplayCubit<number> {
  constructor(limit?: number) {
    super(0, { limit });
  }
  increment() {
    this.emit(this.state + 1);
  }
}

describe('ReplayCubit', () => {
  it('undoes and redoes, and a new state clears the redo stack', () => {
    const counter = new CounterCubit();
    expect(counter.canUndo).toBe(false);
    counter.increment();
    counter.increment();
    counter.undo();
    expect(counter.state).toBe(1);
    expect(counter.canRedo).toBe(true);
    counter.redo();
    expect(counter.state).toBe(2);
    counter.undo();
    counter.increment();
    expect(counter.state).toBe(2);
    expect(counter.canRedo).toBe(false);
    counter.redo();
    expect(counter.state).toBe(2);
  });

  it('keeps at most `limit` past states', () => {
    const counter = new CounterCubit(2);
    for (let i = 0; i < 5; i++) counter.increment();
    counter.undo();
    counter.undo();
    counter.undo();
    expect(counter.state).toBe(3);
    expect(counter.canUndo).toBe(false);
  });

  it('clears the history', () => {
    const counter = new CounterCubit();
    counter.increment();
    counter.undo();
    counter.clearHistory();
    expect(counter.canUndo).toBe(false);
    expect(counter.canRedo).toBe(false);
  });

  it('notifies subscribers of undo and redo as changes', () => {
    const counter = new CounterCubit();
    const seen: number[] = [];
    counter.subscribe((state) => seen.push(state));
    counter.increment();
    counter.undo();
    counter.redo();
    expect(seen).toEqual([1, 0, 1]);
  });
});

describe('replayable', () => {
  it('works over a bloc and skips states shouldReplay rejects', async () => {
    type E = { type: 'typed'; text: string };
    const bloc = new Bloc<E, string>('');
    bloc.on('typed', (event, emit) => emit(event.text));
    const history = replayable(bloc, { shouldReplay: (state) => state !== 'skip' });
    await bloc.add({ type: 'typed', text: 'a' });
    await bloc.add({ type: 'typed', text: 'skip' });
    await bloc.add({ type: 'typed', text: 'b' });
    history.undo();
    expect(bloc.state).toBe('a');
    history.undo();
    expect(bloc.state).toBe('');
    history.redo();
    expect(bloc.state).toBe('a');
    history.dispose();
    await bloc.add({ type: 'typed', text: 'c' });
    expect(history.canRedo).toBe(true);
  });
});
