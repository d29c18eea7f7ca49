import type { Observable } from 'rxjs';
import type { SessionAuth } from '../repositories/session-repository.js';

/**
 * What a bloc needs from a session to drop its data when the session ends (a `SessionRepository` fits).
 *
 * @example
 * const session: AuthSource = sessionRepository;
 */
export interface AuthSource {
  readonly auth$: Observable<SessionAuth>;
}

/**
 * Keeps one account's answers from landing after that account's session ended. Blocs that do not follow the
 * org scope (which the session already drops on sign-out) follow the session themselves: on sign-out or a switch
 * to another account they call `end()`, which aborts every request of the old session, and they run each
 * request through `run`, so an answer that arrives after `end()` is thrown away as an abort.
 *
 * @example
 * const guard = new SessionGuard();
 * const org = await guard.run(emit.signal, (signal) => client.organizations.get(id, { signal }));
 * // elsewhere, on auth change:
 * if (guard.ends(session.auth)) guard.end();
 */
export class SessionGuard {
  private controller = new AbortController();
  private token: string | null | undefined;

  /**
   * Records an auth change; true when it ends the session the bloc's data belongs to: a sign-out, or a
   * sign-in as another account. The first value only records who is signed in.
   *
   * @example
   * if (guard.ends(event.auth)) { guard.end(); emit(initialState); }
   */
  ends(auth: SessionAuth): boolean {
    const token = auth.status === 'signedIn' ? auth.token : null;
    const previous = this.token;
    this.token = token;
    return previous !== undefined && previous !== null && token !== previous;
  }

  /**
   * Aborts every request of the current session.
   *
   * @example
   * guard.end();
   */
  end(): void {
    this.controller.abort();
    this.controller = new AbortController();
  }

  /**
   * `signal`, also aborted when the session ends.
   *
   * @example
   * const run = latest.begin(guard.signal(emit.signal));
   */
  signal(signal: AbortSignal): AbortSignal {
    return AbortSignal.any([signal, this.controller.signal]);
  }

  /**
   * Runs a request under `signal` and the session; an answer or a failure that comes after the session ended
   * rejects as an abort (an `AbortError`), so the handler's `isAbort` check keeps it out of the state. A
   * failure counts too: the 401 that ends the session arrives after the sign-out it caused, and left as it
   * was it would still show on the form once the admin has signed in again.
   *
   * @example
   * const answer = await guard.run(emit.signal, (signal) => client.platform.stats({ signal }));
   */
  async run<T>(signal: AbortSignal, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const combined = this.signal(signal);
    const ended = () => new DOMException('The session ended', 'AbortError');
    let value: T;
    try {
      value = await work(combined);
    } catch (error) {
      throw combined.aborted ? ended() : error;
    }
    if (combined.aborted) throw ended();
    return value;
  }
}
