import type { ReactNode } from 'react';
import type { MultiProviderProps } from './multi-bloc-provider.js';
import { nest, Scope, useLookup, useOwned } from './scope.js';
import type { ProviderKey } from './types.js';

/**
 * Props of `RepositoryProvider`: `create` (the provider owns the repository and calls `dispose`, if given,
 * after unmount) or `value` (the caller owns it). A repository made by a factory (a plain object) needs a
 * `token` to be found; a class instance is also found by its class.
 *
 * @example
 * const props: RepositoryProviderProps<AdminClient> = { token: AdminClientToken, value: client };
 */
export type RepositoryProviderProps<R> = {
  token?: ProviderKey<R>;
  children?: ReactNode;
} & (
  | { create: () => R; dispose?: (repository: R) => void; value?: never }
  | { value: R; create?: never; dispose?: never }
);

const keep = () => {};

/**
 * Makes a repository (an API client, a shared stream) available to `useRepository` below it, so pages can
 * hand it to the blocs they create.
 *
 * @example
 * const AdminClientToken = createToken<AdminClient>('AdminClient');
 *
 * <RepositoryProvider token={AdminClientToken} value={createAdminClient({ baseUrl })}>
 *   <App />
 * </RepositoryProvider>
 */
export function RepositoryProvider<R>({ create, value, dispose, token, children }: RepositoryProviderProps<R>) {
  const repository = useOwned(create, value, dispose ?? keep);
  return (
    <Scope kind="RepositoryProvider" token={token} value={repository}>
      {children}
    </Scope>
  );
}

/**
 * Nests several `RepositoryProvider`s without the pyramid; the first listed is the outermost.
 *
 * @example
 * <MultiRepositoryProvider
 *   providers={[
 *     <RepositoryProvider token={AdminClientToken} value={client} />,
 *     <RepositoryProvider create={() => new OrgScopeRepository()} />,
 *   ]}
 * >
 *   <App />
 * </MultiRepositoryProvider>
 */
export function MultiRepositoryProvider({ providers, children }: MultiProviderProps) {
  return nest(providers, children);
}

/**
 * The repository the nearest `RepositoryProvider` holds for a class or token. Outside such a provider it
 * throws an error that names the repository.
 *
 * @example
 * function UserListPage() {
 *   const client = useRepository(AdminClientToken);
 *   const scope = useRepository(OrgScopeRepository);
 *   return <BlocProvider create={() => new UserListBloc({ client, scope })}>…</BlocProvider>;
 * }
 */
export function useRepository<R>(key: ProviderKey<R>): R {
  return useLookup('RepositoryProvider', key, 'useRepository');
}
