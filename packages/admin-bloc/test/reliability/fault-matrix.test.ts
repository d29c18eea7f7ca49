import { describe, expect, it, vi } from 'vitest';
import { failureOf } from '../../src/blocs/shared/failure.js';
import { BASE_URL, createRig, manualTimers, setupBlocBackend } from '../blocs/shared/test-support.js';
import { DEMO_TOKENS } from '../../src/mocks/demo-tokens.js';
import { DEMO_TENANT } from '../../src/mocks/handlers/platform.js';
import { BLOC_OPERATIONS, type OperationContext } from './bloc-operations.js';
import { FAULTS, faultHandler } from './fault-catalogue.js';

/**
 * The fault matrix: every bloc × every endpoint it calls (each write action apart, when two reach one endpoint)
 * × every fault of the catalogue. Each case loads the
 * bloc on the healthy mock, makes the endpoint fail (`server.use()` in front of the mock's handlers), does the
 * action, and expects the typed failure with the coordinator's message; then clears the fault, takes the
 * retry the screen offers and expects the result. A 401 ends the session instead: the app signs in again, and
 * the screen shows no failure of the ended session before the retry.
 * No case may leave a handler error on the bloc's `errors$` (vitest itself fails the run on any unhandled
 * rejection or uncaught error).
 */
const backend = setupBlocBackend();
const TOKEN = DEMO_TOKENS.superAdmin;
const RETRYABLE = new Set(['INTERNAL_ERROR', 'TIMEOUT', 'NETWORK_ERROR', 'RATE_LIMITED']);

async function context(): Promise<OperationContext> {
  // A short per-attempt timeout, since the timeout fault is an answer that never comes; still long enough that an
  // in-process answer on a busy CI machine is never taken for one.
  const rig = createRig(TOKEN, { timeout: 1000, tenant: DEMO_TENANT });
  const nodes = (await rig.client.data.orgNodes({ limit: 100 })).data;
  rig.scope.setTree(nodes);
  rig.scope.select(null);
  return { ...rig, nodes, timers: manualTimers() };
}

/** How long a bloc may take to settle: generous, because a loaded 2-core machine stalls the worker for seconds. */
const SETTLE_MS = 15_000;

const FAULT_MATRIX = BLOC_OPERATIONS.flatMap((operation) => FAULTS.map((fault) => ({ operation, fault })));

describe(`fault matrix: ${BLOC_OPERATIONS.length} bloc operations × ${FAULTS.length} faults = ${FAULT_MATRIX.length} cases`, () => {
  it.each(
    FAULT_MATRIX.map(
      (row) =>
        [
          [row.operation.bloc, row.operation.endpoint, row.operation.action, row.fault.name]
            .filter((part) => part !== undefined)
            .join(' · '),
          row,
        ] as const,
    ),
  )(
    '%s',
    async (_name, { operation, fault }) => {
      const ctx = await context();
      const subject = await operation.build(ctx);
      const errors: unknown[] = [];
      const watch = subject.bloc.errors$.subscribe((error) => errors.push(error));
      let hits = 0;
      backend.server.use(faultHandler(BASE_URL, operation.endpoint, fault, () => hits++));

      await subject.act();
      expect(hits).toBeGreaterThan(0);
      if (fault.code === 'UNAUTHORIZED') {
        // The session ends, with the reason the sign-in screen shows; no bloc keeps another failure.
        expect(ctx.session.auth).toMatchObject({ status: 'signedOut', reason: 'unauthorized' });
        const failure = subject.failure();
        if (failure) expect(failure).toMatchObject({ code: 'UNAUTHORIZED', signedOut: true });
      } else {
        expect(subject.failure()).toMatchObject({
          code: fault.code,
          message: failureOf(fault.code).message,
          retryable: RETRYABLE.has(fault.code),
          forbidden: fault.code === 'FORBIDDEN',
        });
      }

      backend.server.resetHandlers();
      if (fault.code === 'UNAUTHORIZED') {
        ctx.session.signIn(TOKEN);
        ctx.scope.setTree(ctx.nodes);
        ctx.scope.select(null);
        await vi.waitFor(() => expect(subject.ready?.() ?? true).toBe(true), { timeout: SETTLE_MS, interval: 5 });
        // The new session shows nothing of the old one, not even the refusal that ended it.
        expect(subject.failure()).toBeNull();
      }
      await subject.retry();
      await vi.waitFor(() => expect(subject.ok()).toBe(true), { timeout: SETTLE_MS, interval: 5 });
      expect(subject.failure()).toBeNull();
      expect(errors).toEqual([]);
      watch.unsubscribe();
      await subject.bloc.close();
      ctx.scope.dispose();
    },
    60_000,
  );
});
