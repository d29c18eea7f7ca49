import { cleanup, renderHook } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MultiRepositoryProvider, RepositoryProvider, useRepository } from '../../src/react/repository-provider.js';
import { microtasks } from './test-support/cubits.js';
import { createToken } from '../../src/react/types.js';

afterEach(cleanup);

interface UsersApi {
  list(): string[];
}
const UsersApiToken = createToken<UsersApi>('UsersApi');

class OrgScopeRepository {
  selected = 'org_kNr8aQ';
}

describe('RepositoryProvider', () => {
  it('provides a plain object by token and a class instance by class', () => {
    const api: UsersApi = { list: () => ['usr_hA3mXp'] };
    const scope = new OrgScopeRepository();
    const { result } = renderHook(() => [useRepository(UsersApiToken), useRepository(OrgScopeRepository)] as const, {
      wrapper: ({ children }) => (
        <MultiRepositoryProvider
          providers={[
            <RepositoryProvider key="api" token={UsersApiToken} value={api} />,
            <RepositoryProvider key="scope" value={scope} />,
          ]}
        >
          {children}
        </MultiRepositoryProvider>
      ),
    });
    expect(result.current[0].list()).toEqual(['usr_hA3mXp']);
    expect(result.current[1]).toBe(scope);
  });

  it('creates once under StrictMode and disposes what it created once, after unmount', async () => {
    const create = vi.fn(() => new OrgScopeRepository());
    const dispose = vi.fn();
    const { result, unmount } = renderHook(() => useRepository(OrgScopeRepository), {
      wrapper: ({ children }) => (
        <StrictMode>
          <RepositoryProvider create={create} dispose={(repository) => dispose(repository)}>
            {children}
          </RepositoryProvider>
        </StrictMode>
      ),
    });
    await microtasks();
    expect(create).toHaveBeenCalledTimes(1);
    expect(dispose).not.toHaveBeenCalled();
    unmount();
    await microtasks();
    expect(dispose).toHaveBeenCalledTimes(1);
    expect(dispose).toHaveBeenCalledWith(result.current);
  });

  it('throws an error naming the repository when used outside its provider', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderHook(() => useRepository(UsersApiToken))).toThrow(
      'useRepository(UsersApi) found no RepositoryProvider for UsersApi above this component. ' +
        'Wrap the component in <RepositoryProvider create={…}> or <RepositoryProvider value={…}> that provides UsersApi.',
    );
    vi.mocked(console.error).mockRestore();
  });
});
