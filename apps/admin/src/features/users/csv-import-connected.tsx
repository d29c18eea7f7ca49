import { type BulkInsertJob, selectOrgNode, UserImportBloc, type UserImportState, UserListBloc } from 'admin-bloc';
import { useBloc, useBlocListener, useBlocState } from 'admin-bloc/react';
import { memo, useDeferredValue, useEffect, useMemo } from 'react';
import { useServices } from '../../app/services-context.js';
import { showToast } from '../../components/ui/toasts.js';
import { useI18n } from '../../i18n/i18n.js';
import { CsvImportDialog } from './components/csv-import-dialog.js';
import { CsvImportCubit } from './csv-import-cubit.js';

const ShownDialog = memo(CsvImportDialog);
const bulkInsertOf = (state: UserImportState): BulkInsertJob | null => state.bulkInsert;

/**
 * The import dialog with its own subscriptions (the cubit's steps, the import bloc's job), so a progress
 * step re-renders the dialog, not the user list behind it. Both are shown through `useDeferredValue`: the
 * dialog renders after the update that changed them, in slices React can pause, so a 10 000-row preview or a
 * job's first state is not rendered inside the same task as the work that produced it.
 */
export function CsvImportConnected() {
  const list = useBloc(UserListBloc);
  const bloc = useBloc(UserImportBloc);
  const importer = useBloc(CsvImportCubit);
  const state = useDeferredValue(useBlocState(CsvImportCubit));
  const job = useDeferredValue(useBlocState(UserImportBloc, bulkInsertOf));
  const jobStatus = job?.status;
  // The list does not follow the import bloc (no bloc imports another): a job that ends shows its rows.
  useEffect(() => {
    if (jobStatus === 'done' || jobStatus === 'cancelled') void list.add({ type: 'userList/reloadRequested' });
  }, [jobStatus, list]);
  // A finished import is announced in the toasts' live region with how many people it added.
  const { t, formatNumber } = useI18n();
  useBlocListener(
    bloc,
    (current) => {
      const added = (current.bulkInsert?.rows ?? []).filter(
        (row) => row.state === 'inserted' || row.state === 'insertedOrSkipped',
      ).length;
      showToast(t('toast.imported', { count: formatNumber(added) }));
    },
    (previous, current) => previous.bulkInsert?.status === 'running' && current.bulkInsert?.status === 'done',
  );
  // Stable, so the memoised dialog renders only when its state or job changes. They read the current states.
  const handlers = useMemo(
    () => ({
      onFile: (file: File) => void importer.fileChosen(file),
      onStart: () => {
        const rows = importer.state.preview?.rows ?? [];
        importer.jobStarted();
        void bloc.add({ type: 'userImport/started', rows: rows.map((row) => row.input) });
      },
      onCancel: () => void bloc.add({ type: 'userImport/cancelled' }),
      onRetry: () => void bloc.add({ type: 'userImport/retried' }),
      onClose: () => {
        importer.closedDialog();
        if (bloc.state.bulkInsert) void list.add({ type: 'userList/reloadRequested' });
      },
    }),
    [bloc, importer, list],
  );
  // The people join the scope's chosen organisation (the bloc's default), which the dialog names.
  const { scope, orgTree } = useServices();
  const current = scope.current;
  const targetId = current ? (current.selectedOrgId ?? current.rootOrgId) : null;
  const targetName = useBlocState(orgTree, (tree) => selectOrgNode(tree, targetId)?.name ?? null);
  const targetOrg = targetName ?? targetId;
  return <ShownDialog state={state} job={job} targetOrg={targetOrg} {...handlers} />;
}
