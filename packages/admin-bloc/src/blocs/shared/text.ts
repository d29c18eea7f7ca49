import { foldSearchText } from '../../contract/search-text.js';

// The folding is the contract's (contract/search-text.ts), so a bloc's local filter and the server's search agree.
export { foldSearchText };

/**
 * Whether `text` contains `query` after folding both; an empty query matches everything.
 *
 * @example
 * matchesSearchText('Rogaland Nord', 'rogal'); // true
 */
export function matchesSearchText(text: string, query: string): boolean {
  const needle = foldSearchText(query);
  return needle === '' || foldSearchText(text).includes(needle);
}
