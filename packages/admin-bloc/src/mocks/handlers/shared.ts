import { DEFAULT_PAGE_LIMIT } from '../../contract/index.js';
import { orgInScope, type Principal } from '../auth.js';
import type { MockDb } from '../db.js';
import { HttpError } from '../http-error.js';
import { paginate, paginateByCursor } from '../pagination.js';
import type { PersonRecord } from '../records.js';

/** Norwegian collation (Å after Ø after Æ after Z), as a Norwegian admin expects lists sorted. */
const collator = new Intl.Collator('nb', { sensitivity: 'base' });

/**
 * Sorts by a name, Norwegian collation, ties broken by id so pages never overlap.
 *
 * @example
 * [...people].sort(byName((person) => person.fullName));
 */
export function byName<T extends { id: string }>(name: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => collator.compare(name(a), name(b)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Page and limit with the contract's defaults.
 *
 * @example
 * pageOf({ page: undefined, limit: 50 }); // { page: 1, limit: 50 }
 */
export function pageOf(query: { page?: number | undefined; limit?: number | undefined }): {
  page: number;
  limit: number;
} {
  return { page: query.page ?? 1, limit: query.limit ?? DEFAULT_PAGE_LIMIT };
}

/** What a page/limit list query carries (documents 000–003), either part optional. */
type PageQuery = { page?: number | undefined; limit?: number | undefined };

/**
 * One page of a filtered, sorted list as documents 000, 001 and 003 answer it: `{ data, pagination }`.
 *
 * @example
 * return answerPage(users, query, toDataUser); // { data: [...20 users], pagination: { page: 1, limit: 20, total } }
 */
export function answerPage<Item, Wire>(
  items: readonly Item[],
  query: PageQuery,
  toWire: (item: Item) => Wire,
): { data: Wire[]; pagination: { page: number; limit: number; total: number } } {
  const page = paginate(items, pageOf(query));
  return { data: page.items.map(toWire), pagination: { page: page.page, limit: page.limit, total: page.total } };
}

/**
 * The same page as document 002 answers it: `{ success: true, data, meta }`.
 *
 * @example
 * return answerListEnvelope(orgs, query, toOrganization);
 */
export function answerListEnvelope<Item, Wire>(
  items: readonly Item[],
  query: PageQuery,
  toWire: (item: Item) => Wire,
): { success: true; data: Wire[]; meta: { page: number; limit: number; total: number } } {
  const { data, pagination } = answerPage(items, query, toWire);
  return { success: true, data, meta: pagination };
}

/**
 * One page of a sorted list as document 004 answers it: `{ data, pagination: { cursor, hasMore } }`, 20 rows
 * unless the query asks for another `limit`.
 *
 * @example
 * return answerCursorPage(sessions, query, sortKey, toSession);
 */
export function answerCursorPage<Item, Wire>(
  sorted: readonly Item[],
  query: { limit?: number | undefined; cursor?: string | undefined },
  sortKey: (item: Item) => string,
  toWire: (item: Item) => Wire,
): { data: Wire[]; pagination: { cursor: string | null; hasMore: boolean } } {
  const page = paginateByCursor(sorted, { limit: query.limit ?? DEFAULT_PAGE_LIMIT, cursor: query.cursor, sortKey });
  return { data: page.items.map(toWire), pagination: { cursor: page.cursor, hasMore: page.hasMore } };
}

/**
 * The org scope of a multi-org query: the listed orgs (each must exist and be visible) with their
 * descendants, or the caller's whole scope when none are listed.
 *
 * @example
 * const { orgIds, scope } = scopeOf(db, principal, query.org_ids, 'query.org_ids');
 */
export function scopeOf(
  db: MockDb,
  principal: Principal,
  requested: readonly string[] | undefined,
  field: string,
): { orgIds: string[]; scope: Set<string> } {
  const orgIds =
    requested === undefined
      ? [...principal.scopeRoots]
      : [...new Set(requested.map((id) => orgInScope(db, principal, id, field)))];
  return { orgIds, scope: db.scopeOf(orgIds) };
}

/**
 * E-mail addresses are unique (case-insensitive): a second person with the same one answers 409.
 *
 * @example
 * assertEmailFree(db, body.email); // throws HttpError(409) when taken
 */
export function assertEmailFree(db: MockDb, email: string, exceptPersonId?: string): void {
  const owner = db.personByEmail(email);
  if (owner !== undefined && owner.id !== exceptPersonId) {
    throw new HttpError(409, 'CONFLICT', `A user with email ${email} already exists`);
  }
}

/**
 * Document 000 and 001 know two statuses; a suspended account is not taking part, so it reads `inactive`.
 *
 * @example
 * programmeStatus({ status: 'suspended' }); // 'inactive'
 */
export function programmeStatus(person: Pick<PersonRecord, 'status'>): 'active' | 'inactive' {
  return person.status === 'active' ? 'active' : 'inactive';
}

/**
 * The `from`/`to` filter of a query (both inclusive, either open): whether an instant is within it.
 *
 * @example
 * const inDates = withinDates('2026-03-01', '2026-03-26');
 * inDates('2026-03-26T18:00:00Z'); // true: a calendar date as `to` means the whole day
 */
export function withinDates(from: string | undefined, to: string | undefined): (instant: string) => boolean {
  const lower = from === undefined ? Number.NEGATIVE_INFINITY : lowerBound(from);
  const upper = to === undefined ? Number.POSITIVE_INFINITY : upperBound(to);
  return (instant) => {
    const at = Date.parse(instant);
    return at >= lower && at <= upper;
  };
}

/**
 * The inclusive upper bound of a date-or-timestamp query value: a calendar date means the whole day.
 *
 * @example
 * upperBound('2026-03-26'); // Date.parse('2026-03-26T23:59:59.999Z')
 */
export function upperBound(value: string): number {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(`${value}T23:59:59.999Z`) : Date.parse(value);
}

/**
 * The inclusive lower bound of a date-or-timestamp query value.
 *
 * @example
 * lowerBound('2026-03-01'); // Date.parse('2026-03-01T00:00:00Z')
 */
export function lowerBound(value: string): number {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(`${value}T00:00:00Z`) : Date.parse(value);
}
