import * as z from 'zod/mini';

/**
 * Building blocks shared by several contract documents. They live here, not in a document's file,
 * so two documents that happen to agree (timestamps, page-number pagination) agree by construction.
 *
 * The schemas are written with `zod/mini` (functions and checks instead of method chains) because it costs a
 * third of full zod in a bundle for the same validation; `described` is the `.describe()` of full zod.
 */

/**
 * Attaches a description, which the OpenAPI document prints; a copy is returned, the schema given is unchanged.
 *
 * @example
 * const Search = described(z.optional(z.string()), 'Case-insensitive match on name');
 */
export function described<T extends z.ZodMiniType>(schema: T, description: string): T {
  return schema.check(z.describe(description));
}

/** A whole number, at least 0: counts, totals, positions. */
export const count = () => z.number().check(z.int(), z.minimum(0));

/** A whole number, at least 1: page numbers and page sizes. */
export const positiveInt = () => z.number().check(z.int(), z.minimum(1));

/** A string of at least one character: ids and names a request must carry. */
export const nonEmpty = () => z.string().check(z.minLength(1));

/** An ISO 8601 date-time as the documents print it (`2026-03-26T12:00:00Z`); offsets are accepted too. */
export const Timestamp = described(z.iso.datetime({ offset: true }), 'ISO 8601 date-time, e.g. 2026-03-26T12:00:00Z');
export type Timestamp = z.infer<typeof Timestamp>;

/** A query-string bound of a date range: a calendar date (`2026-03-01`) or a full date-time. */
export const DateOrTimestamp = described(
  z.union([z.iso.date(), z.iso.datetime({ offset: true })]),
  'ISO 8601 date (2026-03-01) or date-time (2026-03-01T00:00:00Z)',
);
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
 * A positive integer in a query string. URLSearchParams only ever yields strings, so the schema coerces;
 * the `<number>` input type keeps the typed side (the client's arguments) a number.
 *
 * @example
 * const Query = z.object({ limit: queryInt('Results per page', { max: 100 }) });
 * Query.parse({ limit: '50' }); // { limit: 50 }
 */
export function queryInt(description: string, options: { min?: number; max?: number } = {}) {
  const checks = [z.int(), z.minimum(options.min ?? 1), ...(options.max === undefined ? [] : [z.maximum(options.max)])];
  return described(z.optional(z.coerce.number<number>().check(...checks)), description);
}

/** `page` query parameter (1-based). */
export const pageParam = () => queryInt('1-based page number (default 1)');
/** `limit` query parameter. */
export const limitParam = () =>
  queryInt(`Results per page (default ${DEFAULT_PAGE_LIMIT}, at most ${MAX_PAGE_LIMIT})`, { max: MAX_PAGE_LIMIT });

/**
 * The query of a paged list (documents 000 to 003 and the audit log): its filters, then `page` and `limit`.
 *
 * @example
 * const OrgNodesQuery = pagedQuery({ root_org_id: described(z.optional(nonEmpty()), 'Root of the subtree') });
 */
export function pagedQuery<Filters extends Record<string, z.ZodMiniType>>(filters: Filters) {
  return z.object({ ...filters, page: pageParam(), limit: limitParam() });
}

/**
 * A list of ids in a query string. Wire format: ONE parameter holding a comma-separated list
 * (`org_ids=org_kNr8aQ,org_tY2zLm`); the parser also accepts the same key repeated. Ids never contain commas.
 *
 * @example
 * const Query = z.object({ org_ids: queryIdList('Org scope') });
 * Query.parse(fromSearchParams(new URLSearchParams('org_ids=a,b'), Query)); // { org_ids: ['a', 'b'] }
 */
export function queryIdList(description: string) {
  return described(
    z.optional(z.array(nonEmpty()).check(z.minLength(1))),
    `${description}. Comma-separated in one parameter: org_ids=org_a,org_b (a repeated key is accepted too)`,
  );
}

/** Path parameter object for endpoints addressed by `:id`. */
export const IdParams = z.object({ id: described(nonEmpty(), 'Resource id') });
export type IdParams = z.infer<typeof IdParams>;
