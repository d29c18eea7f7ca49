import type { z } from 'zod/mini';

/**
 * The one place that knows how a query object travels in a URL, shared by the client (serialise) and the
 * mocks (parse) so both agree on the wire format:
 * - scalars are one parameter each (`page=2`), numbers as decimal strings (the schemas coerce them back);
 * - a list is ONE parameter holding a comma-separated list (`org_ids=org_kNr8aQ,org_tY2zLm`); when parsing,
 *   the same key repeated is accepted too (`org_ids=a&org_ids=b`), and both forms may be mixed;
 * - `undefined` (and `null`) values are left out; an empty list is left out (the schemas require at least one id).
 */

type QueryValue = string | number | boolean | readonly (string | number)[] | null | undefined;

/**
 * Serialises a query object (wire names) to URLSearchParams in a stable order (keys sorted), so two
 * identical requests produce identical URLs — the client's in-flight de-duplication relies on that.
 *
 * @example
 * toSearchParams({ org_ids: ['org_kNr8aQ', 'org_tY2zLm'], page: 1 }).toString();
 * // 'org_ids=org_kNr8aQ%2Corg_tY2zLm&page=1'
 */
export function toSearchParams(query: { readonly [key: string]: QueryValue } | undefined): URLSearchParams {
  const params = new URLSearchParams();
  if (!query) return params;
  for (const key of Object.keys(query).sort()) {
    const value = query[key];
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(key, value.map(String).join(','));
      continue;
    }
    params.set(key, String(value));
  }
  return params;
}

/** The kind of a schema once optional/nullable/default wrappers are peeled off. */
function innerType(schema: z.ZodMiniType): string {
  let current: z.ZodMiniType = schema;
  for (;;) {
    const def = current._zod.def as { type: string; innerType?: z.ZodMiniType };
    if ((def.type === 'optional' || def.type === 'nullable' || def.type === 'default') && def.innerType) {
      current = def.innerType;
      continue;
    }
    return def.type;
  }
}

/**
 * Turns URLSearchParams into the object an endpoint's query schema parses: list fields (per the schema)
 * become arrays (repeated keys and comma lists both split), number fields a number (`Number(value)`, so `abc`
 * becomes `NaN`, which the schema refuses), other fields their first value as a string. Keys the schema does not
 * know are kept as strings, so a strict schema can reject them.
 *
 * @example
 * const raw = fromSearchParams(new URL(request.url).searchParams, endpoint.query);
 * const query = endpoint.query.parse(raw); // { org_ids: ['org_kNr8aQ', 'org_tY2zLm'], page: 1 }
 */
export function fromSearchParams(
  params: URLSearchParams,
  schema?: z.ZodMiniType,
): Record<string, string | number | string[]> {
  const shape = schema && 'shape' in schema ? (schema.shape as Record<string, z.ZodMiniType>) : {};
  const out: Record<string, string | number | string[]> = {};
  for (const key of new Set(params.keys())) {
    const field = shape[key];
    const type = field ? innerType(field) : undefined;
    if (type === 'array') {
      out[key] = params
        .getAll(key)
        .flatMap((value) => value.split(','))
        .map((value) => value.trim())
        .filter((value) => value.length > 0);
    } else {
      const value = params.get(key) ?? '';
      out[key] = type === 'number' ? Number(value) : value;
    }
  }
  return out;
}
