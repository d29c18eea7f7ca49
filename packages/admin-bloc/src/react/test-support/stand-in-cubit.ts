// A minimal Cubit with the core's observable surface, for running these tests before the core exists.
export class Cubit<S> {
  #state: S;
  #listeners = new Set<(state: S) => void>();
  #closed = false;
  constructor(initial: S) {
    this.#state = initial;
  }
  get state(): S {
    return this.#state;
  }
  get isClosed(): boolean {
    return this.#closed;
  }
  subscribe(listener: (state: S) => void): () => void {
    const entry = (state: S) => listener(state);
    this.#listeners.add(entry);
    return () => this.#listeners.delete(entry);
  }
  emit(state: S): void {
    if (this.#closed) throw new Error('emit after close');
    if (Object.is(state, this.#state)) return;
    this.#state = state;
    for (const listener of [...this.#listeners]) listener(state);
  }
  async close(): Promise<void> {
    this.#closed = true;
    this.#listeners.clear();
  }
}
