import { type BulkInsertJob, type BulkInsertRow, selectBulkInsertProgress } from 'admin-bloc';
import { Building2, Download } from 'lucide-react';
import { useMemo } from 'react';
import { Dialog } from '../../../components/ui/dialog.js';
import { useFieldMessage } from '../../../components/ui/field-message.js';
import { FixedRowList } from '../../../components/ui/fixed-row-list.js';
import { useFailureMessage } from '../../../components/ui/states.js';
import { useI18n } from '../../../i18n/i18n.js';
import { type CsvPreviewRow, UNCLOSED_QUOTE } from '../csv.js';
import type { CsvImportState } from '../csv-import-cubit.js';

export interface CsvImportDialogProps {
  state: CsvImportState;
  job: BulkInsertJob | null;
  onFile: (file: File) => void;
  onStart: () => void;
  onCancel: () => void;
  onRetry: () => void;
  onClose: () => void;
  /** The organisation the imported people will join. */
  targetOrg?: string | null;
}

/** The template a coordinator can fill in: the three columns the import reads, with one example row. */
const TEMPLATE = 'full_name,email,role\nKari Nordmann,kari.nordmann@example.no,mentor\n';
const TEMPLATE_HREF = `data:text/csv;charset=utf-8,${encodeURIComponent(TEMPLATE)}`;

const ROW_HEIGHT = 30;
const VIEW_HEIGHT = 16 * 16;
const FAILED_ROW_HEIGHT = 22;
const FAILED_VIEW_HEIGHT = 10 * 16;

/** The preview, windowed, so a file of many thousand rows previews at the cost of a few. */
function PreviewRows({ rows, label }: { rows: readonly CsvPreviewRow[]; label: string }) {
  const { t } = useI18n();
  const localise = useRowErrors();
  return (
    <FixedRowList
      items={rows}
      rowHeight={ROW_HEIGHT}
      maxHeight={VIEW_HEIGHT}
      className="csv-preview"
      regionLabel={label}
      renderRow={(row, index, style) => (
        <li
          key={index}
          className={row.errors.length > 0 ? 'csv-row csv-row-bad' : 'csv-row'}
          style={{ ...style, right: 0 }}
        >
          <span className="csv-line">{t('import.line', { line: row.line })}</span>
          <span>{row.input.full_name || '—'}</span>
          <span>{row.input.email || '—'}</span>
          <span>{row.input.role || '—'}</span>
          <span className="csv-errors">{row.errors.length > 0 ? localise(row.errors) : t('import.ok')}</span>
        </li>
      )}
    />
  );
}

/**
 * The rows a job could not import, windowed like the preview: when every chunk fails the summary lists 10 000
 * rows, and rendering them all at once held the page for over a second. A row is one line; a message wider than
 * the dialog scrolls sideways rather than being cut.
 */
function FailedRows({
  rows,
  label,
  text,
}: {
  rows: readonly BulkInsertRow[];
  label: string;
  text: (row: BulkInsertRow) => string;
}) {
  return (
    <FixedRowList
      items={rows}
      rowHeight={FAILED_ROW_HEIGHT}
      maxHeight={FAILED_VIEW_HEIGHT}
      className="failed-rows"
      listLabel={label}
      renderRow={(row, index, style) => (
        <li key={row.index} aria-setsize={rows.length} aria-posinset={index + 1} style={style}>
          {text(row)}
        </li>
      )}
    />
  );
}

/** `email: Invalid email address; role: …` in the coordinator's language, one message per field. */
function useRowErrors(): (errors: readonly string[]) => string {
  const { t } = useI18n();
  const fieldMessage = useFieldMessage();
  return (errors) =>
    errors
      .map((error) => {
        if (error === UNCLOSED_QUOTE) return t('import.unclosedQuoteRow');
        if (/earlier in this (file|list)/i.test(error)) return t('import.duplicate');
        const at = error.indexOf(': ');
        // A server message without a field ("Email already exists") still gets its localised "taken" text.
        return at < 0 ? fieldMessage('', error) : fieldMessage(error.slice(0, at), error.slice(at + 2));
      })
      .join(' ');
}

/** Choose a CSV file → preview with per-row errors → chunked import with progress and cancel → summary → retry. */
export function CsvImportDialog({
  state,
  job,
  onFile,
  onStart,
  onCancel,
  onRetry,
  onClose,
  targetOrg = null,
}: CsvImportDialogProps) {
  const { t, formatNumber } = useI18n();
  const localise = useRowErrors();
  const failureMessage = useFailureMessage();
  const preview = state.preview;
  const valid = useMemo(() => (preview ? preview.rows.filter((row) => row.errors.length === 0).length : 0), [preview]);
  const progress = selectBulkInsertProgress(job);
  const running = job?.status === 'running';
  // Read from the rows once the job has ended, not on each of its progress steps.
  const ended = job !== null && !running;
  const failed = ended
    ? job.rows.filter((row) => row.state === 'invalid' || row.state === 'error' || row.state === 'interrupted')
    : [];
  const retryable = ended && job.rows.some((row) => ['error', 'interrupted', 'pending'].includes(row.state));
  return (
    <Dialog title={t('import.title')} onClose={running ? onCancel : onClose} wide>
      {targetOrg ? (
        <p className="import-target" data-testid="import-target">
          <Building2 className="icon" aria-hidden="true" /> {t('import.target', { org: targetOrg })}
        </p>
      ) : null}
      {state.step === 'choose' || state.step === 'reading' ? (
        <div className="dialog-body">
          <p>{t('import.help')}</p>
          <p>
            <a href={TEMPLATE_HREF} download={t('import.templateFile')}>
              <Download className="icon" aria-hidden="true" /> {t('import.template')}
            </a>
          </p>
          <label className="field">
            <span>{t('import.file')}</span>
            <input
              type="file"
              accept=".csv,text/csv"
              onChange={(event) => {
                const file = event.target.files?.[0];
                if (file) onFile(file);
              }}
            />
          </label>
          {state.step === 'reading' ? <p role="status">{t('state.loading')}</p> : null}
        </div>
      ) : null}
      {state.step === 'preview' && preview ? (
        <div className="dialog-body">
          {preview.fileError?.kind === 'binary' ? (
            <p role="alert" className="error-text">
              {t('import.notText', { file: state.fileName ?? '' })}
            </p>
          ) : preview.fileError ? (
            <p role="alert" className="error-text">
              {t('import.fileError', {
                missing: preview.fileError.missing.join(', '),
                found: preview.fileError.found.join(', ') || t('import.noColumns'),
              })}
            </p>
          ) : (
            <>
              {preview.unclosedQuoteLine !== null ? (
                <p role="alert" className="notice notice-warning" data-testid="import-unclosed-quote">
                  {t('import.unclosedQuote', { line: preview.unclosedQuoteLine })}
                </p>
              ) : null}
              <p role="status" data-testid="import-preview-summary">
                {t('import.previewSummary', {
                  file: state.fileName ?? '',
                  rows: formatNumber(preview.rows.length),
                  valid: formatNumber(valid),
                  invalid: formatNumber(preview.rows.length - valid),
                })}
              </p>
              <PreviewRows rows={preview.rows} label={t('import.previewLabel')} />
            </>
          )}
        </div>
      ) : null}
      {state.step === 'job' && job ? (
        <div className="dialog-body">
          <label className="field">
            <span>
              {t('import.progress', { done: formatNumber(progress.done), total: formatNumber(progress.total) })}
            </span>
            <progress max={Math.max(1, progress.total)} value={progress.done} />
          </label>
          {job.status !== 'running' ? (
            <div role="status" data-testid="import-summary">
              <p>
                {t(job.status === 'cancelled' ? 'import.cancelled' : 'import.done')}{' '}
                {t('import.summary', {
                  inserted: formatNumber(job.added),
                  skipped: formatNumber(job.skipped),
                  errors: formatNumber(progress.error + progress.invalid),
                })}
              </p>
              {failed.length > 0 ? (
                <FailedRows
                  rows={failed}
                  label={t('import.failedRows')}
                  text={(row) =>
                    `${t('import.line', { line: preview?.rows[row.index]?.line ?? row.index + 2 })}: ${
                      row.failure
                        ? failureMessage(row.failure)
                        : row.message
                          ? localise(row.message.split('; '))
                          : t(`import.state.${row.state}`)
                    }`
                  }
                />
              ) : null}
              {job.failure ? <p className="error-text">{failureMessage(job.failure)}</p> : null}
            </div>
          ) : null}
        </div>
      ) : null}
      <div className="dialog-actions">
        {state.step === 'preview' && preview && !preview.fileError ? (
          <button type="button" onClick={onStart} disabled={valid === 0}>
            {t('import.start', { count: formatNumber(valid) })}
          </button>
        ) : null}
        {running ? (
          <button type="button" className="danger" onClick={onCancel}>
            {t('import.cancel')}
          </button>
        ) : null}
        {state.step === 'job' && !running && retryable ? (
          <button type="button" onClick={onRetry}>
            {t('import.retry')}
          </button>
        ) : null}
        <button type="button" className="secondary" onClick={onClose} disabled={running}>
          {t('dialog.close')}
        </button>
      </div>
    </Dialog>
  );
}
