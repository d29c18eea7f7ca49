import { type CsvPreview, type CsvPreviewRow, decodeCsvBytes, parseUsersCsvInSlices } from './csv.js';
import type { CsvWorkerMessage } from './csv-worker-messages.js';

/** The part of a `Worker` the reader uses. */
export interface CsvWorker {
  onmessage: ((event: MessageEvent<CsvWorkerMessage>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(bytes: ArrayBuffer): void;
  terminate(): void;
}

/** The app's CSV worker (`csv-worker.ts`), or none where the browser has no workers (jsdom). */
function startCsvWorker(): CsvWorker | null {
  if (typeof Worker !== 'function') return null;
  return new Worker(new URL('./csv-worker.ts', import.meta.url), { type: 'module', name: 'csv-import' });
}

/**
 * Reads an import file's bytes into its preview. In a browser the work runs in a worker (`csv-worker.ts`), so the
 * parser's pass over a large file is not a long task of the page; where there are no workers, or the worker
 * fails, it runs on the page in slices of rows with `pause` between them. `startWorker` is for tests.
 *
 * @example
 * const preview = await readUsersCsv(await file.arrayBuffer(), { pause: () => new Promise((r) => setTimeout(r)) });
 */
export function readUsersCsv(
  bytes: ArrayBuffer,
  options: { pause: () => Promise<void>; startWorker?: () => CsvWorker | null },
): Promise<CsvPreview> {
  const onPage = () => parseUsersCsvInSlices(decodeCsvBytes(bytes), options.pause);
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
      resolve({ rows: message.fileError ? [] : rows, fileError: message.fileError });
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      resolve(onPage());
    };
    // Copied, not transferred: the bytes stay here for reading on the page if the worker fails.
    worker.postMessage(bytes);
  });
}
