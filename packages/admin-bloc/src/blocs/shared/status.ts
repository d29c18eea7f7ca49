import * as z from 'zod/mini';
import { Failure } from './failure.js';

/**
 * Where a bloc's work stands. One value per bloc state, so a view never has to combine several booleans
 * (`isLoading && !error && data`) that can disagree.
 *
 * @example
 * if (state.status === 'loading') showSpinner();
 */
export const Status = z.enum(['initial', 'loading', 'success', 'failure']);
export type Status = z.infer<typeof Status>;

/**
 * True while the bloc waits for an answer.
 *
 * @example
 * const busy = isLoading(state.status);
 */
export function isLoading(status: Status): boolean {
  return status === 'loading';
}

/**
 * A bloc state whose `status` decides whether there is a failure: `failure` is a `Failure` exactly when
 * `status === 'failure'`, and `null` otherwise, so `if (state.status === 'failure') state.failure.code` needs no
 * `?.` and a state that says `success` with a failure left over does not type-check.
 *
 * @example
 * const ListState = withOutcome({ items: z.array(z.string()) });
 * type ListState = z.infer<typeof ListState>; // { status: 'failure'; failure: Failure; items } | { status: 'initial' | 'loading' | 'success'; failure: null; items }
 */
export function withOutcome<Shape extends Record<string, z.core.$ZodType>>(shape: Shape) {
  return z.discriminatedUnion('status', [
    z.object({ ...shape, status: z.literal('failure'), failure: Failure }),
    z.object({ ...shape, status: z.enum(['initial', 'loading', 'success']), failure: z.null() }),
  ]);
}

/**
 * Like `withOutcome`, and `status === 'success'` also makes the loaded fields non-null: `shape` has them as
 * the other statuses hold them (nullable: nothing loaded yet, or a reload keeps the last answer), `loaded` as
 * a success holds them.
 *
 * @example
 * const StatsState = withLoadedOutcome({ stats: z.nullable(Stats) }, { stats: Stats });
 * if (state.status === 'success') state.stats.total; // no `?.`
 */
export function withLoadedOutcome<
  Shape extends Record<string, z.core.$ZodType>,
  Loaded extends Record<string, z.core.$ZodType>,
>(shape: Shape, loaded: Loaded) {
  const success = { ...shape, ...loaded } as Omit<Shape, keyof Loaded> & Loaded;
  return z.discriminatedUnion('status', [
    z.object({ ...shape, status: z.literal('failure'), failure: Failure }),
    z.object({ ...success, status: z.literal('success'), failure: z.null() }),
    z.object({ ...shape, status: z.enum(['initial', 'loading']), failure: z.null() }),
  ]);
}
