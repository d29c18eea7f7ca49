import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BlocProvider } from '../../src/react/bloc-provider.js';
import { BlocSelector } from '../../src/react/bloc-selector.js';
import { ProfileCubit } from './test-support/cubits.js';

afterEach(cleanup);

describe('BlocSelector', () => {
  it('rebuilds only when the selected value changes', () => {
    const profile = new ProfileCubit({ name: 'Astrid', age: 30 });
    const built: string[] = [];
    render(
      <BlocProvider value={profile}>
        <BlocSelector
          bloc={ProfileCubit}
          selector={(state) => state.name.toUpperCase()}
          builder={(name) => {
            built.push(name);
            return <p>{name}</p>;
          }}
        />
      </BlocProvider>,
    );
    act(() => profile.birthday());
    act(() => profile.birthday());
    expect(built).toEqual(['ASTRID']);

    act(() => profile.rename('Lars'));
    expect(built).toEqual(['ASTRID', 'LARS']);
    expect(screen.getByText('LARS')).toBeTruthy();
  });

  it('treats selections equal by `equals` as unchanged', () => {
    const profile = new ProfileCubit({ name: 'Astrid', age: 30 });
    let builds = 0;
    render(
      <BlocSelector
        bloc={profile}
        selector={(state) => [state.name]}
        equals={(a, b) => a[0] === b[0]}
        builder={([name]) => {
          builds++;
          return <p>{name}</p>;
        }}
      />,
    );
    act(() => profile.birthday());
    expect(builds).toBe(1);
  });
});
