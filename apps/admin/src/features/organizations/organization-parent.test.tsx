import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupMockServer } from 'admin-bloc/mocks';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { renderMockApp } from '../../test-support/mock-app.js';
import { isolated } from '../../test-support/isolated.js';

// No vitest globals here, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

const server = setupMockServer();
beforeAll(() => server.listen());
afterEach(() => server.reset());
afterAll(() => server.close());

/** Generous: the suites share two cores. */
const WAIT = { timeout: 5000 };

describe('a new organisation’s parent', () => {
  // jsdom has no <dialog> modal support: give it the two methods the dialog calls.
  HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) {
    this.open = false;
  };

  it('the form says under which organisation it is created, and the saved one is there (its parent at the server)', async () => {
    await renderMockApp(server, { path: '/organizations', demoRole: 'scopedAdmin' });
    const main = await screen.findByRole('main');
    await userEvent.click(await within(main).findByRole('button', { name: 'Ny organisasjon' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ny organisasjon' });
    // Rogaland Nord's admin: the server puts a new organisation under Rogaland Nord, the root of their tree.
    await waitFor(() => expect(within(dialog).getByTestId('org-parent').textContent).toContain('Rogaland Nord'), WAIT);
    expect(within(dialog).getByText(`Opprettes under ${isolated('Rogaland Nord')}`)).toBeTruthy();

    await userEvent.type(within(dialog).getByLabelText('Navn'), 'Karmøy Vest');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lagre' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), WAIT);
    const created = [...server.db.orgs.values()].find((org) => org.name === 'Karmøy Vest');
    expect(created?.parentId).toBe([...server.db.orgs.values()].find((org) => org.name === 'Rogaland Nord')?.id);
  });

  it('editing an existing organisation shows no parent line (the server does not move it)', async () => {
    await renderMockApp(server, { path: '/organizations' });
    const main = await screen.findByRole('main');
    const edit = await within(main).findAllByRole('button', { name: /^Rediger / }, WAIT);
    await userEvent.click(edit[0] as HTMLElement);
    const dialog = await screen.findByRole('dialog', { name: 'Rediger organisasjon' });
    expect(within(dialog).queryByTestId('org-parent')).toBeNull();
  });
});
