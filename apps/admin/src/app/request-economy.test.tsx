import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DEMO_PEOPLE, setupMockServer } from 'admin-bloc/mocks';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { countRequests, renderMockApp } from '../test-support/mock-app.js';
import { navigate } from './router.js';

// No vitest globals here, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

const server = setupMockServer();
beforeAll(() => server.listen());
afterAll(() => server.close());

let traffic: ReturnType<typeof countRequests>;
let sent = 0;
let realFetch: typeof fetch;
beforeEach(() => {
  realFetch = globalThis.fetch; // MSW's, patched by listen()
  traffic = countRequests(server);
  // What left the client: a round is over once each of these reached the mock and nothing new follows.
  sent = 0;
  globalThis.fetch = (input, init) => {
    sent++;
    return realFetch(input, init);
  };
});
afterEach(() => {
  globalThis.fetch = realFetch;
  server.events.removeAllListeners();
  server.reset();
});

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Waits until the app has nothing more to say for now: every request it sent reached the mock, every request not
 * held was answered, and several turns of the event loop passed without a new one (React's renders and effects run
 * in those turns).
 */
async function settled(): Promise<void> {
  let quietTurns = 0;
  let seen = -1;
  while (quietTurns < 10) {
    await macrotask();
    const now = traffic.requests.length;
    const answered = traffic.pending.length === traffic.held.length;
    if (now === seen && sent === now && answered) quietTurns++;
    else quietTurns = 0;
    seen = now;
  }
}

/** Holds every request; each round lets through what the app asked for while the previous round was held. */
async function countRounds(): Promise<number> {
  traffic.hold = () => true;
  let rounds = 0;
  for (;;) {
    await settled();
    if (traffic.held.length === 0) return rounds;
    rounds++;
    traffic.release();
  }
}

const figures = () => screen.queryAllByRole('definition');

describe('request economy at the mock', () => {
  it('a cold dashboard load is two rounds: the session, then everything else at once', async () => {
    await renderMockApp(server);
    const rounds = await countRounds();
    expect(figures()).toHaveLength(4);
    expect(screen.getByRole('img')).toBeTruthy();
    expect(rounds).toBeLessThanOrEqual(2);
  }, 15_000);

  it('a cold user list is two rounds, its first list request already with the filters the server remembered', async () => {
    server.db.adminState(DEMO_PEOPLE.admin).filters.org_kNr8aQ = { role: 'mentor' };
    await renderMockApp(server, { path: '/users' });
    const rounds = await countRounds();
    await screen.findAllByRole('row', {}, { timeout: 5000 });
    const lists = traffic.requests.filter((request) => request.url.pathname === '/api/v1/admin/data/users');
    expect(lists.map((request) => request.url.searchParams.get('role'))).toEqual(['mentor']);
    expect(rounds).toBeLessThanOrEqual(2);
  }, 15_000);

  it('typing a six-letter search sends one request', async () => {
    await renderMockApp(server, { path: '/users' });
    await screen.findAllByRole('row', {}, { timeout: 5000 });
    await settled();
    const during = traffic.since();
    // Typed on fake timers, 80 ms between keystrokes however loaded the machine is (on real time a stalled
    // machine let the debounce fire mid-word), with a turn after each keystroke in which a page that searched per
    // keystroke would send its request. The clock moves 20 ms a step until the word is typed, then past the pause.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      let typed = false;
      const typing = userEvent
        .setup({ delay: 80 })
        .type(screen.getByRole('searchbox'), 'astrid')
        .then(() => {
          typed = true;
        });
      while (!typed) await vi.advanceTimersByTimeAsync(20);
      await typing;
      await vi.advanceTimersByTimeAsync(300);
    } finally {
      vi.useRealTimers();
    }
    // The search waits for typing to pause (a debounce), then the results arrive.
    await waitFor(() => expect(during().length).toBeGreaterThan(0), { timeout: 5000 });
    await settled();
    expect(during()).toHaveLength(1);
    expect(during()[0]?.url.searchParams.get('search')).toBe('astrid');
  }, 15_000);

  it('typing a resource type into the audit log sends one request, once typing pauses, and the link keeps it', async () => {
    await renderMockApp(server, { path: '/audit' });
    await screen.findAllByRole('row', {}, { timeout: 5000 });
    await settled();
    const during = traffic.since();
    const auditLists = () => during().filter((request) => request.path === '/api/admin/audit-log');
    const box = screen.getByLabelText('Ressurstype');
    // The typing runs on fake timers: 80 ms between keystrokes however loaded the machine is, so the pause can only
    // end after the last one, and each keystroke's turn lets a request leave if the page sent one per keystroke.
    // The test moves the clock itself, 20 ms a step (Testing Library's own waits are timers too), until the word is
    // typed; then past the pause.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      let typed = false;
      const typing = userEvent
        .setup({ delay: 80 })
        .type(box, 'organization')
        .then(() => {
          typed = true;
        });
      while (!typed) await vi.advanceTimersByTimeAsync(20);
      await typing;
      // The box shows every keystroke at once.
      expect(box).toHaveProperty('value', 'organization');
      await vi.advanceTimersByTimeAsync(300);
    } finally {
      vi.useRealTimers();
    }
    await waitFor(() => expect(auditLists().length).toBeGreaterThan(0), { timeout: 5000 });
    await settled();
    expect(auditLists().map((request) => request.url.searchParams.get('resource_type'))).toEqual(['organization']);
    // The URL follows the query, so a reload asks for the same filter.
    await waitFor(() => expect(new URLSearchParams(location.search).get('resource')).toBe('organization'));
  }, 15_000);

  it('a scope switch during a slow load aborts every request of the old scope', async () => {
    const { services } = await renderMockApp(server);
    await waitFor(() => expect(figures()).toHaveLength(4), { timeout: 5000 });
    await settled();
    // Whatever is asked for the whole tree (its org ids in the query) is slow to come.
    traffic.hold = (request) => request.url.searchParams.has('org_ids');
    const during = traffic.since();
    await act(() => services.selectedOrg.add({ type: 'selectedOrg/selectionCleared' }));
    await settled();
    const slow = traffic.held.length;
    traffic.hold = null;
    const next = services.scope.tree?.find((node) => node.org_id !== services.scope.current?.rootOrgId)?.org_id;
    await act(() => services.selectedOrg.add({ type: 'selectedOrg/nodeSelected', orgId: next ?? '' }));
    await settled();
    expect(slow).toBeGreaterThan(1);
    expect(traffic.held).toHaveLength(0);
    expect(during().filter((request) => request.outcome === 'aborted')).toHaveLength(slow);
    await waitFor(() => expect(figures()).toHaveLength(4));
  }, 15_000);

  it('going back to a screen within its fresh window sends nothing', async () => {
    await renderMockApp(server);
    await waitFor(() => expect(figures()).toHaveLength(4), { timeout: 5000 });
    await settled();
    act(() => navigate('/users'));
    await screen.findAllByRole('row', {}, { timeout: 5000 });
    await settled();
    const back = traffic.since();
    act(() => navigate('/'));
    await waitFor(() => expect(figures()).toHaveLength(4));
    await settled();
    expect(within(document.body).getAllByRole('definition')).toHaveLength(4);
    expect(back()).toHaveLength(0);
  }, 15_000);
});
