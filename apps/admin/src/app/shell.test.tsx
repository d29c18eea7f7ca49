import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupMockServer } from 'admin-bloc/mocks';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { renderMockApp } from '../test-support/mock-app.js';

// No vitest globals here, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

const server = setupMockServer();
beforeAll(() => server.listen());
afterEach(() => server.reset());
afterAll(() => server.close());

describe('Shell', () => {
  it('a caller who is not an admin gets the forbidden screen with a way out: signing out', async () => {
    await renderMockApp(server);
    await screen.findByTestId('admin-name');
    await userEvent.selectOptions(screen.getByLabelText('Demobruker'), 'nonAdmin');

    const heading = await screen.findByRole('heading', { level: 1, name: 'Ingen tilgang' });
    expect(heading).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: 'Hovedmeny' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Logg ut' }));

    await screen.findByRole('heading', { name: 'Du er logget ut' });
    screen.getByText('Du har logget ut.');
  });
});
