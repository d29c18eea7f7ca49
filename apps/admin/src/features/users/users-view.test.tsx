import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type DataUser, failureOf, initialUserListState, type UserListState } from 'admin-bloc';
import { afterEach, describe, expect, it, vi } from 'vitest';

// No vitest globals here, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

import { DEFAULT_USERS_URL } from './users-url.js';
import { UsersView, type UsersViewProps } from './users-view.js';
import { isolated } from '../../test-support/isolated.js';

const astrid: DataUser = {
  user_id: 'usr_hA3mXp',
  org_id: 'org_kNr8aQ',
  full_name: 'Astrid Haugen',
  role: 'mentor',
  status: 'active',
};
const lars: DataUser = {
  user_id: 'usr_bQ9vTk',
  org_id: 'org_kNr8aQ',
  full_name: 'Lars Eriksen',
  role: 'mentee',
  status: 'inactive',
};

function setup(state: Partial<UserListState> = {}, props: Partial<UsersViewProps> = {}) {
  const handlers = {
    onRole: vi.fn(),
    onStatus: vi.fn(),
    onSearch: vi.fn(),
    onPage: vi.fn(),
    onSort: vi.fn(),
    onClearFilters: vi.fn(),
    onRetry: vi.fn(),
    onToggleStatus: vi.fn(),
    onAskDelete: vi.fn(),
    onConfirmDelete: vi.fn(),
    onCancelDelete: vi.fn(),
    onUndo: vi.fn(),
    onDismissFailure: vi.fn(),
    onToggleSelect: vi.fn(),
    onSelectAllMatching: vi.fn(),
    onClearSelection: vi.fn(),
    onBulkStatus: vi.fn(),
    onExport: vi.fn(),
    onImport: vi.fn(),
  };
  // A partial state may set status and failure separately; together they make one of the state's variants.
  const full = {
    ...initialUserListState,
    status: 'success',
    scopeKey: 'org_kNr8aQ>*',
    users: [astrid, lars],
    total: 2,
    ...state,
  } as UserListState;
  render(
    <UsersView
      state={full}
      users={full.users}
      url={DEFAULT_USERS_URL}
      pageCount={1}
      canDelete={false}
      selectedCount={0}
      undoable={[]}
      confirmDelete={null}
      exporting={false}
      importDialog={null}
      isSelected={() => false}
      {...handlers}
      {...props}
    />,
  );
  return handlers;
}

describe('UsersView', () => {
  it('the status switch reports the user whose status to flip', async () => {
    const handlers = setup();
    await userEvent.click(screen.getByRole('switch', { name: `Aktiv: ${isolated('Lars Eriksen')}` }));
    expect(handlers.onToggleStatus).toHaveBeenCalledWith(lars);
  });

  it('offers delete only when allowed, and names the user on each button', async () => {
    setup();
    expect(screen.queryByRole('button', { name: /^Slett/ })).toBeNull();
    expect(screen.queryByRole('columnheader', { name: 'Handlinger' })).toBeNull();
  });

  it('a super-admin gets a delete button per row that asks for confirmation', async () => {
    const handlers = setup({}, { canDelete: true });
    await userEvent.click(screen.getByRole('button', { name: `Slett ${isolated('Astrid Haugen')}` }));
    expect(handlers.onAskDelete).toHaveBeenCalledWith(astrid);
  });

  it('a refused change shows the user and the reason, and can be dismissed', async () => {
    const handlers = setup({
      changeFailure: {
        kind: 'status',
        userId: lars.user_id,
        fullName: lars.full_name,
        failure: failureOf('INTERNAL_ERROR'),
      },
    });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain(`Statusen til ${isolated('Lars Eriksen')} ble ikke endret`);
    expect(alert.textContent).toContain('Serveren fikk et problem');
    await userEvent.click(within(alert).getByRole('button', { name: 'Lukk' }));
    expect(handlers.onDismissFailure).toHaveBeenCalled();
  });

  it('a failed first load shows the error with a retry; a forbidden one shows the forbidden state', async () => {
    const handlers = setup({ status: 'failure', users: [], total: 0, failure: failureOf('NETWORK_ERROR') });
    await userEvent.click(screen.getByRole('button', { name: 'Prøv igjen' }));
    expect(handlers.onRetry).toHaveBeenCalled();
  });

  it('a 403 shows the forbidden state instead of an error', () => {
    setup({ status: 'failure', users: [], total: 0, failure: failureOf('FORBIDDEN') });
    expect(screen.getByRole('heading', { name: 'Ingen tilgang' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Prøv igjen' })).toBeNull();
  });

  it('an empty result says so and offers to clear the filters', async () => {
    const handlers = setup({ users: [], total: 0 });
    expect(screen.getByText('Ingen brukere passer filteret.')).toBeTruthy();
    await userEvent.click(within(screen.getByRole('status')).getByRole('button', { name: 'Nullstill filtre' }));
    expect(handlers.onClearFilters).toHaveBeenCalled();
  });

  it('sorting by a column reports the field and marks the header', async () => {
    const handlers = setup({ sort: { field: 'role', direction: 'desc' } });
    expect(screen.getByRole('columnheader', { name: /Rolle/ }).getAttribute('aria-sort')).toBe('descending');
    await userEvent.click(screen.getByRole('button', { name: /^Navn/ }));
    expect(handlers.onSort).toHaveBeenCalledWith('full_name');
  });
});
