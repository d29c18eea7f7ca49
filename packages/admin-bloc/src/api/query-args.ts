import type { z } from 'zod/mini';
import type { Endpoint } from '../contract/endpoint.js';

/**
 * camelCase query arguments in TypeScript, the contract's wire names on the URL. Each client method that takes
 * a query has one rename map (TS name → wire name); the argument type is derived from the endpoint's query
 * schema through that map, so the two cannot disagree, and a test checks every wire name is reachable.
 */

type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** Accept read-only arrays (frozen bloc state) where the schema says array. */
type Loosen<T> = T extends readonly (infer U)[] ? readonly U[] : T;

/** The typed query (wire names) of an endpoint, as the schema accepts it. */
export type QueryInputOf<E extends Endpoint> = E['query'] extends z.ZodMiniType ? z.input<E['query']> : never;

/** The camelCase argument object of a query, given its rename map. Optional in the schema → optional here. */
export type QueryArgs<Q, M extends { readonly [key: string]: PropertyKey }> = Simplify<
  { [K in keyof M as undefined extends Field<Q, M[K]> ? never : K]: Loosen<Field<Q, M[K]>> } & {
    [K in keyof M as undefined extends Field<Q, M[K]> ? K : never]?: Loosen<Exclude<Field<Q, M[K]>, undefined>>;
  }
>;

type Field<Q, W extends PropertyKey> = W extends keyof Q ? Q[W] : never;

/**
 * Renames camelCase arguments to wire names; unknown keys are dropped, undefined values left out.
 *
 * @example
 * toWireQuery({ orgIds: 'org_ids', page: 'page' }, { orgIds: ['org_kNr8aQ'] }); // { org_ids: ['org_kNr8aQ'] }
 */
export function toWireQuery(
  names: { readonly [key: string]: PropertyKey },
  args: object | undefined,
): Record<string, string | number | boolean | readonly (string | number)[]> {
  const wire: Record<string, string | number | boolean | readonly (string | number)[]> = {};
  if (!args) return wire;
  for (const [key, value] of Object.entries(args)) {
    const wireName = names[key];
    if (wireName === undefined || value === undefined || value === null) continue;
    wire[String(wireName)] = value as string | number | boolean | readonly (string | number)[];
  }
  return wire;
}
