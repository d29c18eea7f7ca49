import { MAX_PAGE_LIMIT } from '../contract/common.js';

/**
 * One page of a list as the blocs see it: the rows and how many rows match in all. Whether the server counted
 * them in `pagination.total` or in `meta.total` is the source's business.
 *
 * @example
 * const page: Page<{ user_id: string }> = { items: [{ user_id: 'usr_hA3mXp' }], total: 184 };
 */
export interface Page<Item> {
  readonly items: readonly Item[];
  readonly total: number;
}

/**
 * What every paged query carries: the 1-based page and the rows per page. Each source adds its own filters.
 *
 * @example
 * const paging: Paging = { page: 2, limit: 20 };
 */
export interface Paging {
  readonly page: number;
  readonly limit: number;
}

/**
 * One list endpoint behind one call: `list(query, signal)` answers a page of rows and the total. The source
 * turns the bloc's query into the endpoint's arguments (casing, optional filters left out, list vs search
 * endpoint) and the answer into `{ items, total }`, so a bloc never sees the wire shape.
 *
 * @example
 * const users: PagedSource<UsersQuery, DataUser> = usersSource(client);
 * const page = await users.list({ orgIds: ['org_tY2zLm'], role: 'mentor', status: null, search: '', page: 1, limit: 20 });
 */
export interface PagedSource<Query extends Paging, Item> {
  list(query: Query, signal?: AbortSignal): Promise<Page<Item>>;
}

/**
 * Every row matching a query, page after page at the contract's largest page size (for bulk changes over "all
 * matching" and for exports). Stops on an empty page as well as at the total, so a list that shrinks while it
 * is read cannot loop forever.
 *
 * @example
 * const everyone = await allPages(usersSource(client), { orgIds: ['org_tY2zLm'], role: null, status: 'active', search: '' });
 */
export async function allPages<Query extends Paging, Item>(
  source: PagedSource<Query, Item>,
  filters: Omit<Query, keyof Paging>,
  signal?: AbortSignal,
): Promise<Item[]> {
  const rows: Item[] = [];
  for (let page = 1; ; page++) {
    const answer = await source.list({ ...filters, page, limit: MAX_PAGE_LIMIT } as Query, signal);
    rows.push(...answer.items);
    if (answer.items.length === 0 || page * MAX_PAGE_LIMIT >= answer.total) return rows;
  }
}

/**
 * One page of a list read by cursor (document 004): the rows, the cursor of the next page and whether there is
 * one. The server's `pagination.cursor` may be left out on the last page; here it is `null` then.
 *
 * @example
 * const page: CursorPage<{ id: string }> = { items: [{ id: 'usr_bQ9vTk' }], cursor: 'c_20', hasMore: true };
 */
export interface CursorPage<Item> {
  readonly items: readonly Item[];
  readonly cursor: string | null;
  readonly hasMore: boolean;
}

/**
 * One cursor list endpoint behind one call: `list(query, cursor, signal)` answers the page after `cursor`
 * (`null`: the first page). Like a `PagedSource`, it turns the bloc's query into the endpoint's arguments.
 *
 * @example
 * const first = await platformUsersSource(client).list({ search: '', role: null, limit: 20 }, null);
 * const next = await platformUsersSource(client).list({ search: '', role: null, limit: 20 }, first.cursor);
 */
export interface CursorSource<Query, Item> {
  list(query: Query, cursor: string | null, signal?: AbortSignal): Promise<CursorPage<Item>>;
}
