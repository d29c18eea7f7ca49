import type { SessionState } from './session-state.js';

/**
 * Whether the admin is signed in and known (what guards the app's routes).
 *
 * @example
 * if (!selectIsAuthenticated(session.state)) router.navigate('/login');
 */
export function selectIsAuthenticated(state: SessionState): boolean {
  return state.signedIn && state.status === 'success';
}

/**
 * Whether the last session ended because the server refused the token (401), for a "please sign in again"
 * notice rather than a silent login page.
 *
 * @example
 * selectSessionExpired(state); // true after a 401
 */
export function selectSessionExpired(state: SessionState): boolean {
  return !state.signedIn && state.signedOutReason === 'unauthorized';
}

/**
 * Whether the signed-in account is not an admin (every admin endpoint answered 403).
 *
 * @example
 * if (selectIsForbidden(state)) show('This account has no admin access');
 */
export function selectIsForbidden(state: SessionState): boolean {
  return state.failure?.forbidden === true;
}

/**
 * Whether the admin may hard-delete users (document 000: super-admins only).
 *
 * @example
 * selectIsSuperAdmin(state); // true for a super-admin
 */
export function selectIsSuperAdmin(state: SessionState): boolean {
  return state.status === 'success' && state.role === 'super_admin';
}
