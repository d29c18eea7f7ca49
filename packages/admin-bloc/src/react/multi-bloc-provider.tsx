import type { ReactElement, ReactNode } from 'react';
import { nest } from './scope.js';

/**
 * Props of `MultiBlocProvider` and `MultiRepositoryProvider`.
 *
 * @example
 * const props: MultiProviderProps = { providers: [<BlocProvider value={counter} />] };
 */
export interface MultiProviderProps {
  /** Provider elements without children; the first listed is the outermost. */
  providers: readonly ReactElement<{ children?: ReactNode }>[];
  children?: ReactNode;
}

/**
 * Nests several `BlocProvider`s without the pyramid; the first listed is the outermost.
 *
 * @example
 * <MultiBlocProvider
 *   providers={[
 *     <BlocProvider create={() => new DashboardBloc({ client, scope })} />,
 *     <BlocProvider value={orgScopeCubit} />,
 *   ]}
 * >
 *   <Dashboard />
 * </MultiBlocProvider>
 */
export function MultiBlocProvider({ providers, children }: MultiProviderProps) {
  return nest(providers, children);
}
