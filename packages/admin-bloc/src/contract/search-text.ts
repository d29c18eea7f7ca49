/**
 * How the contract's searches match ("case-insensitive match on name", documents 000, 002, 003 and 004): case- and
 * accent-insensitive, so a coordinator typing "sor" on an English keyboard finds "Sør" and "haugen" finds "Haugen".
 * The mock server matches its searches with it and the blocs filter what they hold locally with it, so both agree.
 */

/** Letters NFD does not decompose (ø, æ, ß, đ, ł, …), spelled out by hand; NFD strips the rest's marks (å → a). */
const SPECIAL: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ð: 'd', ł: 'l', þ: 'th' };

/**
 * Folds text for searching: lower case, accents and combining marks removed, Nordic letters spelled out.
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
