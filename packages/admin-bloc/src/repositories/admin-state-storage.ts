import type { AdminClient } from '../api/create-admin-client.js';
import { readableIssues } from '../contract/readable-issues.js';
import { UserListFilters } from '../contract/state.js';
import { DataUserRole, DataUserStatus } from '../contract/data.js';
import type { HydrationStorage } from '../core/hydration-storage.js';

/**
 * Key prefix of the user-list filters: `userList/filters/<org_id>` (document 001 keeps them per org).
 *
 * @example
 * key.startsWith(USER_FILTERS_KEY_PREFIX);
 */
export const USER_FILTERS_KEY_PREFIX = 'userList/filters/';
/**
 * Key of the selected org node.
 *
 * @example
 * await storage.getItem(SELECTED_ORG_KEY); // '{"v":1,"state":{"selectedOrgId":"org_tY2zLm"}}'
 */
export const SELECTED_ORG_KEY = 'selectedOrg';

/**
 * The storage key of one org's user-list filters.
 *
 * @example
 * userFiltersKey('org_kNr8aQ'); // 'userList/filters/org_kNr8aQ'
 */
export function userFiltersKey(orgId: string): string {
  return `${USER_FILTERS_KEY_PREFIX}${orgId}`;
}

/**
 * Options of the admin-state storage.
 *
 * @example
 * createAdminStateStorage({ client, version: 1 });
 */
export interface AdminStateStorageOptions {
  client: AdminClient;
  /** The `v` written around the state, as `hydrate` expects it (default 1). */
  version?: number;
  /**
   * Aborts every request of this storage (a bloc passes the signal it aborts on close, so a save it started
   * does not outlive it).
   */
  signal?: AbortSignal;
}

const wrap = (version: number, state: unknown) => JSON.stringify({ v: version, state });
const unwrap = (value: string): unknown => {
  const parsed: unknown = JSON.parse(value);
  return typeof parsed === 'object' && parsed !== null && 'state' in parsed
    ? (parsed as { state: unknown }).state
    : parsed;
};

/**
 * A `HydrationStorage` over the server's admin state (document 001), so what a coordinator chose follows them
 * to another browser. The server has two slots, so there are two kinds of key:
 *
 * - `userList/filters/<org_id>`: `{ role?, status? }` (GET/PUT `/state/users`); search, page size and sort are
 *   not in the contract's filters and are not stored.
 * - `selectedOrg`: `{ selectedOrgId }` (GET/POST/DELETE `/state/selected-org`).
 *
 * Values are `hydrate`'s `{ v, state }` JSON. Any other key rejects: there is nowhere on the server to keep it.
 *
 * @example
 * const storage = createAdminStateStorage({ client });
 * hydrate(filtersCubit, { key: userFiltersKey('org_kNr8aQ'), storage });
 * await storage.setItem(SELECTED_ORG_KEY, JSON.stringify({ v: 1, state: { selectedOrgId: 'org_tY2zLm' } }));
 */
export function createAdminStateStorage(options: AdminStateStorageOptions): HydrationStorage {
  const { client } = options;
  const version = options.version ?? 1;
  const orgOf = (key: string) => {
    const orgId = key.slice(USER_FILTERS_KEY_PREFIX.length);
    if (!key.startsWith(USER_FILTERS_KEY_PREFIX) || orgId === '') return null;
    return orgId;
  };
  const unknownKey = (key: string) =>
    new Error(`admin state has no slot for "${key}": use ${USER_FILTERS_KEY_PREFIX}<org_id> or ${SELECTED_ORG_KEY}`);

  const writeOptions = options.signal ? { signal: options.signal } : undefined;

  return {
    async getItem(key, readOptions) {
      const signals = [readOptions?.signal, options.signal].filter((item) => item !== undefined);
      const signal = signals.length > 0 ? { signal: AbortSignal.any(signals) } : undefined;
      if (key === SELECTED_ORG_KEY) {
        const { data } = await client.state.selectedOrg.get(signal);
        return data.selected_org_node_id === null ? null : wrap(version, { selectedOrgId: data.selected_org_node_id });
      }
      const orgId = orgOf(key);
      if (orgId === null) throw unknownKey(key);
      const answer = await client.state.users.get({ orgId, limit: 1 }, signal);
      // Only filters this client can send back: a role or status outside our lists (another server's) is "any".
      const role = DataUserRole.safeParse(answer.active_filters?.role);
      const status = DataUserStatus.safeParse(answer.active_filters?.status);
      const filters: UserListFilters = {
        ...(role.success ? { role: role.data } : {}),
        ...(status.success ? { status: status.data } : {}),
      };
      return filters.role === undefined && filters.status === undefined ? null : wrap(version, filters);
    },
    async setItem(key, value) {
      const signal = writeOptions;
      const state = unwrap(value);
      if (key === SELECTED_ORG_KEY) {
        const selectedOrgId = (state as { selectedOrgId?: unknown } | null)?.selectedOrgId;
        if (typeof selectedOrgId !== 'string') {
          await client.state.selectedOrg.clear(signal);
          return;
        }
        const { data } = await client.state.selectedOrg.get(signal);
        await client.state.selectedOrg.set({ admin_id: data.admin_id, org_node_id: selectedOrgId }, signal);
        return;
      }
      const orgId = orgOf(key);
      if (orgId === null) throw unknownKey(key);
      await client.state.users.setFilters(
        { org_id: orgId, filters: UserListFilters.parse(state, readableIssues) },
        signal,
      );
    },
    async removeItem(key) {
      const signal = writeOptions;
      if (key === SELECTED_ORG_KEY) {
        await client.state.selectedOrg.clear(signal);
        return;
      }
      const orgId = orgOf(key);
      if (orgId === null) throw unknownKey(key);
      await client.state.users.setFilters({ org_id: orgId, filters: {} }, signal);
    },
  };
}
