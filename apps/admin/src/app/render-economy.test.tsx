import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupMockServer } from 'admin-bloc/mocks';
import type { ProfilerOnRenderCallback, ReactNode } from 'react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { RenderProbeContext } from '../components/ui/render-probe.js';
import { countRequests, renderMockApp } from '../test-support/mock-app.js';

// No vitest globals here, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

const server = setupMockServer();
beforeAll(() => server.listen());
afterAll(() => server.close());
afterEach(() => server.reset());

/** Commits per probe id, counted by React's Profiler around each card and each table row. */
let commits: Map<string, number>;
const onRender: ProfilerOnRenderCallback = (id) => commits.set(id, (commits.get(id) ?? 0) + 1);
const counted = (prefix: string) =>
  [...commits].filter(([id]) => id.startsWith(prefix)).reduce((sum, [, count]) => sum + count, 0);
beforeEach(() => {
  commits = new Map();
});
const wrap = (app: ReactNode) => <RenderProbeContext.Provider value={onRender}>{app}</RenderProbeContext.Provider>;

const figures = () => screen.queryAllByRole('definition').map((figure) => figure.textContent);

describe('render economy, counted with the Profiler', () => {
  it('a change of the dashboard that leaves the figures as they were renders no card', async () => {
    await renderMockApp(server, { wrap });
    await waitFor(() => expect(figures()).toHaveLength(4), { timeout: 5000 });
    await screen.findByRole('img', {}, { timeout: 5000 });
    const before = figures();
    const traffic = countRequests(server);
    commits = new Map();
    // A refresh: the page goes loading, the figures are counted again (the same), the time of the count moves on
    // and the chart loads again.
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Oppdater' }));
    await waitFor(() => {
      expect(traffic.requests.length).toBeGreaterThan(1);
      expect(traffic.pending).toHaveLength(0);
      expect(screen.getByRole('button', { name: 'Oppdater' }).getAttribute('aria-busy')).toBe('false');
    });
    await screen.findByRole('img', {}, { timeout: 5000 });
    expect(figures()).toEqual(before);
    expect(counted('dashboard-card:')).toBe(0);
  }, 15_000);

  it('typing in the search box renders no table row until the results arrive', async () => {
    await renderMockApp(server, { path: '/users', wrap });
    const firstRows = await screen.findAllByRole('row', {}, { timeout: 5000 });
    // Someone further down the list, so the results differ from the first page.
    const wanted = firstRows.at(-1)?.querySelectorAll('td')[1]?.textContent ?? '';
    const text = wanted.split(' ')[0]?.slice(0, 5) ?? '';
    expect(text.length).toBeGreaterThan(2);
    commits = new Map();
    const user = userEvent.setup();
    const box = screen.getByRole('searchbox');
    await user.type(box, text);
    // Each keystroke rendered the page (the box shows the letters), and no row.
    expect((box as HTMLInputElement).value).toBe(text);
    expect(counted('users-row')).toBe(0);
    await waitFor(() => expect(screen.getAllByRole('row')[1]?.textContent).toContain(wanted), { timeout: 5000 });
    expect(counted('users-row')).toBeGreaterThan(0);
  }, 15_000);
});
