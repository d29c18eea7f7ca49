import { type BlocBase, type BlocBaseOptions, setState } from './bloc-base.js';
import { Cubit } from './cubit.js';

/**
 * Options of `replayable` and `ReplayCubit`.
 *
 * @example
 * const options: ReplayOptions<Draft> = { limit: 50, shouldReplay: (state) => !state.saving };
 */
export interface ReplayOptions<State> {
  /** How many past states are kept (default 100; the oldest go first). */
  limit?: number;
  /** States for which this returns false are not recorded, so undo and redo skip them. */
  shouldReplay?: (state: State) => boolean;
}

/**
 * Undo and redo over a bloc's states.
 *
 * @example
 * const history = replayable(editorBloc);
 * if (history.canUndo) history.undo();
 */
export interface Replay {
  undo(): void;
  redo(): void;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  clearHistory(): void;
  /** Stops recording. */
  dispose(): void;
}

/**
 * Records a bloc's or cubit's states for undo and redo. Any new state (not an undo or redo) clears the
 * redo stack. Undo and redo set the state directly, as a change without an event: unlike Dart's
 * `ReplayBloc`, no synthetic undo/redo events go through `onEvent`/`onTransition`.
 *
 * @example
 * const history = replayable(editorBloc, { limit: 20 });
 * editorBloc.add({ type: 'editor/textTyped', text: 'hi' });
 * history.undo();
 */
export function replayable<State>(bloc: BlocBase<State>, options: ReplayOptions<State> = {}): Replay {
  const limit = options.limit ?? 100;
  const shouldReplay = options.shouldReplay ?? (() => true);
  let past: State[] = [];
  let future: State[] = [];
  let current = bloc.state;
  let replaying = false;

  const off = bloc.subscribe((next) => {
    if (!replaying) {
      if (shouldReplay(current)) {
        past.push(current);
        if (past.length > limit) past.shift();
      }
      future = [];
    }
    current = next;
  });
  const move = (from: State[], to: State[]) => {
    if (from.length === 0) return;
    const target = from.pop() as State;
    if (shouldReplay(current)) to.push(current);
    replaying = true;
    try {
      setState(bloc, target);
    } finally {
      replaying = false;
    }
  };

  return {
    undo: () => move(past, future),
    redo: () => move(future, past),
    get canUndo() {
      return past.length > 0;
    },
    get canRedo() {
      return future.length > 0;
    },
    clearHistory: () => {
      past = [];
      future = [];
    },
    dispose: off,
  };
}

/**
 * A cubit with undo and redo (Dart's `ReplayCubit`).
 *
 * @example
 * class CounterCubit extends ReplayCubit<number> {
 *   constructor() {
 *     super(0, { limit: 10 });
 *   }
 *   increment() {
 *     this.emit(this.state + 1);
 *   }
 * }
 * const counter = new CounterCubit();
 * counter.increment();
 * counter.undo(); // counter.state === 0
 */
export class ReplayCubit<State> extends Cubit<State> implements Omit<Replay, 'dispose'> {
  // A true private field: the history is no member of the published type or of the instance.
  readonly #history: Replay;

  constructor(initialState: State, options: BlocBaseOptions<State> & ReplayOptions<State> = {}) {
    super(initialState, options);
    this.#history = replayable<State>(this, options);
  }

  /** Goes back to the previous recorded state. @example counter.undo(); */
  undo(): void {
    this.#history.undo();
  }

  /** Re-applies the state undone last. @example counter.redo(); */
  redo(): void {
    this.#history.redo();
  }

  /** Whether there is a state to go back to. @example undoButton.disabled = !counter.canUndo; */
  get canUndo(): boolean {
    return this.#history.canUndo;
  }

  /** Whether there is an undone state to re-apply. @example redoButton.disabled = !counter.canRedo; */
  get canRedo(): boolean {
    return this.#history.canRedo;
  }

  /** Forgets every recorded state. @example counter.clearHistory(); */
  clearHistory(): void {
    this.#history.clearHistory();
  }
}
