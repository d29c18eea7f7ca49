import { type DataUser, NewDataUser } from 'admin-bloc';
import Papa from 'papaparse';

/** One data row of an imported file, as the preview shows it. `line` is the file's own line number. */
export interface CsvPreviewRow {
  readonly line: number;
  readonly input: { full_name: string; email: string; role: string };
  readonly errors: readonly string[];
}

export interface CsvPreview {
  readonly rows: readonly CsvPreviewRow[];
  /** The file cannot be imported at all (missing columns, not CSV). */
  readonly fileError: string | null;
}

const COLUMNS = ['full_name', 'email', 'role'] as const;

/**
 * Parses an import file (header row `full_name,email,role`, any column order, extra columns ignored) and validates
 * each row with the contract's own `NewDataUser` schema, so the preview flags exactly what the server would refuse.
 * A repeated e-mail is flagged on its second appearance.
 *
 * @example
 * parseUsersCsv('full_name,email,role\nKari Olsen,kari@example.no,mentor').rows[0].errors; // []
 */
export function parseUsersCsv(text: string): CsvPreview {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (header) => header.trim().toLowerCase(),
  });
  const fields = parsed.meta.fields ?? [];
  const missing = COLUMNS.filter((column) => !fields.includes(column));
  if (missing.length > 0) return { rows: [], fileError: `missing columns: ${missing.join(', ')}` };
  const seen = new Set<string>();
  const rows = parsed.data.map((record, index) => {
    const input = {
      full_name: (record.full_name ?? '').trim(),
      email: (record.email ?? '').trim(),
      role: (record.role ?? '').trim().toLowerCase(),
    };
    const result = NewDataUser.safeParse(input);
    const errors = result.success
      ? []
      : result.error.issues.map((issue) => `${issue.path.join('.') || 'row'}: ${issue.message}`);
    const email = input.email.toLowerCase();
    if (email !== '' && seen.has(email)) errors.push('email: appears earlier in this file');
    seen.add(email);
    return { line: index + 2, input, errors };
  });
  return { rows, fileError: null };
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
