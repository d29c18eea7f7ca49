import { BehaviorSubject, distinctUntilChanged, type Observable } from 'rxjs';
import * as z from 'zod/mini';
import type { AdminApiError } from '../api/admin-api-error.js';

/**
 * Why a session ended: the coordinator signed out, or the server answered 401 to some request.
 *
 * @example
 * const reason: SignOutReason = 'unauthorized';
 */
export const SignOutReason = z.enum(['signedOut', 'unauthorized']);
export type SignOutReason = z.infer<typeof SignOutReason>;

/**
 * What the signed-in admin may do. The contract knows only `admin` (document 002's role); super-admins (the
 * only ones who may hard-delete users) are told apart by the app, see `SessionBlocOptions.resolveRole`.
 *
 * @example
 * const role: SessionRole = 'super_admin';
 */
export const SessionRole = z.enum(['super_admin', 'admin']);
export type SessionRole = z.infer<typeof SessionRole>;

/**
 * The authentication state: signed in with a token, or signed out (with the reason, `null` before any
 * sign-in).
 *
 * @example
 * const auth: SessionAuth = { status: 'signedIn', token: 'demo-admin-token' };
 */
export const SessionAuth = z.discriminatedUnion('status', [
  z.object({ status: z.literal('signedIn'), token: z.string().check(z.minLength(1)) }),
  z.object({ status: z.literal('signedOut'), reason: z.nullable(SignOutReason), detail: z.optional(z.string()) }),
]);
export type SessionAuth = z.infer<typeof SessionAuth>;

/**
 * Options of the session repository.
 *
 * @example
 * new SessionRepository({ token: storedToken });
 */
export interface SessionRepositoryOptions {
  /** Start signed in with this token. */
  token?: string | null;
}

/**
 * Who is signed in, as a stream every bloc can follow. The admin client reads the token from it and reports
 * every 401 to it, so one expired token signs the whole app out (and the org scope, which follows this
 * repository, drops every scoped bloc's data):
 *
 * @example
 * const session = new SessionRepository();
 * const client = createAdminClient({ baseUrl, token: session.tokenSource, onUnauthorized: session.onUnauthorized });
 * const scope = new OrgScopeRepository({ session });
 * session.signIn(DEMO_TOKENS.admin);
 */
export class SessionRepository {
  private readonly subject: BehaviorSubject<SessionAuth>;

  /** The current authentication, then every change. */
  readonly auth$: Observable<SessionAuth>;

  constructor(options: SessionRepositoryOptions = {}) {
    this.subject = new BehaviorSubject<SessionAuth>(
      options.token ? { status: 'signedIn', token: options.token } : { status: 'signedOut', reason: null },
    );
    this.auth$ = this.subject.pipe(distinctUntilChanged((a, b) => JSON.stringify(a) === JSON.stringify(b)));
  }

  /**
   * The authentication now.
   *
   * @example
   * if (session.auth.status === 'signedOut') showLogin();
   */
  get auth(): SessionAuth {
    return this.subject.value;
  }

  /**
   * The token now, or `null` when signed out.
   *
   * @example
   * session.token; // 'demo-admin-token'
   */
  get token(): string | null {
    const auth = this.subject.value;
    return auth.status === 'signedIn' ? auth.token : null;
  }

  /**
   * For the client's `token` option: read before every request, so a new token applies at once.
   *
   * @example
   * createAdminClient({ baseUrl, token: session.tokenSource });
   */
  readonly tokenSource = (): string | null => this.token;

  /**
   * For the client's `onUnauthorized` option: a 401 from any request signs out with reason `unauthorized`.
   * It never asks the client to retry (there is no refresh endpoint in the contract).
   *
   * @example
   * createAdminClient({ baseUrl, onUnauthorized: session.onUnauthorized });
   */
  readonly onUnauthorized = (error: AdminApiError): false => {
    if (this.subject.value.status === 'signedIn') this.signOut('unauthorized', error.serverMessage);
    return false;
  };

  /**
   * Signs in with a token (a new token replaces the old one).
   *
   * @example
   * session.signIn('demo-admin-token');
   */
  signIn(token: string): void {
    this.subject.next({ status: 'signedIn', token });
  }

  /**
   * Signs out. Everything that follows the session drops its data.
   *
   * @example
   * session.signOut(); // reason 'signedOut'
   */
  signOut(reason: SignOutReason = 'signedOut', detail?: string): void {
    this.subject.next({ status: 'signedOut', reason, ...(detail === undefined ? {} : { detail }) });
  }
}
