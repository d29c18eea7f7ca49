import { type Draft, produce } from 'immer';
import { currentState, type Emitter } from './emitter.js';

/**
 * Emits immer's `produce` over the current state: the recipe mutates a draft (or returns a new state), and an
 * untouched draft keeps the state identical, so nothing is emitted. It is a function beside the emitter rather
 * than a method of it so that immer (about 3.5 kB min+gzip) is bundled only by the code that updates through a
 * draft, not by every app that uses `Bloc`. Call it in a handler with the handler's `emit`; like `emit`, it does
 * nothing once the handler was cancelled.
 *
 * @example
 * type Todos = { items: { title: string; done: boolean }[] };
 * const todos = new Bloc<{ type: 'todos/allDone' }, Todos>({ items: [] });
 * todos.on('todos/allDone', (_event, emit) =>
 *   emitUpdate(emit, (draft) => {
 *     for (const item of draft.items) item.done = true;
 *   }),
 * );
 */
export function emitUpdate<State>(
  emit: Emitter<State>,
  // biome-ignore lint/suspicious/noConfusingVoidType: immer recipes either mutate the draft (void) or return a state
  recipe: (draft: Draft<State>) => void | State,
): void {
  emit(produce(currentState(emit), recipe as never) as State);
}
