/**
 * A slug proposed from a name: lower case, Norwegian letters spelt out (æ → ae, ø → o, å → a), other accents
 * dropped, anything else between words a single dash, as the contract's slug pattern wants.
 *
 * @example
 * slugFromName('Ålgård og Gjesdal'); // 'algard-og-gjesdal'
 */
export function slugFromName(name: string): string {
  return name
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
