import {
  cloneElement,
  createContext,
  type ReactElement,
  type ReactNode,
  useContext,
  useEffect,
  useMemo,
  useReducer,
  useRef,
} from 'react';
import { type BlocSource, type ProviderKey, ProviderToken } from './types.js';

/** Which provider made a scope: blocs and repositories are looked up separately. */
export type Kind = 'BlocProvider' | 'RepositoryProvider';

/** What a provider puts in the tree: one link of a chain that lookups walk from the nearest provider up. */
interface Scope {
  readonly kind: Kind;
  readonly key: ProviderKey<unknown> | undefined;
  readonly value: unknown;
  readonly parent: Scope | null;
}

// One context for every provider, holding a chain rather than a context per class: a base class or a token
// finds the nearest matching provider, and a failed lookup can name what is missing.
const ScopeContext = createContext<Scope | null>(null);

/** Renders `children` under a new link of the provider chain. */
export function Scope({
  kind,
  token,
  value,
  children,
}: {
  kind: Kind;
  token: ProviderKey<unknown> | undefined;
  value: unknown;
  children?: ReactNode;
}) {
  const parent = useContext(ScopeContext);
  const scope = useMemo(() => ({ kind, key: token, value, parent }), [kind, token, value, parent]);
  return <ScopeContext value={scope}>{children}</ScopeContext>;
}

/** The nearest value of `kind` provided under `key`; throws an error that names the key and the provider. */
export function useLookup<T>(kind: Kind, key: ProviderKey<T>, hook: string): T {
  return lookup(useContext(ScopeContext), kind, key, hook);
}

/** The bloc a hook works on: the instance it was given, or the one the providers above hold for a key. */
export function useBlocSource<B>(source: BlocSource<B>, hook: string): B {
  // The context is read whatever the argument is, so the hook order never depends on it.
  const scope = useContext(ScopeContext);
  return typeof source === 'function' || source instanceof ProviderToken
    ? lookup(scope, 'BlocProvider', source as ProviderKey<B>, hook)
    : (source as B);
}

function lookup<T>(scope: Scope | null, kind: Kind, key: ProviderKey<T>, hook: string): T {
  for (let s = scope; s; s = s.parent) {
    if (s.kind === kind && (s.key === key || (typeof key === 'function' && s.value instanceof key))) {
      return s.value as T;
    }
  }
  const name = key.name || 'anonymous';
  throw new Error(
    `${hook}(${name}) found no ${kind} for ${name} above this component. ` +
      `Wrap the component in <${kind} create={…}> or <${kind} value={…}> that provides ${name}.`,
  );
}

// Disposes what a render created if React drops that render without committing it: when the holder (reachable
// only from the dropped fibers) is collected. The held value is an array, not a closure, so that it cannot keep
// the holder alive through a shared scope.
const uncommitted =
  typeof FinalizationRegistry === 'function'
    ? new FinalizationRegistry<[(value: unknown) => void, unknown]>(([dispose, value]) => dispose(value))
    : undefined;

/**
 * The value a provider renders with: the one it creates and owns, or the one it was given.
 * Created once, during the first render, in a ref: a state or memo initialiser runs twice under StrictMode
 * and would leak a second bloc. Disposed after unmount, one microtask late: StrictMode's simulated unmount is
 * followed by a remount in the same task, which cancels the disposal, so the double mount neither closes the
 * bloc early nor creates a second one. When the owner's effects are torn down for a while (a hidden
 * `<Activity>`, Fast Refresh) and set up again, a fresh value replaces the disposed one. A render React throws
 * away uncommitted (a Suspense boundary whose children suspend on the first mount renders them up to three
 * times) runs no effect: its value is disposed once React has dropped that render (`uncommitted`).
 */
export function useOwned<T>(create: (() => T) | undefined, value: T | undefined, dispose: (value: T) => void): T {
  const owned = useRef<{ value: T; leaving?: boolean; gone?: boolean } | null>(null);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  if (create && !owned.current) {
    const made = { value: create() };
    owned.current = made;
    uncommitted?.register(made, [dispose as (value: unknown) => void, made.value], made);
  }
  const current = owned.current;
  useEffect(() => {
    if (!current) return;
    uncommitted?.unregister(current);
    if (current.gone) {
      owned.current = null;
      rerender();
      return;
    }
    current.leaving = false;
    return () => {
      current.leaving = true;
      queueMicrotask(() => {
        if (current.leaving && !current.gone) {
          current.gone = true;
          dispose(current.value);
        }
      });
    };
  }, [current, dispose]);
  return create && current ? current.value : (value as T);
}

/** Nests `wrappers` (providers or listeners), the first outermost, around `children`. */
export function nest(wrappers: readonly ReactElement<{ children?: ReactNode }>[], children: ReactNode): ReactNode {
  return wrappers.reduceRight<ReactNode>((inner, wrapper) => cloneElement(wrapper, undefined, inner), children);
}
