import { type CsvFileError, type CsvPreviewRow, decodeCsvBytes, parseUsersCsv } from './csv.js';

/** What the CSV worker answers: the validated rows in slices, then the end with the file's error, if any. */
export type CsvWorkerMessage =
  | { readonly kind: 'rows'; readonly rows: readonly CsvPreviewRow[] }
  | { readonly kind: 'done'; readonly fileError: CsvFileError | null; readonly unclosedQuoteLine: number | null };

/** Rows per message back to the page: each message is a task of its own there, so none holds the page long. */
const ROWS_PER_MESSAGE = 1000;

/**
 * The CSV worker's answer to a file's bytes: decoded, parsed and validated as `parseUsersCsv` does, the rows in
 * slices of 1 000, then `done`.
 *
 * @example
 * for (const message of csvWorkerMessages(bytes)) postMessage(message);
 */
export function csvWorkerMessages(bytes: ArrayBuffer): CsvWorkerMessage[] {
  const preview = parseUsersCsv(decodeCsvBytes(bytes));
  const messages: CsvWorkerMessage[] = [];
  for (let at = 0; at < preview.rows.length; at += ROWS_PER_MESSAGE)
    messages.push({ kind: 'rows', rows: preview.rows.slice(at, at + ROWS_PER_MESSAGE) });
  messages.push({ kind: 'done', fileError: preview.fileError, unclosedQuoteLine: preview.unclosedQuoteLine });
  return messages;
}
