import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DEMO_PEOPLE, setupMockServer } from 'admin-bloc/mocks';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { countRequests, renderMockApp } from '../test-support/mock-app.js';

// No vitest globals here, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

const server = setupMockServer();
beforeAll(() => server.listen());
afterAll(() => server.close());

let traffic: ReturnType<typeof countRequests>;
beforeEach(() => {
  traffic = countRequests(server);
});
afterEach(() => {
  server.events.removeAllListeners();
  server.reset();
});

/**
 * The requests the people lookups sent: the three lists of people the contract has, and the reads of one person
 * (but the session's read of the signed-in admin, which is not a lookup).
 */
const PEOPLE_LISTS = ['/api/v1/admin/data/users', '/api/admin/users', '/api/v1/admin/users'];
const SIGNED_IN: ReadonlySet<string> = new Set(Object.values(DEMO_PEOPLE));
const lookups = (since: () => { method: string; path: string }[]) =>
  since().filter(
    (request) =>
      request.method === 'GET' &&
      PEOPLE_LISTS.some(
        (list) =>
          request.path === list ||
          (request.path.startsWith(`${list}/`) && !SIGNED_IN.has(request.path.slice(list.length + 1))),
      ),
  );

/** The cells of one column of the first table in `region`, as shown. */
function column(region: HTMLElement, index: number): HTMLElement[] {
  const table = within(region).getAllByRole('table')[0] as HTMLElement;
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[index] as HTMLElement);
}

/** Generous: the suites share two cores, and these wait for two rounds of requests. */
const WAIT = { timeout: 5000 };

const personName = (id: string) => server.db.people.get(id)?.fullName;

describe('names where the server sends ids', () => {
  it('activity log: each row’s person by name, the id kept in its title; a page of 20 rows costs at most 2 lookups', async () => {
    const since = traffic.since();
    await renderMockApp(server, { path: '/activity' });
    const main = await screen.findByRole('main');
    await waitFor(() => expect(column(main, 3)).toHaveLength(20), WAIT);
    await waitFor(() => {
      for (const cell of column(main, 3)) {
        const id = cell.querySelector('[data-id]')?.getAttribute('data-id') ?? '';
        expect(cell.textContent).toBe(personName(id));
        expect(cell.querySelector(`[title="${id}"]`)).not.toBeNull();
      }
    }, WAIT);
    expect(lookups(since).length).toBeGreaterThan(0);
    expect(lookups(since).length).toBeLessThanOrEqual(2);

    // The next page's people that were seen before cost nothing; the page as a whole still at most 2.
    const next = traffic.since();
    await userEvent.click(within(main).getByRole('button', { name: 'Neste' }));
    await waitFor(() => expect(within(main).getByTestId('page-info').textContent).toMatch(/^Side 2/), WAIT);
    await waitFor(() => {
      for (const cell of column(main, 3)) {
        const id = cell.querySelector('[data-id]')?.getAttribute('data-id') ?? '';
        expect(cell.textContent).toBe(personName(id));
      }
    }, WAIT);
    expect(lookups(next).length).toBeLessThanOrEqual(2);
  });

  // Two lists of 100 name up to 200 people: Rogaland Nord's admin sees 184 (the root admin's 291 need a third page,
  // so some of their rows keep the id until a later page's lookup names them).
  it('audit log: actors and user resources by name, organisations by their tree name, in at most 2 lookups', async () => {
    const since = traffic.since();
    await renderMockApp(server, { path: '/audit', demoRole: 'scopedAdmin' });
    const main = await screen.findByRole('main');
    await waitFor(() => expect(column(main, 3).length).toBeGreaterThan(0), WAIT);
    await waitFor(() => {
      for (const cell of column(main, 3)) {
        const id = cell.querySelector('[data-id]')?.getAttribute('data-id') ?? '';
        expect(cell.textContent).toBe(personName(id));
      }
      for (const cell of column(main, 2)) {
        const id = cell.querySelector('[data-id]')?.getAttribute('data-id') ?? '';
        const name = personName(id) ?? server.db.orgs.get(id)?.name;
        expect(name).toBeDefined();
        expect(cell.textContent).toContain(name);
      }
    }, WAIT);
    expect(lookups(since).length).toBeLessThanOrEqual(2);
  });

  it('sessions: each session’s person and agent by the person’s name, in at most 2 lookups beyond the user list', async () => {
    const since = traffic.since();
    await renderMockApp(server, { path: '/platform', demoRole: 'scopedAdmin' });
    const sessions = await screen.findByRole('region', { name: 'Økter' });
    await waitFor(() => expect(column(sessions, 1).length).toBeGreaterThan(0), WAIT);
    await waitFor(() => {
      for (const cell of column(sessions, 1)) {
        const id = cell.querySelector('[data-id]')?.getAttribute('data-id') ?? '';
        expect(cell.textContent).toBe(personName(id));
      }
      for (const cell of column(sessions, 2)) expect(cell.textContent).toMatch(/^Agenten til /);
    }, WAIT);
    // The platform screen's own user list is one request of the same list; the names add at most 2.
    expect(lookups(since).length).toBeLessThanOrEqual(3);
  });

  // The root admin sees 291 people: two pages of 100 cannot name them all. What the list's budget leaves unnamed
  // is read in the same round the cheaper way (the list's remaining pages, or exactly the missing ids by id), so no
  // row keeps its id, where it used to until some later page happened to read further.
  it('root admin, activity log: every row of the first four pages is named, each page in at most 2 lookups', {
    timeout: 20_000,
  }, async () => {
    let since = traffic.since();
    await renderMockApp(server, { path: '/activity' });
    const main = await screen.findByRole('main');
    for (let page = 1; page <= 4; page++) {
      if (page > 1) {
        since = traffic.since();
        await userEvent.click(within(main).getByRole('button', { name: 'Neste' }));
      }
      await waitFor(
        () => expect(within(main).getByTestId('page-info').textContent).toMatch(new RegExp(`^Side ${page} `)),
        WAIT,
      );
      await waitFor(() => {
        expect(column(main, 3)).toHaveLength(20);
        for (const cell of column(main, 3)) {
          const id = cell.querySelector('[data-id]')?.getAttribute('data-id') ?? '';
          expect(cell.textContent).toBe(personName(id));
        }
      }, WAIT);
      expect(lookups(since).length, `page ${page}`).toBeLessThanOrEqual(2);
    }
  });

  it('root admin, user list: e-mails of people past the 200th of document 002’s list are shown, the next page costs none', async () => {
    const emailLookups = (since: () => { method: string; path: string }[]) =>
      lookups(since).filter((request) => request.path.startsWith('/api/admin/users'));
    const since = traffic.since();
    await renderMockApp(server, { path: '/users?page=9' });
    const main = await screen.findByRole('main');
    const emailsShown = () =>
      waitFor(() => {
        expect(column(main, 2).length).toBeGreaterThan(0);
        for (const cell of column(main, 2)) {
          const id = cell.closest('tr')?.getAttribute('data-user-id') ?? '';
          expect(cell.textContent).toBe(server.db.people.get(id)?.email);
        }
      }, WAIT);
    await emailsShown();
    // Two pages preloaded with the list's own first request, and the list's third (and last) page for the rest.
    expect(emailLookups(since).length).toBeLessThanOrEqual(3);
    const next = traffic.since();
    await userEvent.click(within(main).getByRole('button', { name: 'Neste' }));
    await waitFor(() => expect(within(main).getByTestId('page-info').textContent).toMatch(/^Side 10 /), WAIT);
    await emailsShown();
    expect(emailLookups(next)).toEqual([]);
  }, 20_000);

  it('root admin, sessions: every person named; the cursor list’s leftovers are read by id', async () => {
    const since = traffic.since();
    await renderMockApp(server, { path: '/platform' });
    const sessions = await screen.findByRole('region', { name: 'Økter' });
    await waitFor(() => expect(column(sessions, 1).length).toBeGreaterThan(0), WAIT);
    await waitFor(() => {
      for (const cell of column(sessions, 1)) {
        const id = cell.querySelector('[data-id]')?.getAttribute('data-id') ?? '';
        expect(cell.textContent).toBe(personName(id));
      }
    }, WAIT);
    console.info(
      `root sessions: ${lookups(since).length}`,
      lookups(since).map((request) => request.path),
    );
  });
});
