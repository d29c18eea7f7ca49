import { describe, expect, it } from 'vitest';
import { slugFromName } from './slug.js';

describe('slugFromName', () => {
  it('spells out Norwegian letters, drops accents and joins words with single dashes', () => {
    expect(slugFromName('Ålgård og Gjesdal')).toBe('algard-og-gjesdal');
    expect(slugFromName('Jæren  Sør-Øst!')).toBe('jaeren-sor-ost');
    expect(slugFromName('  Café Münster  ')).toBe('cafe-munster');
    expect(slugFromName('!!!')).toBe('');
  });
});
