import type { BlocBase } from './bloc-base.js';
import type { BlocObserver } from './observer.js';

/**
 * The part of the Redux DevTools browser extension (`__REDUX_DEVTOOLS_EXTENSION__`) this observer uses.
 *
 * @example
 * const fake: DevtoolsExtension = { connect: () => ({ init() {}, send() {} }) };
 */
export interface DevtoolsExtension {
  connect(options: { name?: string }): DevtoolsConnection;
}

/**
 * One connection (one instance in the extension's dropdown).
 *
 * @example
 * const connection: DevtoolsConnection = { init: (state) => {}, send: (action, state) => {} };
 */
export interface DevtoolsConnection {
  init(state: unknown): void;
  send(action: { type: string; [key: string]: unknown }, state: unknown): void;
}

/**
 * Options of `createDevtoolsObserver`.
 *
 * @example
 * const options: DevtoolsObserverOptions = { name: 'admin', extension: fakeExtension };
 */
export interface DevtoolsObserverOptions {
  /** The instance name shown in the extension. Defaults to 'admin-bloc'. */
  name?: string;
  /** The extension; defaults to `globalThis.__REDUX_DEVTOOLS_EXTENSION__`, read when the observer is made. */
  extension?: DevtoolsExtension;
}

/**
 * An observer that mirrors every bloc into the Redux DevTools extension: the devtools state is one
 * object with a key per live bloc (its `name`, numbered when several share one), each transition is an
 * action named `<bloc>/<event type>` carrying the event, a cubit's change is `<bloc>/emit`, and blocs
 * appear and disappear with `@@create`/`@@close` actions. Without the extension it does nothing.
 *
 * @example
 * if (import.meta.env.DEV) setGlobalObservers([createDevtoolsObserver({ name: 'admin' })]);
 */
export function createDevtoolsObserver(options: DevtoolsObserverOptions = {}): BlocObserver {
  const extension =
    options.extension ??
    (globalThis as { __REDUX_DEVTOOLS_EXTENSION__?: DevtoolsExtension }).__REDUX_DEVTOOLS_EXTENSION__;
  if (!extension) return {};
  let connection: DevtoolsConnection | undefined;
  let snapshot: Record<string, unknown> = {};
  const keys = new WeakMap<BlocBase<unknown>, string>();
  const used = new Map<string, number>();
  // A bloc's transition is followed by its change; the change must not be sent a second time.
  const sentByTransition = new WeakSet<BlocBase<unknown>>();

  const connect = (): DevtoolsConnection => {
    if (!connection) {
      connection = extension.connect({ name: options.name ?? 'admin-bloc' });
      connection.init(snapshot);
    }
    return connection;
  };
  const keyOf = (bloc: BlocBase<unknown>): string => {
    let key = keys.get(bloc);
    if (!key) {
      const count = (used.get(bloc.name) ?? 0) + 1;
      used.set(bloc.name, count);
      key = count === 1 ? bloc.name : `${bloc.name}#${count}`;
      keys.set(bloc, key);
    }
    return key;
  };
  const send = (bloc: BlocBase<unknown>, action: string, state: unknown, extra?: Record<string, unknown>) => {
    const key = keyOf(bloc);
    const connected = connect();
    snapshot = { ...snapshot, [key]: state };
    connected.send({ type: `${key}/${action}`, ...extra }, snapshot);
  };

  return {
    onCreate: (bloc) => send(bloc, '@@create', bloc.state),
    onTransition: (bloc, transition) => {
      sentByTransition.add(bloc);
      const event = transition.event as { type: string };
      send(bloc, event.type, transition.nextState, { event });
    },
    onChange: (bloc, change) => {
      if (sentByTransition.delete(bloc)) return;
      send(bloc, 'emit', change.nextState);
    },
    onClose: (bloc) => {
      const key = keyOf(bloc);
      const { [key]: _closed, ...rest } = snapshot;
      snapshot = rest;
      connect().send({ type: `${key}/@@close` }, snapshot);
    },
  };
}
