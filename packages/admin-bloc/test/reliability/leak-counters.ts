import { Observable } from 'rxjs';
import { manualTimers } from '../blocs/shared/test-support.js';
import type { Timers } from '../../src/blocs/shared/timers.js';

/**
 * A repository whose shared stream `key` (the org scope's `scope$`, the session's `auth$`) counts its
 * subscribers: `open` goes up on subscribe and down on unsubscribe, so a test reads how many subscriptions a
 * bloc still holds instead of guessing. Everything else is the repository itself (methods run on it).
 *
 * @example
 * const scope = countSubscribers(OrgScopeRepository.of(nodes, 'org_tY2zLm'), 'scope$');
 * const bloc = new UserListBloc({ client, scope: scope.value });
 * await bloc.close();
 * scope.open; // 0
 */
export function countSubscribers<T extends object, K extends keyof T>(target: T, key: K) {
  const source = target[key] as unknown as Observable<unknown>;
  const counts = { open: 0, total: 0 };
  const stream = new Observable<unknown>((subscriber) => {
    counts.open++;
    counts.total++;
    const inner = source.subscribe(subscriber);
    return () => {
      counts.open--;
      inner.unsubscribe();
    };
  });
  const value = new Proxy(target, {
    get(object, property) {
      if (property === key) return stream;
      const found: unknown = Reflect.get(object, property, object);
      return typeof found === 'function' ? found.bind(object) : found;
    },
  });
  return {
    value,
    /** Subscriptions open now. */
    get open() {
      return counts.open;
    },
    /** Subscriptions ever made (shows the count was exercised). */
    get total() {
      return counts.total;
    },
  };
}

/**
 * Hand-stepped timers (see `manualTimers`) that count the timers waiting: `live` is set − cleared − fired.
 *
 * @example
 * const timers = countingTimers();
 * new UserListBloc({ client, scope, timers });
 * timers.live; // 0 after close()
 */
export function countingTimers() {
  const inner = manualTimers();
  const live = new Set<unknown>();
  let set = 0;
  const timers: Timers & { advance(ms: number): void; readonly live: number; readonly set: number } = {
    setTimeout(callback, ms) {
      set++;
      const handle: unknown = inner.setTimeout(() => {
        live.delete(handle);
        callback();
      }, ms);
      live.add(handle);
      return handle;
    },
    clearTimeout(handle) {
      live.delete(handle);
      inner.clearTimeout(handle);
    },
    now: () => inner.now(),
    advance: (ms) => inner.advance(ms),
    get live() {
      return live.size;
    },
    get set() {
      return set;
    },
  };
  return timers;
}
