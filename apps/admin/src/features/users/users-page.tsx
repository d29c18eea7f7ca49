import {
  allPages,
  type DataUser,
  type DataUserStatus,
  selectCanDeleteUsers,
  selectIsUserSelected,
  selectOrgNode,
  selectPageCount,
  selectSelectedCount,
  selectUndoableDeletes,
  selectVisibleUsers,
  UserImportBloc,
  UserListBloc,
  usersSource,
} from 'admin-bloc';
import { BlocProvider, useBloc, useBlocListener, useBlocState } from 'admin-bloc/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { peopleDirectoryFor, usePersonNames } from '../../app/people-directory.js';
import { detailHref, listHref, useDetailId } from '../../app/detail-route.js';
import { navigate, useLocation, withScope } from '../../app/router.js';
import { useServices } from '../../app/services-context.js';
import { useUrlCodec } from '../../app/use-url-codec.js';
import { showToast } from '../../components/ui/toasts.js';
import { useI18n } from '../../i18n/i18n.js';
import { usersToCsv } from './csv.js';
import { CsvImportConnected } from './csv-import-connected.js';
import { CsvImportCubit } from './csv-import-cubit.js';
import { UserDetailCubit } from './user-detail-cubit.js';
import { UserDetailView } from './user-detail-view.js';
import { type UsersUrlState, usersCodec, usersHref } from './users-url.js';
import { UsersView } from './users-view.js';

/** Creates the user list bloc (it follows the org scope) and the import dialog's cubit. */
export function UsersPage() {
  const { client, scope, userFilters } = useServices();
  return (
    <BlocProvider create={() => new UserListBloc({ client, scope, storage: userFilters })}>
      <BlocProvider create={() => new UserImportBloc({ client, scope })}>
        <BlocProvider create={() => new CsvImportCubit()}>
          <BlocProvider create={() => new UserDetailCubit(client)}>
            <UsersConnected />
          </BlocProvider>
        </BlocProvider>
      </BlocProvider>
    </BlocProvider>
  );
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

const isOpen = (state: { open: boolean }) => state.open;

function UsersConnected() {
  const { client, scope, sessionBloc } = useServices();
  const bloc = useBloc(UserListBloc);
  const importer = useBloc(CsvImportCubit);
  const state = useBlocState(UserListBloc);
  const importOpen = useBlocState(CsvImportCubit, isOpen);
  const role = useBlocState(sessionBloc, (session) => session.role);
  const [confirmDelete, setConfirmDelete] = useState<DataUser | null>(null);
  const [exporting, setExporting] = useState(false);
  const url = useUrlCodec(bloc, state, usersCodec);
  const { search } = useLocation();
  const detailId = useDetailId('/users');
  const lastShownUrl = useRef(url);
  const details = useBloc(UserDetailCubit);
  const detail = useBlocState(UserDetailCubit);
  useEffect(() => {
    void details.shown(detailId);
  }, [details, detailId]);
  const { t } = useI18n();
  // Toasts for what the server confirmed: a status saved; and for an undo. (The import's is the dialog's.)
  useBlocListener(
    bloc,
    (current, previous) => {
      for (const [userId, change] of Object.entries(previous.pending)) {
        if (current.pending[userId] || current.changeFailure?.userId === userId) continue;
        // A delete's own notice says it was made (with its undo), and leaving the screen says it was sent.
        if (change.kind === 'status')
          showToast(t('toast.statusSaved', { name: change.user.full_name, status: t(`status.${change.next}`) }));
      }
    },
    (previous, current) => previous.pending !== current.pending,
  );
  const { confirmed, orgTree } = useServices();
  const tree = useBlocState(orgTree);
  const visible = selectVisibleUsers(state);
  // Document 000's users carry no e-mail: one batched lookup of the page's people in document 002's list has it.
  const directory = peopleDirectoryFor(client);
  useEffect(() => {
    // The e-mails' first two pages go out with the list's first request, not in a round after it.
    directory.preload('admin', 2);
  }, [directory]);
  usePersonNames(
    directory,
    'admin',
    visible.map((user) => user.user_id),
  );
  useEffect(() => {
    const waiting = () =>
      Object.entries(bloc.state.pending).flatMap(([userId, change]) =>
        change.kind === 'delete' && !change.sent ? [{ userId, name: change.user.full_name }] : [],
      );
    const off = confirmed.register(async () => {
      // Deletes still in their undo window go out now (sign-out, another demo user, the tab closing).
      const sending = waiting();
      await Promise.all(sending.map(({ userId }) => bloc.add({ type: 'userList/deleteWindowClosed', userId })));
      const refused = bloc.state.changeFailure?.kind === 'delete' ? bloc.state.changeFailure.userId : null;
      return sending.filter(({ userId }) => userId !== refused).map(({ name }) => ({ kind: 'delete', name }));
    });
    return () => {
      off();
      // Leaving the screen: the bloc sends the deletes still waiting as it closes; the next screen says so.
      confirmed.noteSent(waiting().map(({ name }) => ({ kind: 'delete', name })));
    };
  }, [bloc, confirmed]);
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
      const all = await allPages(usersSource(client), {
        orgIds: current.orgIds,
        role: roleFilter,
        status,
        search: text,
      });
      download(`users-${new Date().toISOString().slice(0, 10)}.csv`, usersToCsv(all));
    } finally {
      setExporting(false);
    }
  };

  const importDialog = importOpen ? <CsvImportConnected /> : null;
  const orgName = (orgId: string) => selectOrgNode(tree, orgId)?.name;
  // The rows' links carry the list's query as the list shows it, not as typed: a search being typed changes the
  // URL on each keystroke, and the memoised rows render again only when their results arrive.
  const shownUrl = usersCodec.shown(state);
  if (shownUrl !== null) lastShownUrl.current = shownUrl;
  const rowsQuery = new URL(withScope(usersHref(lastShownUrl.current), `?${search}`), 'http://app.local').search;

  // `/users/:id` shows one user in place of the list; the list's bloc (and its filters, in the query) stays
  // behind it, so the way back shows the same page at once.
  if (detailId !== null)
    return (
      <UserDetailView
        id={detailId}
        detail={detail}
        row={visible.find((user) => user.user_id === detailId)}
        listHref={listHref('/users', search)}
        orgName={orgName}
        onRetry={() => void details.retried()}
      />
    );

  return (
    <UsersView
      state={state}
      users={visible}
      orgName={orgName}
      detailHrefOf={(userId) => detailHref('/users', userId, rowsQuery)}
      emailOf={(userId) => directory.emailOf(userId)}
      onPageSize={(size) => go({ size })}
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
      onUndo={(userId) => {
        const change = bloc.state.pending[userId];
        void bloc.add({ type: 'userList/deleteUndone', userId });
        if (change) showToast(t('toast.undone', { name: change.user.full_name }));
      }}
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
