import * as z from 'zod/mini';
import { AdminUser } from '../../contract/admin.js';
import { OrgScope } from '../../repositories/org-scope-repository.js';
import { SessionRole, SignOutReason } from '../../repositories/session-repository.js';
import { withLoadedOutcome } from '../shared/status.js';

/**
 * The session: `status` `initial` while signed out, `loading` while the admin is looked up, `success`
 * signed in with the admin and role known (non-null), `failure` when the lookup failed (`failure.forbidden`: the token is not an
 * admin's). `signedOutReason` says why the last session ended (`unauthorized`: a 401 from any request).
 *
 * @example
 * const state: SessionState = initialSessionState;
 */
export const SessionState = withLoadedOutcome(
  {
    signedIn: z.boolean(),
    admin: z.nullable(AdminUser),
    role: z.nullable(SessionRole),
    scope: z.nullable(OrgScope),
    signedOutReason: z.nullable(SignOutReason),
  },
  { signedIn: z.literal(true), admin: AdminUser, role: SessionRole },
);
export type SessionState = z.infer<typeof SessionState>;

/**
 * The state of a session nobody has signed in to.
 *
 * @example
 * new SessionBloc({ client, session }).state; // initialSessionState
 */
export const initialSessionState: Extract<SessionState, { status: 'initial' | 'loading' }> = {
  status: 'initial',
  signedIn: false,
  admin: null,
  role: null,
  scope: null,
  signedOutReason: null,
  failure: null,
};
