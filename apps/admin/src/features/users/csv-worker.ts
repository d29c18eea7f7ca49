import { type CsvWorkerMessage, csvWorkerMessages } from './csv-worker-messages.js';

/**
 * Reads an import file off the page's main thread: decoding, the CSV parser's pass over the whole file and the
 * validation of every row happen here, so a 10 000-row file never holds the page. Receives the file, reads its
 * bytes and answers with `csvWorkerMessages`.
 */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<Blob>) => void) | null;
  postMessage(message: CsvWorkerMessage): void;
};

// Set after the imports ran: Papa Parse, finding itself in a worker, installs a message handler of its own.
scope.onmessage = async (event) => {
  for (const message of csvWorkerMessages(await event.data.arrayBuffer())) scope.postMessage(message);
};
