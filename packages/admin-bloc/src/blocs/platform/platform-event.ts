import type { PlatformRole } from '../../contract/platform.js';
import type { AuthChangedEvent } from '../shared/list-events.js';
import type { PlatformSessionFilters } from './platform-state.js';

/**
 * What happens on the platform admin screen (document 004): stats, users (load, search typed — debounced,
 * role filter changed, more requested), a role change or suspension asked for, sessions (load, filters
 * changed, more requested), the session changed (from `session.auth$`: a sign-out or another account drops
 * everything). Role change and suspend show at once and roll back when the server refuses.
 *
 * @example
 * platform.add({ type: 'platform/userSearchChanged', search: 'haugen' });
 * platform.add({ type: 'platform/moreUsersRequested' });
 * platform.add({ type: 'platform/roleChangeRequested', userId: 'usr_bQ9vTk', role: 'admin' });
 */
export type PlatformEvent =
  | { readonly type: 'platform/statsRequested' }
  | { readonly type: 'platform/usersRequested' }
  | { readonly type: 'platform/userSearchChanged'; readonly search: string }
  | { readonly type: 'platform/roleFilterChanged'; readonly role: PlatformRole | null }
  | { readonly type: 'platform/moreUsersRequested' }
  | { readonly type: 'platform/roleChangeRequested'; readonly userId: string; readonly role: PlatformRole }
  | { readonly type: 'platform/suspendRequested'; readonly userId: string }
  | { readonly type: 'platform/sessionsRequested' }
  | { readonly type: 'platform/sessionFiltersChanged'; readonly filters: Partial<PlatformSessionFilters> }
  | { readonly type: 'platform/moreSessionsRequested' }
  | AuthChangedEvent<'platform'>;
