import type { ReactNode } from 'react';
import type { BlocSource, StateOf, StateStreamable } from './types.js';
import { useBlocState } from './use-bloc-state.js';

/**
 * Props of `BlocSelector`.
 *
 * @example
 * const props: BlocSelectorProps<UserListBloc, number> = {
 *   bloc: UserListBloc,
 *   selector: (state) => state.users.length,
 *   builder: (count) => count,
 * };
 */
export interface BlocSelectorProps<B extends StateStreamable<unknown>, R> {
  /** The bloc, or the class or token of one provided above. */
  bloc: BlocSource<B>;
  selector: (state: StateOf<B>) => R;
  /** When two selections count as the same (no render); `Object.is` by default. */
  equals?: (previous: R, next: R) => boolean;
  builder: (selected: R) => ReactNode;
}

/**
 * Renders `builder(selected)` and renders it again only when the selected value changes.
 *
 * @example
 * <BlocSelector
 *   bloc={UserListBloc}
 *   selector={(state) => state.users.length}
 *   builder={(count) => <Badge>{count}</Badge>}
 * />
 */
export function BlocSelector<B extends StateStreamable<unknown>, R>({
  bloc,
  selector,
  equals,
  builder,
}: BlocSelectorProps<B, R>) {
  return builder(useBlocState(bloc, selector, equals));
}
