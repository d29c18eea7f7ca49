import { filter, firstValueFrom } from 'rxjs';
import type { AdminClient } from '../../api/create-admin-client.js';
import type { AdminUser } from '../../contract/admin.js';
import { Bloc } from '../../core/bloc.js';
import { restartable, sequential } from '../../core/transformers.js';
import type { OrgScope, OrgScopeRepository } from '../../repositories/org-scope-repository.js';
import type { SessionAuth, SessionRepository, SessionRole } from '../../repositories/session-repository.js';
import { isAbort, toFailure } from '../shared/failure.js';
import { followStream } from '../shared/follow.js';
import type { SessionEvent } from './session-event.js';
import { initialSessionState, type SessionState } from './session-state.js';

/**
 * What the session bloc needs.
 *
 * @example
 * const options: SessionBlocOptions = { client, session, scope, resolveRole: (admin) => (superAdmins.has(admin.id) ? 'super_admin' : 'admin') };
 */
export interface SessionBlocOptions {
  client: AdminClient;
  session: SessionRepository;
  /** When given, the state carries the current org scope. */
  scope?: OrgScopeRepository;
  /**
   * Tells super-admins apart. The contract has no field for it (document 002's role is `admin` for both),
   * so the app decides, e.g. from its login answer. Default: every admin is `admin`.
   */
  resolveRole?: (admin: AdminUser) => SessionRole | Promise<SessionRole>;
}

/**
 * Token in; current admin, role and org scope out. It follows the `SessionRepository`: a 401 from any
 * request (through the client's `onUnauthorized`) arrives here as signed out with reason `unauthorized`.
 *
 * Who is "the current admin": the contract has no "me" endpoint, so the bloc reads `admin_id` from document
 * 001's selected-org answer (the state of the authenticated admin) and then the admin's record from document
 * 002 (`GET /api/admin/users/:id`). With the mock's `DEMO_TOKENS.admin` that is Astrid Haugen, `usr_hA3mXp`,
 * as in document 001's examples.
 *
 * @example
 * const session = new SessionRepository();
 * const client = createAdminClient({ baseUrl, token: session.tokenSource, onUnauthorized: session.onUnauthorized });
 * const bloc = new SessionBloc({ client, session });
 * await bloc.add({ type: 'session/signedIn', token: DEMO_TOKENS.admin });
 * bloc.state.admin?.name; // 'Astrid Haugen'
 */
export class SessionBloc extends Bloc<SessionEvent, SessionState> {
  constructor(options: SessionBlocOptions) {
    super(initialSessionState, { name: 'SessionBloc' });

    // Settles once the admin behind the token is known (or the sign-in failed), so `await add(...)` means "signed in".
    this.on(
      'session/signedIn',
      async (event) => {
        options.session.signIn(event.token);
        await firstValueFrom(this.state$.pipe(filter((state) => state.status !== 'loading')), {
          defaultValue: undefined,
        });
      },
      sequential(),
    );
    this.on('session/signedOut', () => options.session.signOut('signedOut'), sequential());
    this.on(
      ['session/authChanged', 'session/reloadRequested'],
      async (event, emit) => {
        const auth = event.type === 'session/authChanged' ? event.auth : options.session.auth;
        if (auth.status === 'signedOut') {
          if (!this.state.signedIn && this.state.status === 'initial' && this.state.signedOutReason === auth.reason)
            return;
          emit({ ...initialSessionState, scope: this.state.scope, signedOutReason: auth.reason });
          return;
        }
        emit({ ...this.state, status: 'loading', signedIn: true, signedOutReason: null, failure: null });
        try {
          const { data } = await options.client.state.selectedOrg.get({ signal: emit.signal });
          const admin = (await options.client.users.get(data.admin_id, { signal: emit.signal })).data;
          const role = await (options.resolveRole?.(admin) ?? 'admin');
          emit({ ...this.state, status: 'success', signedIn: true, admin, role, failure: null });
        } catch (error) {
          if (isAbort(error) || emit.isDone) return;
          const failure = toFailure(error);
          // A client not wired to the repository still signs the app out on a 401.
          if (failure.signedOut) options.session.signOut('unauthorized', failure.detail);
          else emit({ ...this.state, status: 'failure', admin: null, role: null, failure });
        }
      },
      restartable(),
    );
    this.on('session/scopeChanged', (event, emit) => emit({ ...this.state, scope: event.scope }), sequential());

    followStream<SessionEvent, SessionAuth>(this, options.session.auth$, (auth) => ({
      type: 'session/authChanged',
      auth,
    }));
    if (options.scope) {
      followStream<SessionEvent, OrgScope | null>(this, options.scope.scope$, (scope) => ({
        type: 'session/scopeChanged',
        scope,
      }));
    }
  }
}
