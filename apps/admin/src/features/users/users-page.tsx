import {
  type DataUser,
  type DataUserStatus,
  selectCanDeleteUsers,
  selectIsUserSelected,
  selectPageCount,
  selectSelectedCount,
  selectUndoableDeletes,
  selectVisibleUsers,
  UserListBloc,
  type UserListState,
  type UserSort,
} from 'admin-bloc';
import { BlocProvider, useBloc, useBlocState } from 'admin-bloc/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { navigate, useLocation } from '../../app/router.js';
import { useServices } from '../../app/services-context.js';
import { usersToCsv } from './csv.js';
import { CsvImportConnected } from './csv-import-connected.js';
import { CsvImportCubit } from './csv-import-cubit.js';
import { parseUsersUrl, type UsersUrlState, usersHref } from './users-url.js';
import { UsersView } from './users-view.js';

/** Creates the user list bloc (it follows the org scope) and the import dialog's cubit. */
export function UsersPage() {
  const { client, scope } = useServices();
  return (
    <BlocProvider create={() => new UserListBloc({ client, scope })}>
      <BlocProvider create={() => new CsvImportCubit()}>
        <UsersConnected />
      </BlocProvider>
    </BlocProvider>
  );
}

const sameSort = (a: UserSort | null, b: UserSort | null) =>
  a === b || (a !== null && b !== null && a.field === b.field && a.direction === b.direction);

/**
 * The URL is the source of truth for filters, search, page and sort: controls only change the URL, and this
 * effect brings the bloc to what the URL says, one step at a time (filters reset the page, so they go first;
 * the page waits for a debounced search to apply). A page the bloc had to correct (past the end) and a new scope
 * (back to page 1) are written back into the URL instead of being fought over.
 */
function useUrlSync(bloc: UserListBloc, state: UserListState, url: UsersUrlState, href: string): void {
  const urlHadFilters = useRef(url.role !== null || url.status !== null);
  const adopted = useRef(false);
  const askedPage = useRef<number | null>(null);
  const scopeKey = useRef<string | null>(null);

  useEffect(() => {
    // Hand-edited or stale links: show the canonical URL of what is actually shown.
    const canonical = usersHref(url);
    if (href !== canonical) navigate(canonical, { replace: true });
  }, [href, url]);

  useEffect(() => {
    if (!state.filtersRestored || state.scopeKey === null) return;
    if (!adopted.current) {
      adopted.current = true;
      scopeKey.current = state.scopeKey;
      // A plain /users shows the filters the server remembered for this admin.
      if (!urlHadFilters.current && (state.filters.role !== null || state.filters.status !== null)) {
        navigate(usersHref({ ...url, role: state.filters.role, status: state.filters.status }), { replace: true });
        return;
      }
    }
    if (scopeKey.current !== state.scopeKey) {
      scopeKey.current = state.scopeKey;
      askedPage.current = null;
      if (url.page !== 1) {
        navigate(usersHref({ ...url, page: 1 }), { replace: true });
        return;
      }
    }
    if (url.role !== state.filters.role || url.status !== state.filters.status) {
      void bloc.add({ type: 'userList/filtersChanged', role: url.role, status: url.status });
      return;
    }
    if (url.q !== state.searchInput) {
      void bloc.add({ type: 'userList/searchChanged', search: url.q });
      return;
    }
    if (!sameSort(url.sort, state.sort)) void bloc.add({ type: 'userList/sortChanged', sort: url.sort });
    if (url.q.trim() !== state.filters.search) return;
    if (url.page !== state.page) {
      if (askedPage.current === url.page && state.status === 'success') {
        navigate(usersHref({ ...url, page: state.page }), { replace: true });
        return;
      }
      askedPage.current = url.page;
      void bloc.add({ type: 'userList/pageChanged', page: url.page });
    }
  }, [
    bloc,
    url,
    state.filtersRestored,
    state.scopeKey,
    state.filters,
    state.searchInput,
    state.sort,
    state.page,
    state.status,
  ]);
}

function download(name: string, text: string): void {
  // A BOM makes spreadsheet programs read the file as UTF-8 (Norwegian letters).
  const url = URL.createObjectURL(new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

const sameState = (state: UserListState) => state;
const isOpen = (state: { open: boolean }) => state.open;

/**
 * Equal for the list screen when only the import job moved: the job's progress is the import dialog's own
 * subscription (`CsvImportConnected`), so 800 progress steps do not re-render the list behind it.
 */
function sameListAndFilters(previous: UserListState, next: UserListState): boolean {
  if (previous === next) return true;
  for (const key of Object.keys(next) as (keyof UserListState)[])
    if (key !== 'bulkInsert' && !Object.is(previous[key], next[key])) return false;
  return true;
}

function UsersConnected() {
  const { client, scope, sessionBloc } = useServices();
  const bloc = useBloc(UserListBloc);
  const importer = useBloc(CsvImportCubit);
  const state = useBlocState(UserListBloc, sameState, sameListAndFilters);
  const importOpen = useBlocState(CsvImportCubit, isOpen);
  const role = useBlocState(sessionBloc, (session) => session.role);
  const { search, href } = useLocation();
  const url = useMemo(() => parseUsersUrl(search), [search]);
  const [confirmDelete, setConfirmDelete] = useState<DataUser | null>(null);
  const [exporting, setExporting] = useState(false);
  useUrlSync(bloc, state, url, href);
  // Stable, so the memoised rows render again only when their user or its selection changes.
  const toggleSelect = useCallback(
    (userId: string) => void bloc.add({ type: 'userList/userSelectionToggled', userId }),
    [bloc],
  );
  const toggleStatus = useCallback(
    (user: DataUser) =>
      void bloc.add({
        type: 'userList/userStatusChanged',
        userId: user.user_id,
        status: (user.status === 'active' ? 'inactive' : 'active') as DataUserStatus,
      }),
    [bloc],
  );

  const go = (patch: Partial<UsersUrlState>, replace = false) =>
    navigate(usersHref({ ...url, page: 1, ...patch }), { replace });

  const exportCsv = async () => {
    const current = scope.current;
    if (!current) return;
    setExporting(true);
    try {
      const { role: roleFilter, status, search: text } = bloc.state.filters;
      const all: DataUser[] = [];
      for (let page = 1; ; page++) {
        const answer = await client.data.users.list({
          orgIds: [...current.orgIds],
          ...(roleFilter ? { role: roleFilter } : {}),
          ...(status ? { status } : {}),
          ...(text ? { search: text } : {}),
          page,
          limit: 100,
        });
        all.push(...answer.data);
        if (answer.data.length === 0 || all.length >= answer.pagination.total) break;
      }
      download(`users-${new Date().toISOString().slice(0, 10)}.csv`, usersToCsv(all));
    } finally {
      setExporting(false);
    }
  };

  const importDialog = importOpen ? <CsvImportConnected /> : null;

  return (
    <UsersView
      state={state}
      users={selectVisibleUsers(state)}
      url={url}
      pageCount={selectPageCount(state)}
      canDelete={selectCanDeleteUsers(state, role)}
      selectedCount={selectSelectedCount(state)}
      undoable={selectUndoableDeletes(state)}
      confirmDelete={confirmDelete}
      exporting={exporting}
      importDialog={importDialog}
      isSelected={(userId) => selectIsUserSelected(state, userId)}
      onRole={(next) => go({ role: next })}
      onStatus={(next) => go({ status: next })}
      // The first keystroke adds a history entry (back leaves the search); the rest replace it.
      onSearch={(text) => go({ q: text }, url.q !== '')}
      onPage={(page) => go({ page })}
      onSort={(field) => {
        const direction = url.sort?.field === field && url.sort.direction === 'asc' ? 'desc' : 'asc';
        go({ sort: { field, direction }, page: url.page });
      }}
      onClearFilters={() => go({ role: null, status: null, q: '' })}
      onRetry={() => void bloc.add({ type: 'userList/reloadRequested' })}
      onToggleStatus={toggleStatus}
      onAskDelete={setConfirmDelete}
      onConfirmDelete={() => {
        if (confirmDelete) void bloc.add({ type: 'userList/userDeleted', userId: confirmDelete.user_id });
        setConfirmDelete(null);
      }}
      onCancelDelete={() => setConfirmDelete(null)}
      onUndo={(userId) => void bloc.add({ type: 'userList/deleteUndone', userId })}
      onDismissFailure={() => void bloc.add({ type: 'userList/changeFailureDismissed' })}
      onToggleSelect={toggleSelect}
      onSelectAllMatching={() => void bloc.add({ type: 'userList/allMatchingSelected' })}
      onClearSelection={() => void bloc.add({ type: 'userList/selectionCleared' })}
      onBulkStatus={(status) => void bloc.add({ type: 'userList/bulkStatusChangeRequested', status })}
      onExport={() => void exportCsv()}
      onImport={() => importer.opened()}
    />
  );
}
