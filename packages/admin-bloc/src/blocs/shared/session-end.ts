import type { Bloc } from '../../core/bloc.js';
import type { Emitter } from '../../core/emitter.js';
import { sequential } from '../../core/transformers.js';
import type { SessionAuth } from '../../repositories/session-repository.js';
import { followStream } from './follow.js';
import type { AuthChangedEvent } from './list-events.js';
import type { AuthSource, ScopeGuard } from './scope-guard.js';

/**
 * Drops everything a bloc loaded when the session it loaded for ends: it handles `<prefix>/authChanged` and, when
 * a session is given, follows its `auth$`. A sign-out or a sign-in as another account ends the guard (every
 * request of the old session is aborted and its answer kept out), then `reset` cancels the bloc's own runs and
 * emits its initial state; the first value only records who is signed in.
 *
 * @example
 * endWithSession(this, 'auditLog', this.guard, options.session, (emit) => {
 *   this.pages.cancel();
 *   emit(initial);
 * });
 */
export function endWithSession<Prefix extends string, Event extends { readonly type: string }, State>(
  bloc: Bloc<Event, State>,
  prefix: Prefix,
  guard: ScopeGuard,
  session: AuthSource | undefined,
  reset: (emit: Emitter<State>) => void,
): void {
  const type = `${prefix}/authChanged` as const;
  bloc.on(
    type as Event['type'],
    (event, emit) => {
      if (!guard.ends((event as unknown as AuthChangedEvent<Prefix>).auth)) return;
      // Another account, or none: nothing of the old one may stay or still arrive.
      guard.end();
      reset(emit);
    },
    sequential(),
  );
  if (session) followStream(bloc, session.auth$, (auth: SessionAuth) => ({ type, auth }) as unknown as Event);
}
