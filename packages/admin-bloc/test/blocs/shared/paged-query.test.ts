import { describe, expect, it } from 'vitest';
import { AdminApiError } from '../../../src/api/admin-api-error.js';
import { PagedQuery } from '../../../src/blocs/shared/paged-query.js';
import { ScopeGuard } from '../../../src/blocs/shared/scope-guard.js';
import type { Page, PagedSource, Paging } from '../../../src/repositories/paged-source.js';

/** A source over `total` numbered rows whose answers the test releases by hand. */
function heldSource(total: () => number) {
  const asked: { query: Paging; signal: AbortSignal | undefined; answer(): void; fail(error: unknown): void }[] = [];
  const source: PagedSource<Paging, number> = {
    list: (query, signal) =>
      new Promise<Page<number>>((resolve, reject) => {
        asked.push({
          query,
          signal,
          answer: () => {
            const from = (query.page - 1) * query.limit;
            const rows = Array.from({ length: Math.max(0, Math.min(query.limit, total() - from)) }, (_, n) => from + n);
            resolve({ items: rows, total: total() });
          },
          fail: reject,
        });
      }),
  };
  return { source, asked };
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('PagedQuery', () => {
  it('reads a page past the end again as the last page with rows, and says so', async () => {
    const { source, asked } = heldSource(() => 45);
    const pages = new PagedQuery(source);
    const corrected: number[] = [];
    const loading = pages.load({ page: 9, limit: 10 }, new AbortController().signal, (query) =>
      corrected.push(query.page),
    );
    asked[0]?.answer();
    await turn();
    asked[1]?.answer();
    expect(await loading).toEqual({
      kind: 'page',
      query: { page: 5, limit: 10 },
      items: [40, 41, 42, 43, 44],
      total: 45,
    });
    expect(asked.map((request) => request.query.page)).toEqual([9, 5]);
    expect(corrected).toEqual([5]);
  });

  it('latest wins: a newer load aborts the older request and the older answer never comes back as a page', async () => {
    const { source, asked } = heldSource(() => 45);
    const pages = new PagedQuery(source);
    const older = pages.load({ page: 1, limit: 10 }, new AbortController().signal);
    const newer = pages.load({ page: 2, limit: 10 }, new AbortController().signal);
    expect(asked[0]?.signal?.aborted).toBe(true);
    expect(pages.inFlight).toBe(2);
    asked[0]?.answer();
    asked[1]?.answer();
    expect(await older).toEqual({ kind: 'superseded' });
    expect(await newer).toMatchObject({ kind: 'page', query: { page: 2 } });
    expect(pages.inFlight).toBe(0);
  });

  it('a failure becomes a Failure; an abort by the handler or by the guard becomes nothing', async () => {
    const { source, asked } = heldSource(() => 45);
    const guard = new ScopeGuard();
    const pages = new PagedQuery(source, guard);
    const failing = pages.load({ page: 1, limit: 10 }, new AbortController().signal);
    asked[0]?.fail(new AdminApiError({ code: 'INTERNAL_ERROR', status: 500 }));
    expect(await failing).toMatchObject({ kind: 'failure', failure: { code: 'INTERNAL_ERROR', retryable: true } });

    const handler = new AbortController();
    const cancelled = pages.load({ page: 1, limit: 10 }, handler.signal);
    handler.abort();
    asked[1]?.fail(new DOMException('aborted', 'AbortError'));
    expect(await cancelled).toEqual({ kind: 'superseded' });

    const ofOldScope = pages.load({ page: 1, limit: 10 }, new AbortController().signal);
    guard.scopeChanged();
    expect(asked[2]?.signal?.aborted).toBe(true);
    asked[2]?.answer();
    expect(await ofOldScope).toEqual({ kind: 'superseded' });
  });
});
