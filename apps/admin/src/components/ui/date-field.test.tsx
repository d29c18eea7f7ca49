import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider, type Locale } from '../../i18n/i18n.js';
import { DateField } from './date-field.js';
import { dateLayout, formatDateText, parseDateText } from './date-text.js';
import { isolated } from '../../test-support/isolated.js';

// No vitest globals here, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

const nb = dateLayout('nb-NO');
const en = dateLayout('en-GB');

describe('date text in the app’s language', () => {
  it('Norwegian is day.month.year and English (the app’s en-GB) day/month/year, whatever the browser’s locale', () => {
    expect(nb).toEqual({ order: ['day', 'month', 'year'], separator: '.' });
    expect(en).toEqual({ order: ['day', 'month', 'year'], separator: '/' });
    expect(formatDateText('2026-01-31', nb)).toBe('31.01.2026');
    expect(formatDateText('2026-01-31', en)).toBe('31/01/2026');
    expect(formatDateText(null, nb)).toBe('');
  });

  it('reads what a coordinator types: short day and month, any separator a keypad offers, a pasted ISO date', () => {
    expect(parseDateText('31.01.2026', nb)).toEqual({ iso: '2026-01-31' });
    expect(parseDateText('1.2.2026', nb)).toEqual({ iso: '2026-02-01' });
    expect(parseDateText(' 1,2,2026 ', nb)).toEqual({ iso: '2026-02-01' });
    expect(parseDateText('29/02/2028', en)).toEqual({ iso: '2028-02-29' });
    expect(parseDateText('2026-03-20', nb)).toEqual({ iso: '2026-03-20' });
    expect(parseDateText('', nb)).toBe('empty');
  });

  it('refuses what is not a day of the calendar, and the US order the browser would have used', () => {
    for (const text of [
      '31.02.2026',
      '29.02.2027',
      '12/31/2026',
      '1.2.26',
      '01.13.2026',
      '0.1.2026',
      'i går',
      '1.2.2026.5',
    ])
      expect(parseDateText(text, text.includes('/') ? en : nb), text).toBe('invalid');
  });
});

function Harness({
  locale,
  initial,
  onChange,
}: {
  locale: Locale;
  initial: string | null;
  onChange: (iso: string | null) => void;
}) {
  const [value, setValue] = useState(initial);
  return (
    <I18nProvider initial={locale}>
      <DateField
        id="from"
        label="Fra dato"
        value={value}
        onChange={(iso) => {
          onChange(iso);
          setValue(iso);
        }}
      />
      <button type="button" onClick={() => setValue('2026-03-01')}>
        fra lenke
      </button>
    </I18nProvider>
  );
}

describe('DateField', () => {
  it('in Norwegian shows and takes dd.mm.åååå, and passes the date on as ISO', async () => {
    const onChange = vi.fn();
    render(<Harness locale="nb" initial="2026-01-31" onChange={onChange} />);
    const box = screen.getByLabelText('Fra dato') as HTMLInputElement;
    expect(box.type).toBe('text');
    expect(box.value).toBe('31.01.2026');
    expect(screen.getByText('dd.mm.åååå').id).toBe('from-hint');
    expect(box.getAttribute('aria-describedby')).toBe('from-hint');

    await userEvent.clear(box);
    expect(onChange).toHaveBeenLastCalledWith(null);
    await userEvent.type(box, '15.03.2026');
    expect(onChange).toHaveBeenLastCalledWith('2026-03-15');
    // Nothing half-typed was passed on.
    expect(onChange.mock.calls.every(([iso]) => iso === null || /^\d{4}-\d{2}-\d{2}$/.test(iso))).toBe(true);
    // A value from outside (a link, back) replaces the text.
    await userEvent.click(screen.getByRole('button', { name: 'fra lenke' }));
    expect(box.value).toBe('01.03.2026');
  });

  it('a text that is not a date says so in the app’s language when the field is left, and passes nothing on', async () => {
    const onChange = vi.fn();
    render(<Harness locale="nb" initial={null} onChange={onChange} />);
    const box = screen.getByLabelText('Fra dato');
    await userEvent.type(box, '31.02.2026');
    // Not while typing.
    expect(screen.queryByText(/^Ikke en dato/)).toBeNull();
    await userEvent.tab();
    const error = screen.getByText(`Ikke en dato. Skriv den som ${isolated('dd.mm.åååå')}, for eksempel 31.01.2026.`);
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(box.getAttribute('aria-describedby')).toBe(`from-hint ${error.id}`);
    expect(onChange).not.toHaveBeenCalled();
    // Mended: the error goes and the date is passed on.
    await userEvent.clear(box);
    await userEvent.type(box, '28.02.2026{Enter}');
    expect(screen.queryByText(/^Ikke en dato/)).toBeNull();
    expect(onChange).toHaveBeenLastCalledWith('2026-02-28');
  });

  it('in English shows and takes dd/mm/yyyy, not the US month-first order', async () => {
    const onChange = vi.fn();
    render(<Harness locale="en" initial="2026-01-31" onChange={onChange} />);
    const box = screen.getByLabelText('Fra dato') as HTMLInputElement;
    expect(box.value).toBe('31/01/2026');
    screen.getByText('dd/mm/yyyy');
    await userEvent.clear(box);
    await userEvent.type(box, '12/31/2026');
    await userEvent.tab();
    screen.getByText(`Not a date. Write it as ${isolated('dd/mm/yyyy')}, for example 31/01/2026.`);
    expect(onChange).toHaveBeenLastCalledWith(null);
  });
});
