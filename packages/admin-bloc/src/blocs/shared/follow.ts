import type { Observable, Subscription } from 'rxjs';

/**
 * The part of a bloc `followStream` needs: a way to add events, to know it closed, and its error stream
 * (which completes on close; `state$` would count as a listener, and blocs that pause work while nobody
 * listens must not be kept awake by their own plumbing).
 *
 * @example
 * const target: FollowTarget<{ type: 'x/scopeChanged' }> = bloc;
 */
export interface FollowTarget<Event> {
  add(event: Event): Promise<void>;
  readonly isClosed: boolean;
  readonly errors$: Observable<unknown>;
}

/**
 * Turns every value of a repository stream into an event of the bloc, until the bloc closes. This is how
 * blocs share data without importing each other: they follow the same repository stream (the org scope, the
 * session). The events go through `add`, so they get the handler's transformer (restartable: a new scope
 * aborts the old scope's requests) and show up in observers and devtools like any other event.
 *
 * @example
 * // in the bloc's constructor, after super(): the bloc follows the org scope it was given
 * followStream(bloc, scope.scope$, (orgScope) => ({ type: 'userList/scopeChanged', scope: orgScope }));
 */
export function followStream<Event, T>(
  bloc: FollowTarget<Event>,
  source: Observable<T>,
  toEvent: (value: T) => Event,
): Subscription {
  const subscription = source.subscribe((value) => {
    if (bloc.isClosed) return;
    // A failed handler already reported its error through the bloc's errors$.
    bloc.add(toEvent(value)).catch(() => undefined);
  });
  const closed = bloc.errors$.subscribe({ complete: () => subscription.unsubscribe() });
  subscription.add(closed);
  return subscription;
}
