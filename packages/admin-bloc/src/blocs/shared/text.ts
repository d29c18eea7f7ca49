/** Letters NFD does not decompose, mapped by hand (ø, æ, …): "sor" must find "Sør". */
const SPECIAL: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ð: 'd', ł: 'l', þ: 'th' };

/**
 * Folds text for searching: lower case, accents and combining marks removed, Nordic letters spelled out,
 * so a coordinator on an English keyboard finds "Haugaland Sør" by typing "haugaland sor".
 *
 * @example
 * foldSearchText('Haugaland Sør og Vest'); // 'haugaland sor og vest'
 */
export function foldSearchText(value: string): string {
  return value
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[øæœßđðłþ]/g, (letter) => SPECIAL[letter] ?? letter)
    .trim();
}

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
