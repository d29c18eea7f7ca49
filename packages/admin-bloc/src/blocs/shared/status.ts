import * as z from 'zod/mini';

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
