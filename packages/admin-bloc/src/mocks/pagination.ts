/**
 * Paging helpers shared by every list endpoint: page/limit (documents 000, 001, 002, 003) and opaque
 * keyset cursors (document 004). Keyset cursors stay correct while rows are inserted or deleted
 * between two page requests, which offset cursors would not.
 */

/** One page of a page/limit listing. */
export interface PageSlice<T> {
  readonly items: T[];
  readonly page: number;
  readonly limit: number;
  readonly total: number;
}

/** One page of a cursor listing: `cursor` is the token for the next page, `null` on the last. */
export interface CursorSlice<T> {
  readonly items: T[];
  readonly cursor: string | null;
  readonly hasMore: boolean;
}

/**
 * Cuts one page out of an already filtered and sorted list.
 *
 * @example
 * paginate(users, { page: 2, limit: 20 }); // { items: users.slice(20, 40), page: 2, limit: 20, total: users.length }
 */
export function paginate<T>(items: readonly T[], options: { page: number; limit: number }): PageSlice<T> {
  const start = (options.page - 1) * options.limit;
  return {
    items: items.slice(start, start + options.limit),
    page: options.page,
    limit: options.limit,
    total: items.length,
  };
}

/**
 * Thrown for a cursor this module did not issue; handlers turn it into 400 naming `cursor`.
 *
 * @example
 * paginateByCursor(rows, { limit: 20, cursor: 'forged', sortKey }); // throws InvalidCursorError
 */
export class InvalidCursorError extends Error {
  constructor() {
    super('cursor is not a cursor issued by this server');
    this.name = 'InvalidCursorError';
  }
}

/**
 * Keyset pagination: `sortKey` must order the list ascending exactly as it is sorted and be unique
 * (append the id). The cursor is the opaque, URL-safe sort key of the last row served.
 *
 * @example
 * const sorted = [...users].sort(byKey(newestFirstKey));
 * const first = paginateByCursor(sorted, { limit: 20, sortKey: newestFirstKey });
 * const second = paginateByCursor(sorted, { limit: 20, cursor: first.cursor ?? undefined, sortKey: newestFirstKey });
 */
export function paginateByCursor<T>(
  sorted: readonly T[],
  options: { limit: number; cursor?: string | undefined; sortKey: (item: T) => string },
): CursorSlice<T> {
  let remaining = sorted;
  if (options.cursor !== undefined && options.cursor !== '') {
    const after = decodeCursor(options.cursor);
    remaining = sorted.filter((item) => options.sortKey(item) > after);
  }
  const items = remaining.slice(0, options.limit);
  const hasMore = remaining.length > items.length;
  const last = items.at(-1);
  return { items, hasMore, cursor: hasMore && last !== undefined ? encodeCursor(options.sortKey(last)) : null };
}

/**
 * A sort key that orders rows newest first by an ISO timestamp, ties broken by id.
 *
 * @example
 * [...rows].sort(byKey((row) => newestFirstKey(row.createdAt, row.id)));
 */
export function newestFirstKey(isoTimestamp: string, id: string): string {
  const inverted = 9_999_999_999_999 - Date.parse(isoTimestamp);
  return `${String(inverted).padStart(14, '0')}|${id}`;
}

/**
 * Comparator from a string key, for `Array.prototype.sort`.
 *
 * @example
 * rows.sort(byKey((row) => row.id));
 */
export function byKey<T>(key: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => {
    const ka = key(a);
    const kb = key(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  };
}

const PREFIX = 'c1.';

function encodeCursor(key: string): string {
  const bytes = new TextEncoder().encode(key);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return PREFIX + btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function decodeCursor(cursor: string): string {
  if (!cursor.startsWith(PREFIX)) throw new InvalidCursorError();
  const body = cursor.slice(PREFIX.length);
  if (!/^[A-Za-z0-9_-]+$/.test(body)) throw new InvalidCursorError();
  try {
    const binary = atob(body.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    const key = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (!key.includes('|')) throw new InvalidCursorError();
    return key;
  } catch {
    throw new InvalidCursorError();
  }
}
