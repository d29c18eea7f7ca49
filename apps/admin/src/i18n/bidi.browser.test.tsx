import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { createI18n } from './i18n.js';

/** Where a part of a paragraph's text is drawn: the left edge of the characters from `start` to `end`. */
function leftOf(paragraph: HTMLElement, part: string): number {
  const text = paragraph.firstChild as Text;
  const start = text.data.indexOf(part);
  expect(start).toBeGreaterThanOrEqual(0);
  const range = document.createRange();
  range.setStart(text, start);
  range.setEnd(text, start + part.length);
  return range.getBoundingClientRect().left;
}

describe('a right-to-left value in a Norwegian sentence, as Chromium lays it out', () => {
  it('a Hebrew file name before its count: the count stays after the name, to its right', async () => {
    const file = 'קובץ';
    const sentence = createI18n('nb').t('import.previewSummary', { file, rows: '10', valid: 9, invalid: '1' });
    const screen = await render(
      <p lang="nb" dir="ltr" style={{ fontSize: '16px', whiteSpace: 'nowrap' }} data-testid="summary">
        {sentence}
      </p>,
    );
    const paragraph = screen.getByTestId('summary').element() as HTMLElement;
    // Not isolated, the colon and the count join the name's right-to-left run and are drawn left of it:
    // "10 :קובץ rader, …".
    expect(leftOf(paragraph, '10')).toBeGreaterThan(leftOf(paragraph, file));
    expect(leftOf(paragraph, 'rader')).toBeGreaterThan(leftOf(paragraph, '10'));
  });
});
