import { describe, expect, it } from 'vitest';
import { createFreshFetch } from './fresh-fetch.js';

/** A backend whose answers are held until released, counting what reaches it. */
function heldBackend() {
  const sent: string[] = [];
  const held: (() => void)[] = [];
  const fetch = async (input: Request | string | URL) => {
    const request = new Request(input);
    sent.push(`${request.method} ${new URL(request.url).pathname}`);
    await new Promise<void>((resolve) => held.push(resolve));
    return request.url.endsWith('/fails')
      ? new Response('{}', { status: 500 })
      : new Response(JSON.stringify({ at: sent.length }), { status: 200 });
  };
  return {
    fetch,
    sent,
    release: () => {
      for (const resolve of held.splice(0)) resolve();
    },
  };
}

describe('createFreshFetch', () => {
  it('a read that starts while the same read is on its way shares its answer: one request', async () => {
    const backend = heldBackend();
    const fresh = createFreshFetch({ fetch: backend.fetch });
    const first = fresh.fetch('http://api.local/state/dashboard');
    const second = fresh.fetch('http://api.local/state/dashboard');
    await Promise.resolve();
    backend.release();
    const bodies = await Promise.all([first, second].map(async (answer) => (await answer).json()));
    expect(bodies).toEqual([{ at: 1 }, { at: 1 }]);
    expect(backend.sent).toEqual(['GET /state/dashboard']);
  });

  it('a failed read is not shared: the one that joined asks again', async () => {
    const backend = heldBackend();
    const fresh = createFreshFetch({ fetch: backend.fetch });
    const first = fresh.fetch('http://api.local/fails');
    const second = fresh.fetch('http://api.local/fails');
    await Promise.resolve();
    backend.release();
    expect((await first).status).toBe(500);
    await expect.poll(() => backend.sent.length).toBe(2);
    backend.release();
    expect((await second).status).toBe(500);
  });

  it('a change of data while a read is on its way keeps its answer out of the window and unshared', async () => {
    const backend = heldBackend();
    const fresh = createFreshFetch({ fetch: backend.fetch });
    const first = fresh.fetch('http://api.local/users');
    fresh.clear();
    const second = fresh.fetch('http://api.local/users');
    await Promise.resolve();
    expect(backend.sent).toEqual(['GET /users', 'GET /users']);
    backend.release();
    await Promise.all([first, second]);
  });
});
