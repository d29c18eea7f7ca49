import type { Observable } from 'rxjs';
import type { SessionAuth } from '../../repositories/session-repository.js';

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
 * The one guard of a bloc's work besides the handler's own `emit.signal`: it ends with the scope or the session
 * the work belongs to. A bloc calls `end()` when its scope changes or drops (sign-out) or when another account
 * signs in; every request started under the guard is aborted then, and an answer (or failure) that still
 * arrives is thrown away as an abort, so nothing of the old scope or session lands in the new one.
 *
 * Requests go under it either through `run` (one request) or through `signal` (a signal to pass on, e.g. to
 * a `PagedQuery`). Blocs that follow the org scope end it on every scope; blocs that follow the session end it
 * when `ends(auth)` says the session they loaded for is over.
 *
 * @example
 * const guard = new ScopeGuard();
 * const org = await guard.run(emit.signal, (signal) => client.organizations.get(id, { signal }));
 * // elsewhere, on auth change:
 * if (guard.ends(session.auth)) guard.end();
 */
export class ScopeGuard {
  /** Aborted when the session ends: every request of the old session. */
  private controller = new AbortController();
  /** Aborted when the scope changes or the session ends: the reads of the old scope. */
  private reads = new AbortController();
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
   * Aborts every request of the current scope or session.
   *
   * @example
   * guard.end();
   */
  end(): void {
    this.controller.abort();
    this.controller = new AbortController();
    this.scopeChanged();
  }

  /**
   * Aborts the reads of the old scope (lists, details, the reads of a bulk change). Writes the coordinator
   * asked for (`run`) go on: they belong to the session, not to what is on screen.
   *
   * @example
   * guard.scopeChanged();
   */
  scopeChanged(): void {
    this.reads.abort();
    this.reads = new AbortController();
  }

  /**
   * `signal`, also aborted when the scope changes or the session ends: for reads.
   *
   * @example
   * const page = await users.list(query, guard.signal(emit.signal));
   */
  signal(signal: AbortSignal): AbortSignal {
    return AbortSignal.any([signal, this.reads.signal, this.controller.signal]);
  }

  /**
   * Like `run`, for a read: also ended by a change of scope.
   *
   * @example
   * const contact = await guard.read(emit.signal, (signal) => client.contacts.get(id, { signal }));
   */
  read<T>(signal: AbortSignal, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
    return this.run(this.signal(signal), work);
  }

  /**
   * Runs a request under `signal` and the session; an answer or a failure that comes after the guard ended
   * rejects as an abort (an `AbortError`), so the handler's `isAbort` check keeps it out of the state. A
   * failure counts too: the 401 that ends the session arrives after the sign-out it caused, and left as it
   * was it would still show on the form once the admin has signed in again.
   *
   * @example
   * const answer = await guard.run(emit.signal, (signal) => client.platform.stats({ signal }));
   */
  run<T>(signal: AbortSignal, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const combined = AbortSignal.any([signal, this.controller.signal]);
    return keptOutAfter(combined, 'The scope or session ended', () => work(combined));
  }

  /**
   * Runs a write that must go out even if the session ends meanwhile (a delete the coordinator confirmed):
   * nothing aborts it but `signal`; only its outcome is kept out once the session ended (it rejects as an abort).
   *
   * @example
   * await guard.outlive(closing.signal, (signal) => client.data.users.remove(id, { signal }));
   */
  outlive<T>(signal: AbortSignal, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
    return keptOutAfter(this.controller.signal, 'The session ended', () => work(signal));
  }
}

/** `work`'s outcome, or an abort (an `AbortError` saying `why`) when `ended` aborted before it settled. */
async function keptOutAfter<T>(ended: AbortSignal, why: string, work: () => Promise<T>): Promise<T> {
  let value: T;
  try {
    value = await work();
  } catch (error) {
    throw ended.aborted ? new DOMException(why, 'AbortError') : error;
  }
  if (ended.aborted) throw new DOMException(why, 'AbortError');
  return value;
}
