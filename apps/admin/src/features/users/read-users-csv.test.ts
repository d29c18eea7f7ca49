import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, parseUsersCsv } from './csv.js';
import { type CsvWorkerMessage, csvWorkerMessages } from './csv-worker-messages.js';
import { type CsvWorker, readUsersCsv } from './read-users-csv.js';

const fileOf = (text: string | Uint8Array) => new Blob([text as BlobPart], { type: 'text/csv' });
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function largeFile(rows: number): string {
  const lines = ['full_name,email,role'];
  for (let i = 1; i <= rows; i++) lines.push(`Person ${i},person${i}@example.no,${i % 1000 === 0 ? 'x' : 'mentee'}`);
  return lines.join('\n');
}

/** A worker that answers as the app's CSV worker does, one message per task; or fails to start. */
function fakeWorker(options: { fails?: boolean } = {}) {
  const seen = { messages: [] as CsvWorkerMessage[], terminated: false };
  const worker: CsvWorker = {
    onmessage: null,
    onerror: null,
    postMessage(file) {
      void (async () => {
        const bytes = await file.arrayBuffer();
        if (options.fails) {
          worker.onerror?.(new ErrorEvent('error', { message: 'worker script failed to load', cancelable: true }));
          return;
        }
        for (const message of csvWorkerMessages(bytes)) {
          if (seen.terminated) return;
          seen.messages.push(message);
          worker.onmessage?.(new MessageEvent('message', { data: message }));
          await nextTask();
        }
      })();
    },
    terminate() {
      seen.terminated = true;
    },
  };
  return { worker, seen };
}

describe('readUsersCsv', () => {
  const pause = async () => undefined;

  it('with a worker: the same preview as parsing on the page, its rows arriving in slices of 1 000', async () => {
    const text = largeFile(2_500);
    const { worker, seen } = fakeWorker();
    const preview = await readUsersCsv(fileOf(text), { pause, startWorker: () => worker });
    expect(preview).toEqual(parseUsersCsv(text));
    expect(preview.rows.filter((row) => row.errors.length > 0).map((row) => row.line)).toEqual([1001, 2001]);
    expect(seen.messages.map((message) => (message.kind === 'rows' ? message.rows.length : 'done'))).toEqual([
      1000,
      1000,
      500,
      'done',
    ]);
    expect(seen.terminated).toBe(true);
  });

  it('with a worker: a file without the needed columns is refused whole, naming what it has', async () => {
    const { worker } = fakeWorker();
    const preview = await readUsersCsv(fileOf('name;mail\nKari;kari@example.no'), {
      pause,
      startWorker: () => worker,
    });
    expect(preview).toEqual({
      rows: [],
      fileError: { kind: 'columns', missing: ['full_name', 'email', 'role'], found: ['name', 'mail'] },
      unclosedQuoteLine: null,
    });
  });

  it('a worker that fails to start: the file is read on the page instead, nothing lost', async () => {
    // Windows-1252 (Norwegian Excel): "Sør" as one byte per letter.
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('full_name,email,role\nKari S'),
      0xf8,
      ...new TextEncoder().encode('r,kari@example.no,mentor\n'),
    ]);
    const { worker, seen } = fakeWorker({ fails: true });
    const preview = await readUsersCsv(fileOf(bytes), { pause, startWorker: () => worker });
    expect(preview.rows.map((row) => row.input.full_name)).toEqual(['Kari Sør']);
    expect(preview).toEqual(parseUsersCsv(decodeCsvBytes(bytes)));
    expect(seen.terminated).toBe(true);
  });

  it('without workers (as in jsdom): read on the page in slices, giving the page its turn', async () => {
    const text = largeFile(2_000);
    let pauses = 0;
    const preview = await readUsersCsv(fileOf(text), {
      pause: async () => {
        pauses++;
      },
      startWorker: () => null,
    });
    expect(preview).toEqual(parseUsersCsv(text));
    expect(pauses).toBeGreaterThanOrEqual(4);
  });
});
