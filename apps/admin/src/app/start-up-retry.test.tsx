import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupMockServer } from 'admin-bloc/mocks';
import { HttpResponse, http } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { renderMockApp } from '../test-support/mock-app.js';

// No vitest globals here, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

const server = setupMockServer();
beforeAll(() => server.listen());
afterEach(() => server.reset());
afterAll(() => server.close());

const serverError = () =>
  HttpResponse.json({ success: false, error: { code: 'INTERNAL_ERROR', message: 'boom' } }, { status: 500 });

describe('the start-up retry', () => {
  it('also restarts a start-up read still on its way, whose answer was decided before the fault was cleared', {
    timeout: 15_000,
  }, async () => {
    // The org tree's reads fail; its last attempt (the client retries twice) is held, its 500 already decided.
    let attempts = 0;
    let deliver: () => void = () => undefined;
    const delivered = new Promise<void>((resolve) => {
      deliver = resolve;
    });
    let failing = true;
    server.use(
      http.get('*/api/v1/admin/data/org-nodes', async () => {
        if (!failing) return undefined;
        attempts++;
        if (attempts === 3) await delivered;
        return serverError();
      }),
    );
    // The remembered scope fails for good: the session fails and the shell shows its failure with a retry.
    server.faults.set({ fail: { 'state.selectedOrg.get': 500 } });
    await renderMockApp(server, { path: '/platform' });
    await screen.findByRole('heading', { name: 'Panelet fikk ikke startet' }, { timeout: 5_000 });
    await waitFor(() => expect(attempts).toBe(3), { timeout: 5_000 });

    // The coordinator clears the fault and retries while the tree's last attempt is still on its way.
    server.faults.reset();
    failing = false;
    await userEvent.click(screen.getByRole('button', { name: 'Prøv igjen' }));
    deliver();

    // That attempt's 500 lands after the retry: the app still starts, without a second click, and the screen's
    // rows come.
    const users = await screen.findByRole('table', { name: 'Plattformbrukere' }, { timeout: 5_000 });
    await waitFor(() => expect(within(users).getAllByRole('row').length).toBeGreaterThan(1), { timeout: 5_000 });
    expect(screen.queryByRole('heading', { name: 'Panelet fikk ikke startet' })).toBeNull();
  });
});
