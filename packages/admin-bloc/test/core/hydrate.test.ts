import { afterEach, describe, expect, it } from 'vitest';
import {
  Cubit,
  createLocalStorage,
  createMemoryStorage,
  type HydrationStatus,
  type HydrationStorage,
  hydrate,
} from '../../src/core/index.js';

type Filters = { query: string; pageSize: number };
const initial: Filters = { query: '', pageSize: 10 };

const controlledStorage = () => {
  let release!: (value: string | null) => void;
  const storage: HydrationStorage = {
    getItem: () =>
      new Promise<string | null>((resolve) => {
        release = resolve;
      }),
    setItem: async () => {},
    removeItem: async () => {},
  };
  return { storage, release: (value: string | null) => release(value) };
};

const errorsOf = (cubit: Cubit<unknown>) => {
  const errors: string[] = [];
  cubit.errors$.subscribe((error) => errors.push(`${String(error)} / ${String((error as Error).cause)}`));
  return errors;
};

afterEach(() => {
  delete (globalThis as { localStorage?: unknown }).localStorage;
});

describe('hydrate', () => {
  it('restores the stored state, then stores every change under the explicit key', async () => {
    const storage = createMemoryStorage({ filters: JSON.stringify({ v: 1, state: { query: 'ola', pageSize: 25 } }) });
    const cubit = new Cubit<Filters>(initial);
    const statuses: HydrationStatus[] = [];
    const hydration = hydrate(cubit, { key: 'filters', storage });
    hydration.status$.subscribe((status) => statuses.push(status));
    expect(hydration.status).toBe('pending');
    expect(await hydration.ready).toBe('restored');
    expect(cubit.state).toEqual({ query: 'ola', pageSize: 25 });
    cubit.emit({ query: 'kari', pageSize: 25 });
    await hydration.clear(); // waits for pending writes first
    expect(storage.entries.has('filters')).toBe(false);
    cubit.emit({ query: 'per', pageSize: 25 });
    await cubit.close();
    await Promise.resolve();
    expect(statuses).toEqual(['pending', 'restored']);
  });

  it('writes { v, state } with toJSON and reads with fromJSON', async () => {
    const storage = createMemoryStorage({ tags: JSON.stringify({ v: 1, state: ['a', 'b'] }) });
    const cubit = new Cubit<Set<string>>(new Set());
    const hydration = hydrate(cubit, {
      key: 'tags',
      storage,
      toJSON: (state) => [...state],
      fromJSON: (json) => new Set(json as string[]),
    });
    await hydration.ready;
    expect([...cubit.state]).toEqual(['a', 'b']);
    cubit.emit(new Set(['c']));
    await hydration.clear().then(() => undefined);
    cubit.emit(new Set(['d']));
    await Promise.resolve();
    await Promise.resolve();
    expect(storage.entries.get('tags')).toBe(JSON.stringify({ v: 1, state: ['d'] }));
  });

  it('reports empty when nothing is stored', async () => {
    const cubit = new Cubit<Filters>(initial);
    expect(await hydrate(cubit, { key: 'none', storage: createMemoryStorage() }).ready).toBe('empty');
    expect(cubit.state).toBe(initial);
  });

  it('migrates data stored by an older version', async () => {
    const storage = createMemoryStorage({ filters: JSON.stringify({ v: 1, state: { query: 'x' } }) });
    const cubit = new Cubit<Filters>(initial);
    const migrations: number[] = [];
    const hydration = hydrate(cubit, {
      key: 'filters',
      storage,
      version: 2,
      migrate: (json, from) => {
        migrations.push(from);
        return { ...(json as object), pageSize: 50 };
      },
    });
    expect(await hydration.ready).toBe('restored');
    expect(cubit.state).toEqual({ query: 'x', pageSize: 50 });
    expect(migrations).toEqual([1]);
  });

  it.each([
    ['not JSON', '{oops', /could not restore/],
    ['not a { v, state } record', JSON.stringify({ query: 'x' }), /not a \{ v, state \} record/],
    ['from a newer version', JSON.stringify({ v: 3, state: initial }), /newer than 1/],
    ['older without migrate', JSON.stringify({ v: 0, state: initial }), /no migrate/],
  ])('keeps the initial state and reports data that is %s, never throwing', async (_case, raw, message) => {
    const cubit = new Cubit<Filters>(initial);
    const errors = errorsOf(cubit as Cubit<unknown>);
    const hydration = hydrate(cubit, { key: 'filters', storage: createMemoryStorage({ filters: raw }) });
    expect(await hydration.ready).toBe('failed');
    expect(cubit.state).toBe(initial);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });

  it('reports a fromJSON that rejects the data and a storage that fails to read', async () => {
    const cubit = new Cubit<Filters>(initial);
    const errors = errorsOf(cubit as Cubit<unknown>);
    const rejecting = hydrate(cubit, {
      key: 'filters',
      storage: createMemoryStorage({ filters: JSON.stringify({ v: 1, state: 42 }) }),
      fromJSON: (json) => {
        if (typeof json !== 'object') throw new TypeError('not filters');
        return json as Filters;
      },
    });
    expect(await rejecting.ready).toBe('failed');
    const broken: HydrationStorage = {
      getItem: () => Promise.reject(new Error('quota')),
      setItem: async () => {},
      removeItem: async () => {},
    };
    expect(await hydrate(cubit, { key: 'other', storage: broken }).ready).toBe('failed');
    expect(errors).toEqual([
      expect.stringMatching(/could not restore.*"filters".*not filters/),
      expect.stringMatching(/could not read.*"other".*quota/),
    ]);
  });

  it('reports a failing write without throwing', async () => {
    const cubit = new Cubit<Filters>(initial);
    const errors = errorsOf(cubit as Cubit<unknown>);
    const storage: HydrationStorage = {
      getItem: async () => null,
      setItem: () => Promise.reject(new Error('disk full')),
      removeItem: async () => {},
    };
    const hydration = hydrate(cubit, { key: 'filters', storage });
    await hydration.ready;
    cubit.emit({ query: 'a', pageSize: 10 });
    await hydration.clear();
    expect(errors).toEqual([expect.stringMatching(/could not store the state.*disk full/)]);
  });

  it('lets a change made while hydrating win: the stored state is discarded and the current one written', async () => {
    const { storage, release } = controlledStorage();
    const written: string[] = [];
    storage.setItem = async (_key, value) => {
      written.push(value);
    };
    const cubit = new Cubit<Filters>(initial);
    const hydration = hydrate(cubit, { key: 'filters', storage });
    const mine = { query: 'typed while loading', pageSize: 10 };
    cubit.emit(mine);
    release(JSON.stringify({ v: 1, state: { query: 'stored', pageSize: 99 } }));
    expect(await hydration.ready).toBe('discarded');
    expect(cubit.state).toBe(mine);
    await hydration.clear();
    expect(written).toEqual([JSON.stringify({ v: 1, state: mine })]);
  });

  it('discards the stored state when the bloc closes first and completes status$', async () => {
    const { storage, release } = controlledStorage();
    const cubit = new Cubit<Filters>(initial);
    const hydration = hydrate(cubit, { key: 'filters', storage });
    let completed = false;
    hydration.status$.subscribe({ complete: () => (completed = true) });
    await cubit.close();
    release(JSON.stringify({ v: 1, state: initial }));
    expect(await hydration.ready).toBe('discarded');
    expect(completed).toBe(true);
  });

  it('uses localStorage lazily, with a prefix, and rejects where there is none', async () => {
    const storage = createLocalStorage({ prefix: 'test:' });
    await expect(storage.getItem('x')).rejects.toThrow('localStorage is not available');
    const map = new Map<string, string>();
    (globalThis as { localStorage?: unknown }).localStorage = {
      getItem: (key: string) => map.get(key) ?? null,
      setItem: (key: string, value: string) => map.set(key, value),
      removeItem: (key: string) => map.delete(key),
    };
    await storage.setItem('x', '1');
    expect(map.get('test:x')).toBe('1');
    expect(await storage.getItem('x')).toBe('1');
    await storage.removeItem('x');
    expect(map.size).toBe(0);
    expect(await createLocalStorage().getItem('y')).toBeNull();
  });
});
