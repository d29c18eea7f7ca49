import { describe, expect, it } from 'vitest';
import { AdminApiError } from '../../../src/api/admin-api-error.js';
import { isAbort } from '../../../src/blocs/shared/failure.js';
import { ScopeGuard } from '../../../src/blocs/shared/scope-guard.js';

const refusal = () => new AdminApiError({ code: 'UNAUTHORIZED', status: 401, serverMessage: 'Token expired' });

describe('ScopeGuard.run', () => {
  it('passes a failure of the live session on as it is', async () => {
    const guard = new ScopeGuard();
    const error = refusal();
    await expect(guard.run(new AbortController().signal, () => Promise.reject(error))).rejects.toBe(error);
  });

  it('turns a failure that arrives after the session ended into an abort (the 401 that ended it included)', async () => {
    const guard = new ScopeGuard();
    const outcome = guard.run(new AbortController().signal, async () => {
      guard.end();
      throw refusal();
    });
    await expect(outcome).rejects.toSatisfy(isAbort);
  });

  it('turns an answer that arrives after the session ended into an abort', async () => {
    const guard = new ScopeGuard();
    const outcome = guard.run(new AbortController().signal, async () => {
      guard.end();
      return 'late';
    });
    await expect(outcome).rejects.toSatisfy(isAbort);
  });
});
