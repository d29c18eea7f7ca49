import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type ContactRow, type ContactsState, initialContactsState } from 'admin-bloc';
import { afterEach, describe, expect, it, vi } from 'vitest';

// No vitest globals here, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

import { ContactsView, type ContactsViewProps } from './contacts-view.js';
import { isolated } from '../../test-support/isolated.js';

const berit: ContactRow = {
  id: 'usr_bL4rSn',
  full_name: 'Berit Larsen',
  email: 'berit.larsen@org.no',
  role: 'peer_mentor',
};

function setup(props: Partial<ContactsViewProps> = {}) {
  const handlers = {
    search: '',
    onSearch: vi.fn(),
    onPage: vi.fn(),
    onRetry: vi.fn(),
    onRetryDetail: vi.fn(),
    onNew: vi.fn(),
    onEdit: vi.fn(),
    onSubmit: vi.fn(),
    onCloseForm: vi.fn(),
    onAskDelete: vi.fn(),
    onConfirmDelete: vi.fn(),
    onCancelDelete: vi.fn(),
  };
  const state: ContactsState = {
    ...initialContactsState,
    status: 'success',
    results: { query: initialContactsState.query, items: [berit], total: 1 },
  };
  render(
    <ContactsView
      state={state}
      rows={[berit]}
      pageCount={1}
      orgs={[]}
      defaultOrgId={null}
      editing={undefined}
      confirmDelete={null}
      canDelete={false}
      detailId={null}
      listHref="/contacts"
      detailHrefOf={(id) => `/contacts/${id}`}
      {...handlers}
      {...props}
    />,
  );
  return handlers;
}

describe('ContactsView', () => {
  it('offers no delete to an admin the server would refuse it to (only super-admins may delete a contact)', () => {
    setup();
    // The name opens the contact's own URL (a link: it can be opened in a new tab or shared).
    expect(screen.getByRole('link', { name: 'Berit Larsen' }).getAttribute('href')).toBe('/contacts/usr_bL4rSn');
    expect(screen.queryByRole('button', { name: /^Slett/ })).toBeNull();
    expect(screen.queryByRole('columnheader', { name: 'Handlinger' })).toBeNull();
  });

  it('a super-admin gets a delete button per row, named after the contact, that asks for confirmation', async () => {
    const handlers = setup({ canDelete: true });
    screen.getByRole('columnheader', { name: 'Handlinger' });
    await userEvent.click(screen.getByRole('button', { name: `Slett ${isolated('Berit Larsen')}` }));
    expect(handlers.onAskDelete).toHaveBeenCalledWith(berit);
  });
});
