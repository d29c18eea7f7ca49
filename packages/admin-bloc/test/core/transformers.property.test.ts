import fc from 'fast-check';
import { Observable, Subject } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { Bloc, concurrent, droppable, type EventTransformer, restartable, sequential } from '../../src/core/index.js';

type Kind = 'sequential' | 'concurrent' | 'droppable' | 'restartable';
type Command =
  | { op: 'add' }
  | { op: 'tick' }
  | { op: 'resolve'; pick: number }
  | { op: 'fail'; pick: number }
  | { op: 'close' };
type Work = { type: 'work'; id: number };

const transformers: Record<Kind, () => EventTransformer<Work>> = { sequential, concurrent, droppable, restartable };

const flush = () => new Promise<void>((done) => setImmediate(done));

/**
 * The reference model: which handlers run, which wait, and what each command must emit. Every run emits
 * `<id>:a` when it starts, `<id>:t<k>` for every tick while it runs and `<id>:b` when it completes.
 */
class Model {
  states: string[] = [];
  errors = 0;
  closed = false;
  /** Started and not yet settled by the test, in start order (cancelled ones included). */
  pending: number[] = [];
  active: number[] = [];
  queue: number[] = [];
  startOrder: number[] = [];
  private next = 0;

  constructor(private readonly kind: Kind) {}

  add(): number {
    const id = this.next++;
    switch (this.kind) {
      case 'concurrent':
        this.start(id);
        break;
      case 'sequential':
        if (this.active.length > 0 || this.queue.length > 0) this.queue.push(id);
        else this.start(id);
        break;
      case 'droppable':
        if (this.active.length === 0) this.start(id);
        break;
      case 'restartable':
        this.active = [];
        this.start(id);
        break;
    }
    return id;
  }

  tick(k: number) {
    for (const id of this.active) this.states.push(`${id}:t${k}`);
  }

  settle(id: number, failed: boolean) {
    this.pending = this.pending.filter((other) => other !== id);
    if (!this.active.includes(id)) return;
    this.active = this.active.filter((other) => other !== id);
    if (failed) this.errors++;
    else this.states.push(`${id}:b`);
    const queued = this.queue.shift();
    if (queued !== undefined) this.start(queued);
  }

  close() {
    this.closed = true;
    this.active = [];
    this.queue = [];
  }

  private start(id: number) {
    this.active.push(id);
    this.pending.push(id);
    this.startOrder.push(id);
    this.states.push(`${id}:a`);
  }
}

const command: fc.Arbitrary<Command> = fc.oneof(
  { arbitrary: fc.constant({ op: 'add' as const }), weight: 4 },
  { arbitrary: fc.constant({ op: 'tick' as const }), weight: 2 },
  { arbitrary: fc.record({ op: fc.constant('resolve' as const), pick: fc.nat(20) }), weight: 4 },
  { arbitrary: fc.record({ op: fc.constant('fail' as const), pick: fc.nat(20) }), weight: 1 },
  { arbitrary: fc.constant({ op: 'close' as const }), weight: 1 },
);

async function check(kind: Kind, viaRxjs: boolean, commands: Command[]) {
  const model = new Model(kind);
  const ticks = new Subject<number>();
  let open = 0;
  const countedTicks = new Observable<number>((subscriber) => {
    open++;
    const subscription = ticks.subscribe(subscriber);
    return () => {
      open--;
      subscription.unsubscribe();
    };
  });
  const gates = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  const started: number[] = [];
  const native = transformers[kind]();
  const transformer: EventTransformer<Work> = viaRxjs ? (events, mapper) => native(events, mapper) : native;

  const bloc = new Bloc<Work, string>('initial');
  bloc.on(
    'work',
    async (event, emit) => {
      emit(`${event.id}:a`);
      void emit.onEach(countedTicks, (k) => emit(`${event.id}:t${k}`));
      await new Promise<void>((resolve, reject) => {
        gates.set(event.id, { resolve, reject });
        started.push(event.id);
      });
      emit(`${event.id}:b`);
    },
    transformer,
  );
  const states: string[] = [];
  bloc.subscribe((state) => states.push(state));
  let errors = 0;
  bloc.errors$.subscribe(() => errors++);
  const adds: { settled: boolean }[] = [];
  let tick = 0;
  let closing: Promise<void> | undefined;

  const settle = (pick: number, failed: boolean) => {
    if (model.pending.length === 0) return;
    const id = model.pending[pick % model.pending.length] as number;
    const gate = gates.get(id);
    expect(gate, `handler ${id} should have started`).toBeDefined();
    if (failed) gate?.reject(new Error(`failed ${id}`));
    else gate?.resolve();
    model.settle(id, failed);
  };

  for (const step of commands) {
    if (step.op === 'add') {
      if (model.closed) {
        // An add after close is refused through its promise (it used to throw synchronously).
        await expect(bloc.add({ type: 'work', id: -1 })).rejects.toThrow(/after close\(\)/);
        continue;
      }
      const id = model.add();
      const record = { settled: false };
      adds.push(record);
      bloc.add({ type: 'work', id }).then(
        () => (record.settled = true),
        () => (record.settled = true),
      );
    } else if (step.op === 'tick') {
      model.tick(tick);
      ticks.next(tick++);
    } else if (step.op === 'resolve') settle(step.pick, false);
    else if (step.op === 'fail') settle(step.pick, true);
    else {
      model.close();
      closing = bloc.close();
    }
    await flush();
    expect(states).toEqual(model.states);
    expect(open, 'open tick subscriptions').toBe(model.active.length);
    expect(started, 'handlers started').toEqual(model.startOrder);
  }

  const emittedBeforeClose = states.length;
  model.close();
  closing ??= bloc.close();
  for (const gate of gates.values()) gate.resolve();
  ticks.next(tick);
  await closing;
  await flush();
  expect(states.length, 'no state lands after close').toBe(emittedBeforeClose);
  expect(open, 'no subscription left open after close').toBe(0);
  expect(
    adds.every((record) => record.settled),
    'every add settles',
  ).toBe(true);
  expect(errors).toBe(model.errors);
  expect(ticks.observed).toBe(false);
}

describe.each(['sequential', 'concurrent', 'droppable', 'restartable'] as const)('%s against its model', (kind) => {
  it.each([false, true])(
    'matches the model for random interleavings (through the RxJS pipeline: %s)',
    async (viaRxjs) => {
      await fc.assert(
        fc.asyncProperty(fc.array(command, { maxLength: 25 }), (commands) => check(kind, viaRxjs, commands)),
        { numRuns: 60 },
      );
    },
  );
});
