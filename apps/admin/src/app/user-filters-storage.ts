import {
  type AdminClient,
  createAdminStateStorage,
  DataUserRole,
  DataUserStatus,
  type HydrationStorage,
  type OrgScopeRepository,
  type SessionRepository,
  userFiltersKey,
} from 'admin-bloc';

/** The user list's remembered filters, with a read that can start before the org tree is known. */
export interface UserFiltersStorage extends HydrationStorage {
  /** Starts reading the signed-in admin's remembered filters now (the app does as it starts on `/users`). */
  warm(): void;
}

/**
 * Where the user list's role and status filters are remembered: the server's admin state, as the bloc's default.
 * The remembered filters are kept per org, the root of the admin's tree, which is known only once the org tree has
 * arrived; read then, they cost a round of their own before the first list request. Document 001 answers a read
 * without `org_id` for the admin's own org, the root of the tree the admin sees; `warm` starts that read with the
 * session's first requests, and the bloc's first read of the root's filters takes its answer, once, if the session
 * is still the same. Every other read and every write goes to the admin state as before.
 *
 * @example
 * const filters = createUserFiltersStorage({ client, session, scope });
 * filters.warm();
 * new UserListBloc({ client, scope, storage: filters });
 */
export function createUserFiltersStorage(options: {
  readonly client: AdminClient;
  readonly session: SessionRepository;
  readonly scope: OrgScopeRepository;
}): UserFiltersStorage {
  const { client, session, scope } = options;
  const stored = createAdminStateStorage({ client });
  let early: { readonly token: string; readonly read: Promise<string | null> } | null = null;
  return {
    warm() {
      const auth = session.auth;
      if (auth.status !== 'signedIn') return;
      const read = client.state.users.get({ limit: 1 }).then((answer) => {
        // As the admin state's own reading: only filters this client can send back; anything else is "any".
        const role = DataUserRole.safeParse(answer.active_filters?.role);
        const status = DataUserStatus.safeParse(answer.active_filters?.status);
        if (!role.success && !status.success) return null;
        const state = {
          ...(role.success ? { role: role.data } : {}),
          ...(status.success ? { status: status.data } : {}),
        };
        return JSON.stringify({ v: 1, state });
      });
      read.catch(() => undefined);
      early = { token: auth.token, read };
    },
    async getItem(key, readOptions) {
      const taken = early;
      early = null;
      const auth = session.auth;
      const root = scope.current?.rootOrgId;
      if (taken && auth.status === 'signedIn' && auth.token === taken.token && root && key === userFiltersKey(root)) {
        // A failed early read is not the answer: the bloc's own read below asks again.
        const answer = await taken.read.then(
          (value) => ({ value }),
          () => null,
        );
        readOptions?.signal?.throwIfAborted();
        if (answer) return answer.value;
      }
      return stored.getItem(key, readOptions);
    },
    setItem: (key, value) => stored.setItem(key, value),
    removeItem: (key) => stored.removeItem(key),
  };
}
