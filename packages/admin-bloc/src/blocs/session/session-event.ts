import type { OrgScope } from '../../repositories/org-scope-repository.js';
import type { SessionAuth } from '../../repositories/session-repository.js';

/**
 * What happens to a session. `signedIn`/`signedOut` come from the app (a login form, a sign-out button);
 * `authChanged` and `scopeChanged` come from the repositories the bloc follows (a 401 anywhere arrives as
 * `authChanged` to signed-out); `reloadRequested` retries loading the admin after a failure.
 *
 * @example
 * session.add({ type: 'session/signedIn', token: DEMO_TOKENS.admin });
 */
export type SessionEvent =
  | { readonly type: 'session/signedIn'; readonly token: string }
  | { readonly type: 'session/signedOut' }
  | { readonly type: 'session/reloadRequested' }
  | { readonly type: 'session/authChanged'; readonly auth: SessionAuth }
  | { readonly type: 'session/scopeChanged'; readonly scope: OrgScope | null };
