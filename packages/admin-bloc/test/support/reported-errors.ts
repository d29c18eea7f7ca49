import type { Observable } from 'rxjs';

/**
 * The errors a bloc reports on `errors$` from now on, in the order they come: a test reads the array after the
 * events it sent, to see that a failure was reported, or that nothing was.
 *
 * @example
 * const errors = reportedErrors(bloc);
 * await bloc.add({ type: 'go' });
 * expect(errors).toEqual([]);
 */
export function reportedErrors(bloc: { readonly errors$: Observable<unknown> }): unknown[] {
  const errors: unknown[] = [];
  bloc.errors$.subscribe((error) => errors.push(error));
  return errors;
}
