import { afterEach, describe, expect, it } from 'vitest';
import {
  Bloc,
  Cubit,
  createDevtoolsObserver,
  type DevtoolsExtension,
  setGlobalObservers,
} from '../../src/core/index.js';

const fakeExtension = () => {
  const log: {
    name?: string;
    init?: unknown;
    sent: { action: { type: string; [key: string]: unknown }; state: unknown }[];
  } = { sent: [] };
  const extension: DevtoolsExtension = {
    connect: (options) => {
      log.name = options.name;
      return {
        init: (state) => {
          log.init = state;
        },
        send: (action, state) => log.sent.push({ action, state }),
      };
    },
  };
  return { extension, log };
};

afterEach(() => {
  setGlobalObservers([]);
  delete (globalThis as { __REDUX_DEVTOOLS_EXTENSION__?: unknown }).__REDUX_DEVTOOLS_EXTENSION__;
});

describe('createDevtoolsObserver', () => {
  it('sends one state per bloc, events as actions, cubit changes and close', async () => {
    const { extension, log } = fakeExtension();
    setGlobalObservers([createDevtoolsObserver({ name: 'admin', extension })]);
    type E = { type: 'counter/incremented' };
    const bloc = new Bloc<E, number>(0, { name: 'counter' });
    bloc.on('counter/incremented', (_event, emit) => emit(bloc.state + 1));
    const cubit = new Cubit('a', { name: 'filters' });
    await bloc.add({ type: 'counter/incremented' });
    cubit.emit('b');
    await bloc.close();
    expect(log.name).toBe('admin');
    expect(log.init).toEqual({});
    expect(log.sent).toEqual([
      { action: { type: 'counter/@@create' }, state: { counter: 0 } },
      { action: { type: 'filters/@@create' }, state: { counter: 0, filters: 'a' } },
      {
        action: { type: 'counter/counter/incremented', event: { type: 'counter/incremented' } },
        state: { counter: 1, filters: 'a' },
      },
      { action: { type: 'filters/emit' }, state: { counter: 1, filters: 'b' } },
      { action: { type: 'counter/@@close' }, state: { filters: 'b' } },
    ]);
  });

  it('numbers blocs that share a name', () => {
    const { extension, log } = fakeExtension();
    setGlobalObservers([createDevtoolsObserver({ extension })]);
    new Cubit(1, { name: 'list' });
    new Cubit(2, { name: 'list' });
    expect(log.name).toBe('admin-bloc');
    expect(log.sent.at(-1)?.state).toEqual({ list: 1, 'list#2': 2 });
  });

  it('uses the global extension when present and does nothing without one', () => {
    expect(createDevtoolsObserver()).toEqual({});
    const { extension, log } = fakeExtension();
    (globalThis as { __REDUX_DEVTOOLS_EXTENSION__?: unknown }).__REDUX_DEVTOOLS_EXTENSION__ = extension;
    new Cubit(0, { name: 'x', observers: [createDevtoolsObserver()] });
    expect(log.sent).toEqual([{ action: { type: 'x/@@create' }, state: { x: 0 } }]);
  });
});
