/**
 * Where `hydrate` keeps serialized states. Asynchronous so a server-backed store fits as well as
 * memory or localStorage.
 *
 * @example
 * const storage: HydrationStorage = {
 *   getItem: async (key) => (await api.getState(key)) ?? null,
 *   setItem: async (key, value) => api.putState(key, value),
 *   removeItem: async (key) => api.deleteState(key),
 * };
 */
export interface HydrationStorage {
  /** `signal`: the reader no longer needs the value (its bloc closed, or the session ended); a storage that reads over the network should stop the request. */
  getItem(key: string, options?: { signal?: AbortSignal }): Promise<string | null>;
  setItem(key: string, value: string): Promise<void>;
  removeItem(key: string): Promise<void>;
}

/**
 * A storage in memory, for tests and server rendering. `entries` gives it a starting content.
 *
 * @example
 * const storage = createMemoryStorage({ counter: '{"v":1,"state":3}' });
 */
export function createMemoryStorage(entries: Record<string, string> = {}): HydrationStorage & {
  readonly entries: Map<string, string>;
} {
  const map = new Map(Object.entries(entries));
  return {
    entries: map,
    getItem: async (key) => map.get(key) ?? null,
    setItem: async (key, value) => {
      map.set(key, value);
    },
    removeItem: async (key) => {
      map.delete(key);
    },
  };
}

interface WebStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * A storage over the browser's `localStorage`, looked up on every call (never when the module loads,
 * so the core still imports on a server). Where there is none, the calls reject and `hydrate` reports it.
 * `prefix` namespaces the keys (default `'admin-bloc:'`).
 *
 * @example
 * hydrate(filtersCubit, { key: 'userList/filters', storage: createLocalStorage() });
 */
export function createLocalStorage(options: { prefix?: string } = {}): HydrationStorage {
  const prefix = options.prefix ?? 'admin-bloc:';
  const local = (): WebStorage => {
    const found = (globalThis as { localStorage?: WebStorage }).localStorage;
    if (!found) throw new Error('localStorage is not available in this environment');
    return found;
  };
  return {
    getItem: async (key) => local().getItem(prefix + key),
    setItem: async (key, value) => local().setItem(prefix + key, value),
    removeItem: async (key) => local().removeItem(prefix + key),
  };
}
