import { type CsvPreview, type CsvPreviewRow, decodeCsvBytes, parseUsersCsvInSlices } from './csv.js';
import type { CsvWorkerMessage } from './csv-worker-messages.js';

/** The part of a `Worker` the reader uses. */
export interface CsvWorker {
  onmessage: ((event: MessageEvent<CsvWorkerMessage>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(file: Blob): void;
  terminate(): void;
}

/** The app's CSV worker (`csv-worker.ts`), or none where the browser has no workers (jsdom). */
function startCsvWorker(): CsvWorker | null {
  if (typeof Worker !== 'function') return null;
  return new Worker(new URL('./csv-worker.ts', import.meta.url), { type: 'module', name: 'csv-import' });
}

/**
 * Reads an import file into its preview. In a browser the work runs in a worker (`csv-worker.ts`): the worker is
 * handed the file itself (a handle, not a copy of its bytes) and reads, decodes, parses and validates it, so a
 * large file is not a long task of the page. Where there are no workers, or the worker fails, it runs on the page
 * in slices of rows with `pause` between them. `startWorker` is for tests.
 *
 * @example
 * const preview = await readUsersCsv(file, { pause: () => new Promise((resolve) => setTimeout(resolve)) });
 */
export function readUsersCsv(
  file: Blob,
  options: { pause: () => Promise<void>; startWorker?: () => CsvWorker | null },
): Promise<CsvPreview> {
  // Bytes, not `file.text()`: that assumes UTF-8 and would garble a Windows-1252 export.
  const onPage = async () => parseUsersCsvInSlices(decodeCsvBytes(await file.arrayBuffer()), options.pause);
  const worker = (options.startWorker ?? startCsvWorker)();
  if (worker === null) return onPage();
  return new Promise((resolve) => {
    const rows: CsvPreviewRow[] = [];
    worker.onmessage = (event) => {
      const message = event.data;
      if (message.kind === 'rows') {
        for (const row of message.rows) rows.push(row);
        return;
      }
      worker.terminate();
      resolve({
        rows: message.fileError ? [] : rows,
        fileError: message.fileError,
        unclosedQuoteLine: message.unclosedQuoteLine,
      });
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      resolve(onPage());
    };
    worker.postMessage(file);
  });
}
