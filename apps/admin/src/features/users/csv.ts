import { type DataUser, NewDataUser, readableIssues } from 'admin-bloc';
import Papa from 'papaparse';

/** One data row of an imported file, as the preview shows it. `line` is the file's own line number. */
export interface CsvPreviewRow {
  readonly line: number;
  readonly input: { full_name: string; email: string; role: string };
  readonly errors: readonly string[];
}

/**
 * Why a whole file cannot be imported: the needed columns it lacks and the header it has instead, or it is no
 * text at all (an image, a spreadsheet's own format), whose bytes are not worth showing.
 */
export type CsvFileError =
  | { readonly kind: 'columns'; readonly missing: readonly string[]; readonly found: readonly string[] }
  | { readonly kind: 'binary' };

export interface CsvPreview {
  readonly rows: readonly CsvPreviewRow[];
  /** The file cannot be imported at all (missing columns, no header, not CSV): nothing of it is imported. */
  readonly fileError: CsvFileError | null;
  /**
   * The line of a quote that never closes: the parser read everything after it into that one field, so the rows
   * below it are missing from the preview. `null` when every quote closes.
   */
  readonly unclosedQuoteLine: number | null;
}

/** The row error of a row whose quote never closes (localised by the dialog). */
export const UNCLOSED_QUOTE = 'row: unclosed quote';

/** A found column name is shown cut to this length: a header is a few words, not a paragraph. */
const SHOWN_COLUMN_LENGTH = 40;

/**
 * Whether a file's text is no text: a NUL, or more than one in a hundred control characters (other than tab,
 * line breaks and form feed) in its first 4 096 characters. CSV exports never hold them; images, zip-based
 * spreadsheets and PDFs are full of them.
 *
 * @example
 * looksBinary('PK\u0003\u0004\u0014\u0000\u0006\u0000'); // true (an .xlsx)
 */
export function looksBinary(text: string): boolean {
  const head = text.slice(0, 4096);
  let controls = 0;
  for (let at = 0; at < head.length; at++) {
    const code = head.charCodeAt(at);
    if (code === 0) return true;
    // Tab, line feed, vertical tab, form feed and carriage return (9–13) are text.
    if ((code < 32 && (code < 9 || code > 13)) || code === 127) controls++;
  }
  return controls > head.length / 100;
}

const COLUMNS = ['full_name', 'email', 'role'] as const;

/**
 * The text of an imported file's bytes. Spreadsheet programs save CSV either as UTF-8 (often with a byte-order
 * mark) or, in Norwegian Excel, as Windows-1252; a file that is not valid UTF-8 is read as Windows-1252, so
 * "Sør" stays "Sør" instead of becoming "S\uFFFDr". A UTF-8 byte-order mark is dropped either way.
 *
 * @example
 * decodeCsvBytes(new Uint8Array([0x53, 0xf8, 0x72])); // 'Sør' (Windows-1252)
 */
export function decodeCsvBytes(bytes: Uint8Array | ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes).replace(/^\u00EF\u00BB\u00BF/, '');
  }
}

/**
 * Parses an import file (header row `full_name,email,role`, any column order, extra columns ignored) and validates
 * each row with the contract's own `NewDataUser` schema, so the preview flags exactly what the server would refuse.
 * A repeated e-mail is flagged on its second appearance.
 *
 * @example
 * parseUsersCsv('full_name,email,role\nKari Olsen,kari@example.no,mentor').rows[0].errors; // []
 */
export function parseUsersCsv(text: string): CsvPreview {
  const steps = usersCsvSteps(text);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Rows validated between two pauses: a few milliseconds of work, well under a 50 ms long task. */
const ROWS_PER_SLICE = 500;

/**
 * `parseUsersCsv` in slices of rows with a pause between them, so a 10 000-row file does not hold the page (the
 * validation alone takes hundreds of milliseconds on a slow machine): clicks and paints get their turn.
 *
 * @example
 * const preview = await parseUsersCsvInSlices(text, () => new Promise((resolve) => setTimeout(resolve, 0)));
 */
export async function parseUsersCsvInSlices(text: string, pause: () => Promise<void>): Promise<CsvPreview> {
  const steps = usersCsvSteps(text);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}

/** The parse as a generator that yields after each slice of rows, for the sync and the sliced callers alike. */
function* usersCsvSteps(text: string): Generator<void, CsvPreview> {
  const records: { record: Record<string, string>; line: number; unclosed: boolean }[] = [];
  const source = text.replace(/^\uFEFF/, '');
  if (looksBinary(source)) return { rows: [], fileError: { kind: 'binary' }, unclosedQuoteLine: null };
  // Rows are numbered by the line they start on, counted as the parser moves: a quoted field may hold line
  // breaks, and blank lines are skipped, so a row's index is not its line.
  let counted = 0;
  let breaks = 0;
  const result = Papa.parse<Record<string, string>>(source, {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (header) => header.trim().toLowerCase(),
    step: (row) => {
      const linebreak = row.meta.linebreak || '\n';
      const cursor = row.meta.cursor;
      breaks += countOf(source.slice(counted, cursor), linebreak);
      counted = cursor;
      const endLine = source.endsWith(linebreak, cursor) ? breaks : breaks + 1;
      const inside = Object.values(row.data).reduce((sum, value) => sum + countOf(String(value), linebreak), 0);
      const unclosed = row.errors.some((error) => error.code === 'MissingQuotes');
      records.push({ record: row.data, line: endLine - inside, unclosed });
    },
  }) as Papa.ParseResult<Record<string, string>> | undefined;
  const fields = (result?.meta.fields ?? []).filter((field) => field !== '');
  const missing = COLUMNS.filter((column) => !fields.includes(column));
  if (missing.length > 0) {
    const found = fields.map((field) =>
      field.length > SHOWN_COLUMN_LENGTH ? `${field.slice(0, SHOWN_COLUMN_LENGTH)}…` : field,
    );
    return { rows: [], fileError: { kind: 'columns', missing, found }, unclosedQuoteLine: null };
  }
  let unclosedQuoteLine: number | null = null;
  const seen = new Set<string>();
  yield;
  const rows: CsvPreviewRow[] = [];
  for (const { record, line, unclosed } of records) {
    if (rows.length > 0 && rows.length % ROWS_PER_SLICE === 0) yield;
    const input = {
      full_name: (record.full_name ?? '').trim(),
      email: (record.email ?? '').trim(),
      role: (record.role ?? '').trim().toLowerCase(),
    };
    const result = NewDataUser.safeParse(input, readableIssues);
    const errors = result.success
      ? []
      : result.error.issues.map((issue) => `${issue.path.join('.') || 'row'}: ${issue.message}`);
    const email = input.email.toLowerCase();
    if (email !== '' && seen.has(email)) errors.push('email: appears earlier in this file');
    seen.add(email);
    // Its last field holds the rest of the file: never imported, and named so the coordinator can fix the quote.
    if (unclosed) {
      errors.unshift(UNCLOSED_QUOTE);
      unclosedQuoteLine ??= line;
    }
    rows.push({ line, input, errors });
  }
  return { rows, fileError: null, unclosedQuoteLine };
}

function countOf(text: string, needle: string): number {
  let count = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) count++;
  return count;
}

/**
 * A cell that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, carriage return first) gets a
 * leading apostrophe, so an exported name like `=HYPERLINK(...)` stays text (CSV injection).
 *
 * @example
 * neutraliseCell('=1+1'); // "'=1+1"
 */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * The users as CSV (header row first), every cell neutralised and quoted where needed.
 *
 * @example
 * usersToCsv([{ user_id: 'usr_1', org_id: 'org_1', full_name: 'Kari', role: 'mentor', status: 'active' }]);
 */
export function usersToCsv(users: readonly DataUser[]): string {
  const header = ['user_id', 'full_name', 'role', 'status', 'org_id'] as const;
  return Papa.unparse(
    {
      fields: [...header],
      data: users.map((user) => header.map((field) => neutraliseCell(String(user[field])))),
    },
    { quotes: true, newline: '\r\n' },
  );
}
