import { type BulkInsertJob, UserListBloc, type UserListState } from 'admin-bloc';
import { useBloc, useBlocState } from 'admin-bloc/react';
import { memo, useDeferredValue, useMemo } from 'react';
import { CsvImportDialog } from './components/csv-import-dialog.js';
import { CsvImportCubit } from './csv-import-cubit.js';

const ShownDialog = memo(CsvImportDialog);
const bulkInsertOf = (state: UserListState): BulkInsertJob | null => state.bulkInsert;

/**
 * The import dialog with its own subscriptions (the cubit's steps, the bloc's bulk insert job), so a progress
 * step re-renders the dialog, not the user list behind it. Both are shown through `useDeferredValue`: the
 * dialog renders after the update that changed them, in slices React can pause, so a 10 000-row preview or a
 * job's first state is not rendered inside the same task as the work that produced it.
 */
export function CsvImportConnected() {
  const bloc = useBloc(UserListBloc);
  const importer = useBloc(CsvImportCubit);
  const state = useDeferredValue(useBlocState(CsvImportCubit));
  const job = useDeferredValue(useBlocState(UserListBloc, bulkInsertOf));
  // Stable, so the memoised dialog renders only when its state or job changes. They read the current states.
  const handlers = useMemo(
    () => ({
      onFile: (file: File) => void importer.fileChosen(file),
      onStart: () => {
        const rows = importer.state.preview?.rows ?? [];
        importer.jobStarted();
        void bloc.add({ type: 'userList/bulkInsertStarted', rows: rows.map((row) => row.input) });
      },
      onCancel: () => void bloc.add({ type: 'userList/bulkInsertCancelled' }),
      onRetry: () => void bloc.add({ type: 'userList/bulkInsertRetried' }),
      onClose: () => {
        importer.closedDialog();
        if (bloc.state.bulkInsert) void bloc.add({ type: 'userList/reloadRequested' });
      },
    }),
    [bloc, importer],
  );
  return <ShownDialog state={state} job={job} {...handlers} />;
}
