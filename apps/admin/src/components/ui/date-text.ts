/**
 * Calendar dates as a coordinator types and reads them, in the app's language rather than the browser's: the
 * order and separator come from `Intl` for the app's locale (`31.01.2026` in nb-NO, `31/01/2026` in en-GB), and
 * the value kept in the URL and the blocs stays ISO (`2026-01-31`).
 */

type Part = 'day' | 'month' | 'year';

/** The order of day, month and year in a locale's numeric date, and the separator it writes between them. */
export interface DateLayout {
  readonly order: readonly Part[];
  readonly separator: string;
}

/**
 * How `tag` writes a numeric date.
 *
 * @example
 * dateLayout('nb-NO'); // { order: ['day', 'month', 'year'], separator: '.' }
 */
export function dateLayout(tag: string): DateLayout {
  const parts = new Intl.DateTimeFormat(tag, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  }).formatToParts(new Date(Date.UTC(2026, 0, 31)));
  const order = parts.flatMap((part) =>
    part.type === 'day' || part.type === 'month' || part.type === 'year' ? [part.type] : [],
  );
  const separator = parts.find((part) => part.type === 'literal')?.value.trim() || '.';
  return { order: order.length === 3 ? order : ['day', 'month', 'year'], separator };
}

/** Whether `year-month-day` is a day of the calendar (no 30 February). */
function exists(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const pad = (value: number, length: number) => String(value).padStart(length, '0');

/**
 * An ISO date (`2026-01-31`) as the locale writes it, or `''` for none (an ISO value that is not a date is shown
 * as it is, so nothing silently disappears).
 *
 * @example
 * formatDateText('2026-01-31', dateLayout('nb-NO')); // '31.01.2026'
 */
export function formatDateText(iso: string | null, layout: DateLayout): string {
  if (iso === null || iso === '') return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const values: Record<Part, string> = { year: match[1] ?? '', month: match[2] ?? '', day: match[3] ?? '' };
  return layout.order.map((part) => values[part]).join(layout.separator);
}

/**
 * What a typed date means: `{ iso }` for a day of the calendar, `'empty'` for nothing typed, `'invalid'` for
 * anything else. Day and month may have one digit, and any of `.` `/` `-` `,` or a space separates them (a phone's
 * number pad may offer only `,`); the year has four digits. An ISO date (`2026-01-31`, pasted from a link) is
 * read too.
 *
 * @example
 * parseDateText('1.2.2026', dateLayout('nb-NO')); // { iso: '2026-02-01' }
 * parseDateText('31/02/2026', dateLayout('en-GB')); // 'invalid'
 */
export function parseDateText(text: string, layout: DateLayout): { iso: string } | 'empty' | 'invalid' {
  const trimmed = text.trim();
  if (trimmed === '') return 'empty';
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const pieces = iso ? [iso[1], iso[2], iso[3]] : trimmed.split(/\s*[./\-,\s]\s*/);
  if (pieces.length !== 3 || !pieces.every((piece) => piece !== undefined && /^\d+$/.test(piece))) return 'invalid';
  const order: readonly Part[] = iso ? ['year', 'month', 'day'] : layout.order;
  const values = { day: 0, month: 0, year: 0 };
  for (const [index, part] of order.entries()) {
    const piece = pieces[index] ?? '';
    if (part === 'year' ? piece.length !== 4 : piece.length > 2) return 'invalid';
    values[part] = Number(piece);
  }
  if (!exists(values.year, values.month, values.day)) return 'invalid';
  return { iso: `${pad(values.year, 4)}-${pad(values.month, 2)}-${pad(values.day, 2)}` };
}
