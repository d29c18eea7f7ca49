import { BlocBase, type Internals, noop, overrides } from './bloc-base.js';
import { globalObservers } from './observer.js';

/**
 * The promise `add` returns in development: a promise that notes whether anyone attached to it. `then` is what
 * `await`, `.catch`, `.finally`, `Promise.all` and test matchers all end up calling (a promise whose constructor is
 * not `Promise` is awaited through its `then`). Derived promises are plain ones.
 */
class WatchedPromise<T> extends Promise<T> {
  static override get [Symbol.species](): PromiseConstructor {
    return Promise;
  }

  handled = false;

  // biome-ignore lint/suspicious/noThenProperty: a promise subclass's own then is the point: it notes who listens
  override then<Fulfilled = T, Rejected = never>(
    onFulfilled?: ((value: T) => Fulfilled | PromiseLike<Fulfilled>) | null,
    onRejected?: ((reason: unknown) => Rejected | PromiseLike<Rejected>) | null,
  ): Promise<Fulfilled | Rejected> {
    this.handled = true;
    return super.then(onFulfilled, onRejected);
  }
}

/** Whether anyone hears a bloc's reported errors: `errors$`, its own `onError`, or an observer's `onError`. */
function errorsHeard(bloc: BlocBase<unknown>, internals: Internals<unknown>): boolean {
  return (
    !!internals._errorSubject?.observed ||
    overrides(bloc, BlocBase, 'onError') ||
    globalObservers.some((observer) => observer.onError) ||
    internals._observers.some((observer) => observer.onError)
  );
}

/**
 * @internal In development, warns on the console when a handler fails and nobody hears it: no one awaited or
 * caught `add`'s promise and no one listens to the bloc's errors. `add`'s promise never becomes an unhandled
 * rejection (a failure also goes to `errors$`), so without this such a failure would pass in silence.
 * The check waits one macrotask after the failure, so an `await` or `.catch` attached right after `add` counts.
 * It costs one wrapper promise per asynchronous `add`, in development only.
 */
export function watchFailure(
  bloc: BlocBase<unknown>,
  internals: Internals<unknown>,
  event: { type: string },
  result: Promise<void>,
): Promise<void> {
  const watched: WatchedPromise<void> = new WatchedPromise<void>((resolve, reject) => {
    result.then(resolve, (error: unknown) => {
      reject(error);
      setTimeout(() => {
        if (watched.handled || errorsHeard(bloc, internals)) return;
        console.warn(
          `${bloc.name}: the handler for "${event.type}" failed and nothing heard it. Await or catch add()'s promise, ` +
            'or listen to errors$ (or onError). This warning shows in development only.',
          error,
        );
      }, 0);
    });
  });
  // Like every promise add returns, the watched one never becomes an unhandled rejection; the base `then` does not
  // count as someone listening.
  Promise.prototype.then.call(watched, undefined, noop);
  return watched;
}
