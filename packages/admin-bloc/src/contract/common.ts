import * as z from 'zod/mini';

/**
 * Building blocks shared by several contract documents. They live here, not in a document's file,
 * so two documents that happen to agree (timestamps, page-number pagination) agree by construction.
 *
 * The schemas are written with `zod/mini` (functions and checks instead of method chains) because it costs a
 * third of full zod in a bundle for the same validation. What the OpenAPI document says of a schema or a field is
 * in `descriptions.ts`, not in the schema, so no client bundle carries it.
 */

/** A whole number, at least 0: counts, totals, positions. */
export const count = () => z.number().check(z.int(), z.minimum(0));

/** A whole number, at least 1: page numbers and page sizes. */
export const positiveInt = () => z.number().check(z.int(), z.minimum(1));

/** A string of at least one character: ids and names a request must carry. */
export const nonEmpty = () => z.string().check(z.minLength(1));

// The documents' dates and date-times, checked by one pattern each rather than `z.iso.datetime()` and
// `z.iso.date()`, which cost about 1 kB of every client bundle for month-length rules a server's answer or a date
// field's value never needs: a month from 01 to 12, a day from 01 to 31, a time with or without seconds and
// fractions, `Z` or an offset. The OpenAPI document still prints `format: date-time` and `format: date`.
const CALENDAR_DATE = String.raw`\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])`;
const TIME_WITH_OFFSET = String.raw`T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)`;

/** An ISO 8601 date-time as the documents print it (`2026-03-26T12:00:00Z`); offsets are accepted too. */
export const Timestamp = z
  .string()
  .check(z.regex(new RegExp(`^${CALENDAR_DATE}${TIME_WITH_OFFSET}$`), 'Invalid ISO 8601 date-time'));
export type Timestamp = z.infer<typeof Timestamp>;

/** A query-string bound of a date range: a calendar date (`2026-03-01`) or a full date-time. */
export const DateOrTimestamp = z
  .string()
  .check(z.regex(new RegExp(`^${CALENDAR_DATE}(?:${TIME_WITH_OFFSET})?$`), 'Invalid ISO 8601 date or date-time'));
export type DateOrTimestamp = z.infer<typeof DateOrTimestamp>;

/** Page-number pagination as documents 000, 001 and 003 print it next to `data`. */
export const PagePagination = z.object({
  page: positiveInt(),
  limit: positiveInt(),
  total: count(),
});
export type PagePagination = z.infer<typeof PagePagination>;

/**
 * `{ data: [...], pagination: { page, limit, total } }`: the list answer of documents 000, 001 and 003. Like every
 * answer it is read tolerantly: fields beside `data` and `pagination` are accepted (and dropped).
 *
 * @example
 * const ContactListResponse = pagedAnswer(Contact);
 */
export function pagedAnswer<T extends z.ZodMiniType>(item: T) {
  return z.object({ data: z.array(item), pagination: PagePagination });
}

/**
 * `{ data }`: the answer envelope of documents 000, 001 and 004 around one record or result.
 *
 * @example
 * const SelectedOrgResponse = dataAnswer(SelectedOrg);
 */
export function dataAnswer<T extends z.ZodMiniType>(data: T) {
  return z.object({ data });
}

/** Default page size when a request leaves `limit` out (the documents' examples all show 20). */
export const DEFAULT_PAGE_LIMIT = 20;
/** Largest page size a request may ask for. */
export const MAX_PAGE_LIMIT = 100;

/**
 * A positive integer in a query string. The client sends numbers; a server reading URLSearchParams gets strings,
 * which `fromSearchParams` turns into numbers for the fields this schema declares (rather than `z.coerce`, whose
 * namespace brings zod's date and bigint coercion into every client bundle with esbuild).
 *
 * @example
 * const Query = z.object({ limit: queryInt({ max: 100 }) });
 * Query.parse(fromSearchParams(new URLSearchParams('limit=50'), Query)); // { limit: 50 }
 */
export function queryInt(options: { min?: number; max?: number } = {}) {
  const checks = [z.int(), z.minimum(options.min ?? 1), ...(options.max === undefined ? [] : [z.maximum(options.max)])];
  return z.optional(z.number().check(...checks));
}

/** `page` query parameter (1-based). */
export const pageParam = () => queryInt();
/** `limit` query parameter: at most {@link MAX_PAGE_LIMIT}. */
export const limitParam = () => queryInt({ max: MAX_PAGE_LIMIT });

/**
 * The query of a paged list (documents 000 to 003 and the audit log): its filters, then `page` and `limit`.
 *
 * @example
 * const OrgNodesQuery = pagedQuery({ root_org_id: z.optional(nonEmpty()) });
 */
export function pagedQuery<Filters extends Record<string, z.ZodMiniType>>(filters: Filters) {
  return z.object({ ...filters, page: pageParam(), limit: limitParam() });
}

/**
 * A list of ids in a query string. Wire format: ONE parameter holding a comma-separated list
 * (`org_ids=org_kNr8aQ,org_tY2zLm`); the parser also accepts the same key repeated. Ids never contain commas.
 *
 * @example
 * const Query = z.object({ org_ids: queryIdList() });
 * Query.parse(fromSearchParams(new URLSearchParams('org_ids=a,b'), Query)); // { org_ids: ['a', 'b'] }
 */
export function queryIdList() {
  return z.optional(z.array(nonEmpty()).check(z.minLength(1)));
}

/**
 * A PATCH body: the fields given, each optional (a request sends only what changed). What `z.partial` does,
 * written out because `z.partial` and `z.extend` cost about 0.9 kB of every client bundle and a spread shape
 * costs nothing.
 *
 * @example
 * const UpdateContactBody = patchBody({ full_name: nonEmpty(), email: z.email() });
 * UpdateContactBody.parse({ email: 'kari@eksempel.no' }); // ok: full_name left out
 */
export function patchBody<Shape extends z.core.$ZodShape>(shape: Shape) {
  const fields: Record<string, z.ZodMiniType> = {};
  for (const [name, field] of Object.entries(shape)) fields[name] = z.optional(field);
  return z.object(fields as { [Name in keyof Shape]: z.ZodMiniOptional<Shape[Name]> });
}

/** Path parameter object for endpoints addressed by `:id`. */
export const IdParams = z.object({ id: nonEmpty() });
export type IdParams = z.infer<typeof IdParams>;
