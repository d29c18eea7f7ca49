import { act } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BlocBuilder } from '../../src/react/bloc-builder.js';
import { BlocConsumer } from '../../src/react/bloc-consumer.js';
import { BlocListener } from '../../src/react/bloc-listener.js';
import { BlocProvider } from '../../src/react/bloc-provider.js';
import { BlocSelector } from '../../src/react/bloc-selector.js';
import { MultiBlocProvider } from '../../src/react/multi-bloc-provider.js';
import { CounterCubit, ProfileCubit, watch } from './test-support/cubits.js';
import { useBlocState } from '../../src/react/use-bloc-state.js';

afterEach(() => {
  vi.restoreAllMocks();
});

function Summary() {
  const name = useBlocState(ProfileCubit, (state) => state.name);
  return <h1>{name}</h1>;
}

describe('server rendering', () => {
  it('renders every component with the current state, without warnings or subscriptions', () => {
    const error = vi.spyOn(console, 'error');
    const profile = new ProfileCubit({ name: 'Lars', age: 41 });
    const { counts } = watch(profile);
    const listener = vi.fn();
    const html = renderToString(
      <MultiBlocProvider
        providers={[
          <BlocProvider key="profile" value={profile} />,
          <BlocProvider key="counter" create={() => new CounterCubit(3)} />,
        ]}
      >
        <BlocListener bloc={ProfileCubit} listener={listener}>
          <Summary />
          <BlocSelector bloc={ProfileCubit} selector={(state) => state.age} builder={(age) => <p>{age}</p>} />
          <BlocBuilder bloc={CounterCubit} builder={(count) => <p>{count}</p>} />
          <BlocConsumer bloc={CounterCubit} listener={listener} builder={(count) => <p>{count * 2}</p>} />
        </BlocListener>
      </MultiBlocProvider>,
    );
    expect(html).toBe('<h1>Lars</h1><p>41</p><p>3</p><p>6</p>');
    expect(error).not.toHaveBeenCalled();
    expect(counts.total).toBe(0);
    expect(listener).not.toHaveBeenCalled();
  });

  it('hydrates the server HTML without a mismatch, then follows changes', async () => {
    const error = vi.spyOn(console, 'error');
    const profile = new ProfileCubit({ name: 'Lars', age: 41 });
    const app = (
      <BlocProvider value={profile}>
        <Summary />
      </BlocProvider>
    );
    const container = document.createElement('div');
    container.innerHTML = renderToString(app);
    const root = await act(async () => hydrateRoot(container, app));
    expect(container.innerHTML).toBe('<h1>Lars</h1>');
    act(() => profile.rename('Astrid'));
    expect(container.innerHTML).toBe('<h1>Astrid</h1>');
    expect(error).not.toHaveBeenCalled();
    act(() => root.unmount());
  });
});
