import type { ReactNode } from 'react';
import { Scope, useOwned } from './scope.js';
import type { BlocLike, Closable, ProviderKey } from './types.js';

/**
 * Props of `BlocProvider`: either `create` (the provider owns the bloc) or `value` (the caller owns it).
 * `token` adds a lookup key besides the bloc's class.
 *
 * @example
 * const props: BlocProviderProps<CounterCubit> = { create: () => new CounterCubit() };
 */
export type BlocProviderProps<B extends BlocLike> = {
  token?: ProviderKey<B>;
  children?: ReactNode;
} & ({ create: () => B; value?: never } | { value: B; create?: never });

const close = (bloc: Closable) => {
  if (!bloc.isClosed) void bloc.close();
};

/**
 * Makes a bloc available to `useBloc`, `useBlocState` and the Bloc components below it, looked up by its
 * class (or any base class) or by `token`.
 *
 * With `create` the provider owns the bloc: it calls `create` once, on its first render, and closes the bloc
 * after it unmounts (StrictMode's double mount neither creates a second bloc nor closes this one). With
 * `value` the caller owns the bloc and the provider never closes it.
 *
 * A render React throws away uncommitted (a suspended first mount, the server) runs no effect: the bloc it
 * created is closed once React has dropped that render and the garbage collector has noticed. So a bloc
 * should not start work (timers, requests) in its constructor, but on an event sent from an effect.
 *
 * @example
 * // the provider creates the bloc and closes it after unmount
 * const owned = (
 *   <BlocProvider create={() => new UserListBloc({ client, scope })}>
 *     <UserListPage />
 *   </BlocProvider>
 * );
 * // the caller owns the bloc
 * const shared = (
 *   <BlocProvider value={sharedCounter}>
 *     <Toolbar />
 *   </BlocProvider>
 * );
 */
export function BlocProvider<B extends BlocLike>({ create, value, token, children }: BlocProviderProps<B>) {
  const bloc = useOwned(create, value, close);
  return (
    <Scope kind="BlocProvider" token={token} value={bloc}>
      {children}
    </Scope>
  );
}
