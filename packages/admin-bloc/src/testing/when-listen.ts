import { concat, defer, from, isObservable, type Observable, of, share, tap } from 'rxjs';

/**
 * The members `whenListen` stubs: those the React bindings and `state$` consumers read.
 *
 * @example
 * const stubbed: Listenable<number> = { state: 0, state$: of(0), subscribe: () => () => {} };
 */
export interface Listenable<State> {
  readonly state: State;
  readonly state$: Observable<State>;
  subscribe(listener: (state: State) => void): () => void;
}

const STUBBED = ['state', 'state$', 'subscribe'] as const;

/**
 * Makes a bloc (a real one or a hand-made mock) play back `states` instead of its own (Dart's
 * `whenListen`): `subscribe` and `state$` deliver them, `state` returns the last one delivered (or
 * `initialState` before that). Playback starts when the first listener subscribes. Returns a function
 * that removes the stubs.
 *
 * @example
 * const bloc = new UserListBloc(deps);
 * const restore = whenListen(bloc, of(loading, loaded), { initialState: initial });
 * render(<UserListView bloc={bloc} />);
 * restore();
 */
export function whenListen<State>(
  bloc: Listenable<State>,
  states: Observable<State> | Iterable<State>,
  options: { initialState?: State } = {},
): () => void {
  const hasInitial = 'initialState' in options;
  let current = options.initialState as State;
  let delivered = hasInitial;
  const playback = (isObservable(states) ? states : from(states)).pipe(
    tap((state) => {
      current = state;
      delivered = true;
    }),
    share(),
  );
  const saved = STUBBED.map((name) => [name, Object.getOwnPropertyDescriptor(bloc, name)] as const);
  Object.defineProperties(bloc, {
    state: { configurable: true, get: () => current },
    state$: { configurable: true, value: defer(() => (delivered ? concat(of(current), playback) : playback)) },
    subscribe: {
      configurable: true,
      value: (listener: (state: State) => void) => {
        const subscription = playback.subscribe(listener);
        return () => subscription.unsubscribe();
      },
    },
  });
  return () => {
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(bloc, name, descriptor);
      else delete (bloc as unknown as Record<string, unknown>)[name];
    }
  };
}
