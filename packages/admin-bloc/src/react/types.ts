/**
 * The structural contracts the React layer needs from a bloc. Any `Bloc` or `Cubit` from `admin-bloc`
 * fits them, and so does a hand-written store in a test: the bindings never depend on the core's classes.
 */

/**
 * Something with a synchronous current state and change notifications. `subscribe` must not replay the
 * current state: React reads it through `state` and only needs to hear about changes.
 *
 * @example
 * const source: StateStreamable<number> = new CounterCubit();
 */
export interface StateStreamable<S> {
  readonly state: S;
  subscribe(listener: (state: S) => void): () => void;
}

/**
 * Something a provider that owns it can close on unmount.
 *
 * @example
 * const closable: Closable = new CounterCubit();
 */
export interface Closable {
  close(): Promise<void> | void;
  readonly isClosed: boolean;
}

/**
 * What `BlocProvider` accepts: a state source that can be closed (every `Bloc` and `Cubit`).
 *
 * @example
 * function provide<B extends BlocLike>(bloc: B) {}
 */
export interface BlocLike<S = unknown> extends StateStreamable<S>, Closable {}

/**
 * The state type of a bloc.
 *
 * @example
 * type Count = StateOf<CounterCubit>; // number
 */
export type StateOf<B> = B extends { readonly state: infer S } ? S : never;

/**
 * A lookup key for something that is not a class instance (an interface, a client made by a factory)
 * or for telling two providers of the same class apart. The type parameter only travels in the type.
 *
 * @example
 * const AdminClientToken = createToken<AdminClient>('AdminClient');
 */
export class ProviderToken<T> {
  /** Never set: it carries `T`, so `useRepository(token)` returns a `T`. */
  declare readonly type: T;
  readonly name: string;
  constructor(name: string) {
    this.name = name;
  }
}

/**
 * Creates a `ProviderToken`; the name is what lookup errors print.
 *
 * @example
 * const AdminClientToken = createToken<AdminClient>('AdminClient');
 * <RepositoryProvider token={AdminClientToken} value={createAdminClient({ baseUrl })}>…</RepositoryProvider>;
 * // in a component below it:
 * const client = useRepository(AdminClientToken);
 */
export const createToken = <T>(name: string): ProviderToken<T> => new ProviderToken<T>(name);

/**
 * How a provided value is looked up: its class (matched with `instanceof`, so a base class finds a
 * subclass) or a token.
 *
 * @example
 * const key: ProviderKey<CounterCubit> = CounterCubit;
 */
export type ProviderKey<T> = ProviderToken<T> | (abstract new (...args: never[]) => T);

/**
 * Where a hook or component gets its bloc: the instance itself, or a key looked up in the providers above.
 *
 * @example
 * useBlocState(CounterCubit); // from the nearest BlocProvider
 * useBlocState(counter); // this instance
 */
export type BlocSource<B> = B | ProviderKey<B>;
