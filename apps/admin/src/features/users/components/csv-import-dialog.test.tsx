import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type BulkInsertJob, failureOf } from 'admin-bloc';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseUsersCsv } from '../csv.js';
import { CsvImportDialog } from './csv-import-dialog.js';
import { isolated } from '../../../test-support/isolated.js';

// No vitest globals here, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

const handlers = () => ({
  onFile: vi.fn(),
  onStart: vi.fn(),
  onCancel: vi.fn(),
  onRetry: vi.fn(),
  onClose: vi.fn(),
});
const state = { open: true, step: 'job' as const, fileName: 'users.csv', preview: null };

describe('CsvImportDialog', () => {
  // jsdom has no <dialog> modal support: give it the two methods the component calls.
  HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) {
    this.open = false;
  };

  it('while running: progress, and cancel reports to the page', async () => {
    const on = handlers();
    const job: BulkInsertJob = {
      status: 'running',
      orgIds: ['org_kNr8aQ'],
      failure: null,
      added: 0,
      skipped: 0,
      rows: [
        { index: 0, input: {}, state: 'inserted' },
        { index: 1, input: {}, state: 'sending' },
      ],
    };
    render(<CsvImportDialog state={state} job={job} {...on} />);
    expect((screen.getByRole('progressbar') as HTMLProgressElement).value).toBe(1);
    expect(screen.getByText('Importert 1 av 2')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Avbryt importen' }));
    expect(on.onCancel).toHaveBeenCalled();
    expect(screen.queryByRole('button', { name: 'Prøv feilede rader på nytt' })).toBeNull();
  });

  it('the summary lists each failed row by file line in the coordinator’s language, and offers a retry', async () => {
    const on = handlers();
    const job: BulkInsertJob = {
      status: 'done',
      orgIds: ['org_kNr8aQ'],
      failure: null,
      rows: [
        { index: 0, input: {}, state: 'inserted' },
        { index: 1, input: {}, state: 'invalid', message: 'email: Invalid email address' },
        { index: 2, input: {}, state: 'error', message: 'Email already exists' },
        { index: 3, input: {}, state: 'skipped' },
      ],
      added: 1,
      skipped: 1,
    };
    render(<CsvImportDialog state={state} job={job} {...on} />);
    expect(screen.getByTestId('import-summary').textContent).toContain('1 lagt til, 1 hoppet over, 2 med feil.');
    const failed = within(screen.getByRole('list', { name: 'Rader som ikke ble importert' }))
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(failed).toEqual(['Linje 3: Skriv en gyldig e-postadresse.', 'Linje 4: Dette er allerede i bruk.']);
    await userEvent.click(screen.getByRole('button', { name: 'Prøv feilede rader på nytt' }));
    expect(on.onRetry).toHaveBeenCalled();
  });

  it('a 10 000-row preview renders only the rows in view, and the rows further down once scrolled to', () => {
    const lines = ['full_name,email,role'];
    for (let i = 1; i <= 10_000; i++) lines.push(`Person ${i},person${i}@example.no,mentee`);
    const preview = parseUsersCsv(lines.join('\n'));
    render(<CsvImportDialog state={{ ...state, step: 'preview', preview }} job={null} {...handlers()} />);
    const region = screen.getByRole('region', { name: 'Forhåndsvisning av radene' });
    const shownLines = () =>
      within(region)
        .getAllByRole('listitem')
        .map((item) => item.firstChild?.textContent);
    expect(shownLines()[0]).toBe('Linje 2');
    expect(shownLines().length).toBeLessThan(30);
    // Row 5 000 (file line 5 001) at the top of the view.
    region.scrollTop = 4_999 * 30;
    fireEvent.scroll(region);
    expect(shownLines()).toContain('Linje 5001');
    expect(shownLines()).not.toContain('Linje 2');
    expect(shownLines().length).toBeLessThan(30);
  });

  it('a job whose 10 000 rows all failed lists them windowed: the first in view, the last once scrolled to', () => {
    const job: BulkInsertJob = {
      status: 'done',
      orgIds: ['org_kNr8aQ'],
      failure: null,
      added: 0,
      skipped: 0,
      rows: Array.from({ length: 10_000 }, (_, index) => ({ index, input: {}, state: 'error' as const })),
    };
    render(<CsvImportDialog state={state} job={job} {...handlers()} />);
    // The number is grouped with a no-break space, as the locale writes it.
    expect(screen.getByTestId('import-summary').textContent?.replace(/\s/g, ' ')).toContain('10 000 med feil.');
    const list = screen.getByRole('list', { name: 'Rader som ikke ble importert' });
    const shown = () => within(list).getAllByRole('listitem');
    expect(shown()[0]?.textContent?.startsWith('Linje 2: ')).toBe(true);
    expect(shown()[0]?.getAttribute('aria-setsize')).toBe('10000');
    expect(shown().length).toBeLessThan(30);
    const scroller = list.parentElement as HTMLElement;
    scroller.scrollTop = 10_000 * 22;
    fireEvent.scroll(scroller);
    expect(shown().at(-1)?.textContent?.startsWith('Linje 10001: ')).toBe(true);
    expect(shown().length).toBeLessThan(30);
  });

  it('a file with a wrong header says which column is missing and what it has, and offers no import', () => {
    const on = handlers();
    const preview = parseUsersCsv('full_name,e-mail,role\nKari Olsen,kari@example.no,mentor');
    render(<CsvImportDialog state={{ ...state, step: 'preview', preview }} job={null} {...on} />);
    expect(screen.getByRole('alert').textContent).toBe(
      `Filen kan ikke importeres, ingenting er lagt til. Kolonner som mangler: ${isolated('email')}. Første linje i filen har: ${isolated('full_name, e-mail, role')}.`,
    );
    expect(screen.queryByRole('button', { name: /^Importer/ })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Forhåndsvisning av radene' })).toBeNull();
  });

  it('the summary says what the server added and skipped, not how many rows were sent', () => {
    // One chunk of 4 rows; the server answered { inserted: 3, skipped: 1 } without saying which row it skipped.
    const job: BulkInsertJob = {
      status: 'done',
      orgIds: ['org_kNr8aQ'],
      failure: null,
      rows: Array.from({ length: 4 }, (_, index) => ({ index, input: {}, state: 'insertedOrSkipped' as const })),
      added: 3,
      skipped: 1,
    };
    render(<CsvImportDialog state={state} job={job} {...handlers()} />);
    expect(screen.getByTestId('import-summary').textContent).toContain('3 lagt til, 1 hoppet over, 0 med feil.');
  });

  it('a row whose request failed says why in the coordinator’s language, from the failure’s code', () => {
    const failure = failureOf('INTERNAL_ERROR');
    const job: BulkInsertJob = {
      status: 'done',
      orgIds: ['org_kNr8aQ'],
      failure,
      rows: [{ index: 0, input: {}, state: 'error', message: failure.message, failure }],
      added: 0,
      skipped: 0,
    };
    render(<CsvImportDialog state={state} job={job} {...handlers()} />);
    const failed = within(screen.getByRole('list', { name: 'Rader som ikke ble importert' })).getByRole('listitem');
    expect(failed.textContent).toBe('Linje 2: Serveren fikk et problem. Prøv igjen om litt.');
  });

  it('a file that is no text says so, without showing its bytes, and offers no import', () => {
    const bytes = 'PK\u0003\u0004\u0014\u0000\u0006\u0000\b\u0000\u0000\u0000!\u0000bîh¶`\u0001\u0000\u0000';
    const preview = parseUsersCsv(bytes);
    render(
      <CsvImportDialog
        state={{ ...state, step: 'preview', fileName: 'brukere.xlsx', preview }}
        job={null}
        {...handlers()}
      />,
    );
    const alert = screen.getByRole('alert').textContent ?? '';
    expect(alert).toBe(
      `${isolated('brukere.xlsx')} er ikke en tekstfil (CSV), ingenting er lagt til. Lagre regnearket som «CSV UTF-8» og velg den filen.`,
    );
    expect(alert).not.toContain('PK');
    expect(screen.queryByRole('button', { name: /^Importer/ })).toBeNull();
  });

  it('a quote that never closes is named by its line, and that row is not imported', () => {
    const preview = parseUsersCsv(
      'full_name,email,role\nKari,kari@example.no,mentor\n"Per Hansen,per@example.no,mentee\nOla,ola@example.no,mentor\nEva,eva@example.no,mentee',
    );
    render(<CsvImportDialog state={{ ...state, step: 'preview', preview }} job={null} {...handlers()} />);
    expect(screen.getByTestId('import-unclosed-quote').textContent).toBe(
      'Linje 3 har et anførselstegn som ikke lukkes, så resten av filen ble lest som ett felt. Rett linjen og velg filen på nytt.',
    );
    expect(screen.getByText('Anførselstegnet på denne linjen lukkes ikke.', { exact: false })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Importer 1 gyldige rader' })).toBeTruthy();
  });

  it('failed rows are named by the line they start on in the file, even after a field with a line break', () => {
    const preview = parseUsersCsv(
      'full_name,email,role\n"Per\nHansen",per@example.no,mentee\nOla,ola@example.no,mentor',
    );
    const job: BulkInsertJob = {
      status: 'done',
      orgIds: ['org_kNr8aQ'],
      failure: null,
      added: 0,
      skipped: 0,
      rows: [
        { index: 0, input: {}, state: 'inserted' },
        { index: 1, input: {}, state: 'error', message: 'Email already exists' },
      ],
    };
    render(<CsvImportDialog state={{ ...state, preview }} job={job} {...handlers()} />);
    const failed = within(screen.getByRole('list', { name: 'Rader som ikke ble importert' })).getByRole('listitem');
    expect(failed.textContent).toBe('Linje 4: Dette er allerede i bruk.');
  });
});
