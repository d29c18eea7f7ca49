import { foldSearchText } from '../contract/search-text.js';

/**
 * Folds a string for comparison as the mock's searches do: case- and accent-insensitive, Nordic letters spelled
 * out (the contract's folding, contract/search-text.ts, which the blocs' local filters use too).
 *
 * @example
 * foldText('Haugaland Sør og Vest'); // 'haugaland sor og vest'
 */
export function foldText(value: string): string {
  return foldSearchText(value);
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
