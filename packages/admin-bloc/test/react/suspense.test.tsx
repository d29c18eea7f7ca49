import { act, cleanup, render, screen } from '@testing-library/react';
import { StrictMode, Suspense, use } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BlocProvider } from '../../src/react/bloc-provider.js';
import { RepositoryProvider } from '../../src/react/repository-provider.js';
import { CounterCubit, microtasks } from './test-support/cubits.js';
import { useBloc } from '../../src/react/use-bloc.js';
import { deferred } from '../support/deferred.js';

// A FinalizationRegistry whose collection the test triggers: installed before the providers' module loads.
// `collect()` stands for the garbage collector dropping every holder still registered, i.e. every value
// created by a render React threw away; a committed value has been unregistered by then.
const registry = vi.hoisted(() => {
  const live = new Map<object, { held: unknown; cleanup: (held: unknown) => void }>();
  class TestFinalizationRegistry {
    readonly #cleanup: (held: unknown) => void;
    constructor(cleanup: (held: unknown) => void) {
      this.#cleanup = cleanup;
    }
    register(_target: object, held: unknown, token: object) {
      live.set(token, { held, cleanup: this.#cleanup });
    }
    unregister(token: object) {
      return live.delete(token);
    }
  }
  globalThis.FinalizationRegistry = TestFinalizationRegistry as unknown as FinalizationRegistryConstructor;
  return {
    get size() {
      return live.size;
    },
    collect() {
      for (const [token, { held, cleanup }] of live) {
        live.delete(token);
        cleanup(held);
      }
    },
  };
});

afterEach(cleanup);

function Reads({ text }: { text: Promise<string> }) {
  const counter = useBloc(CounterCubit);
  return (
    <p>
      {use(text)} {counter.state}
    </p>
  );
}

function Waits({ text }: { text: Promise<string> }) {
  return <p>{use(text)}</p>;
}

describe('a provider whose children suspend on the first mount', () => {
  it('closes the blocs of the renders React threw away, and only those', async () => {
    const text = deferred<string>();
    const made: CounterCubit[] = [];
    const create = () => {
      const bloc = new CounterCubit(made.length);
      made.push(bloc);
      return bloc;
    };
    const { unmount } = await act(async () =>
      render(
        <StrictMode>
          <Suspense fallback={<p>loading</p>}>
            <BlocProvider create={create}>
              <Reads text={text.promise} />
            </BlocProvider>
          </Suspense>
        </StrictMode>,
      ),
    );
    expect(screen.getByText('loading')).toBeTruthy();
    await act(async () => {
      text.resolve('ready');
      await text.promise;
    });
    const shown = made.at(-1);
    expect(screen.getByText(`ready ${shown?.state}`)).toBeTruthy();
    expect(made.length).toBeGreaterThan(1); // React rendered the provider more than once before committing
    expect(registry.size).toBe(made.length - 1);

    registry.collect();
    expect(made.filter((bloc) => bloc.isClosed)).toEqual(made.slice(0, -1));
    expect(shown?.isClosed).toBe(false);

    unmount();
    await microtasks();
    expect(shown?.isClosed).toBe(true);
  });

  it('disposes a repository created by a thrown-away render with its `dispose`', async () => {
    const text = deferred<string>();
    const dispose = vi.fn();
    const created: object[] = [];
    await act(async () =>
      render(
        <Suspense fallback={<p>loading</p>}>
          <RepositoryProvider
            create={() => {
              const repository = { id: created.length };
              created.push(repository);
              return repository;
            }}
            dispose={dispose}
          >
            <Waits text={text.promise} />
          </RepositoryProvider>
        </Suspense>,
      ),
    );
    expect(screen.getByText('loading')).toBeTruthy(); // still suspended: nothing was committed
    registry.collect();
    expect(created.length).toBeGreaterThan(0);
    expect(dispose.mock.calls).toEqual(created.map((repository) => [repository]));
  });
});
