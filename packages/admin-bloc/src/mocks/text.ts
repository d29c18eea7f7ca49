/**
 * Search text folding: case- and accent-insensitive, so a coordinator typing "sor" on an English
 * keyboard finds "Sør" and "haugen" finds "Haugen". NFD strips combining marks (å → a, é → e);
 * letters with no decomposition (ø, æ, ß, đ, ł) are mapped explicitly.
 */
const SPECIAL: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ð: 'd', ł: 'l', þ: 'th' };

/**
 * Folds a string for comparison.
 *
 * @example
 * foldText('Haugaland Sør og Vest'); // 'haugaland sor og vest'
 */
export function foldText(value: string): string {
  return value
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[øæœßđðłþ]/g, (letter) => SPECIAL[letter] ?? letter)
    .trim();
}

/**
 * Whether any of the fields contains the query, after folding both; an empty query matches everything.
 *
 * @example
 * matchesSearch('sor', ['Haugaland Sør og Vest']); // true
 */
export function matchesSearch(query: string | undefined, fields: ReadonlyArray<string | null | undefined>): boolean {
  if (query === undefined) return true;
  const needle = foldText(query);
  if (needle === '') return true;
  return fields.some((field) => field != null && foldText(field).includes(needle));
}
