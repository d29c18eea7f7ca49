import { type AdminClient, type AdminClientOptions, createAdminClient } from '../api/create-admin-client.js';
import type { HydrationStorage } from '../core/hydration-storage.js';
import { createAdminStateStorage } from './admin-state-storage.js';
import { OrgScopeRepository } from './org-scope-repository.js';
import { SessionRepository } from './session-repository.js';

/**
 * Everything the blocs share, wired once per app: the session, a client that reads the session's token and
 * reports every 401 to it, the org scope that follows the session, and the admin-state storage.
 *
 * @example
 * const repositories: AdminRepositories = createAdminRepositories({ baseUrl: location.origin });
 */
export interface AdminRepositories {
  readonly session: SessionRepository;
  readonly client: AdminClient;
  readonly scope: OrgScopeRepository;
  readonly storage: HydrationStorage;
}

/**
 * Wires the repositories the blocs take. `token` and `onUnauthorized` of the client options are the session's
 * (a given `onUnauthorized` runs first; if it resolves `true` the request is retried instead of signing out).
 *
 * @example
 * const { session, client, scope } = createAdminRepositories({ baseUrl: location.origin });
 * const sessionBloc = new SessionBloc({ client, session, scope });
 * const orgTree = new OrgTreeBloc({ client, session, scope });
 * const selectedOrg = new SelectedOrgBloc({ client, session, scope });
 * const dashboard = new DashboardBloc({ client, scope });
 * const userList = new UserListBloc({ client, scope });
 * sessionBloc.add({ type: 'session/signedIn', token });
 */
export function createAdminRepositories(
  options: Omit<AdminClientOptions, 'token'> & { readonly token?: string | null } = {},
): AdminRepositories {
  const { token, onUnauthorized, ...clientOptions } = options;
  const session = new SessionRepository({ token: token ?? null });
  const client = createAdminClient({
    ...clientOptions,
    token: session.tokenSource,
    onUnauthorized: async (error) => {
      if ((await onUnauthorized?.(error)) === true) return true;
      return session.onUnauthorized(error);
    },
  });
  const scope = new OrgScopeRepository({ session });
  return { session, client, scope, storage: createAdminStateStorage({ client }) };
}
