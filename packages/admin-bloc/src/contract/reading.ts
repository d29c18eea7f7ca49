import * as z from 'zod/mini';
import { Timestamp } from './common.js';

/**
 * The reading policy: what an answer schema may refuse. Every response schema of the contract is built from
 * these pieces, so a server that makes other valid choices than our mock (another role, an accented e-mail,
 * a field left out) is read rather than refused. Requests keep the strict schemas (`z.email()`, closed enums):
 * we are strict on what we send, tolerant on what we read. `reading.test.ts` walks every endpoint's response
 * schema and fails on a closed enum that `closed-lists.ts` does not list (with the document sentence that closes
 * it) or on a format check, so the policy cannot be patched away endpoint by endpoint.
 */

/** A string the server sends where we know some values: `Known | (string & {})` keeps editor completion. */
export type Open<Known extends string> = Known | (string & {});

/**
 * The known values of each open list, for the OpenAPI document, which prints them beside "any string".
 * The schema itself is a plain string: `z.union([known, z.string()])` accepts exactly the same values and costs
 * zod's union code in every client bundle.
 */
export const openEnumValues = new WeakMap<z.ZodMiniType, { schema: z.ZodMiniType; values: readonly string[] }>();

/**
 * A list that no document closes: the known values, or any other string, read verbatim.
 *
 * @example
 * const Role = openEnum(z.enum(['mentor', 'mentee']));
 * Role.parse('owner'); // 'owner', typed 'mentor' | 'mentee' | (string & {})
 */
export function openEnum<Known extends string>(
  known: z.ZodMiniEnum<{ [Value in Known]: Value }>,
): z.ZodMiniType<Open<Known>, Open<Known>> {
  const schema = z.string();
  openEnumValues.set(schema, { schema: known, values: known.options });
  return schema as z.ZodMiniType<Open<Known>, Open<Known>>;
}

/** An e-mail address as the server sends it: not checked (`bjørn.åsland@eksempel.no` is a valid address). */
export const ReadEmail = z.string();

/**
 * A value no document shows (or shows only sometimes): may be missing or `null` on read.
 *
 * @example
 * const Row = z.object({ id: z.string(), updated_at: maybe(Timestamp) });
 */
export function maybe<T extends z.ZodMiniType>(schema: T) {
  return z.optional(z.nullable(schema));
}

/** A timestamp on read: with or without milliseconds, `Z` or an offset (`+01:00`), possibly missing or null. */
export const ReadTimestamp = maybe(Timestamp);
