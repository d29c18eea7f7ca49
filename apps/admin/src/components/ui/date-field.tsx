import { useState } from 'react';
import { useI18n } from '../../i18n/i18n.js';
import { dateLayout, formatDateText, parseDateText } from './date-text.js';

export interface DateFieldProps {
  id: string;
  label: string;
  /** The date as ISO (`2026-01-31`), or `null` for none: what the URL and the bloc hold. */
  value: string | null;
  /** Called with the ISO date once the text is a whole date, or `null` once the field is emptied. */
  onChange: (iso: string | null) => void;
  /** An error about the value from elsewhere (an end before the start), shown when the text itself is fine. */
  error?: string | null;
}

/**
 * A date typed and shown in the app's language (`dd.mm.åååå` in Norwegian, `dd/mm/yyyy` in English), whatever
 * the browser's locale: `<input type="date">` shows the browser's own format (mm/dd/yyyy in an en-US browser
 * while the app is Norwegian). The value passed on is ISO; a text that is not a date says so when the field is
 * left (or on Enter) and passes nothing on, so the list keeps its last good filter.
 *
 * Written here rather than taken from a date-picker library: a text field in one known format per language is all
 * the filters need, and react-aria's date field (the kept library that does this) would bring its segment editor
 * and calendar system into two screens' chunks for it.
 */
export function DateField({ id, label, value, onChange, error = null }: DateFieldProps) {
  const { t, locale } = useI18n();
  const layout = dateLayout(locale === 'nb' ? 'nb-NO' : 'en-GB');
  const [text, setText] = useState(() => formatDateText(value, layout));
  const [shownValue, setShownValue] = useState(value);
  const [shownLocale, setShownLocale] = useState(locale);
  const [checked, setChecked] = useState(false);
  // A value from outside (a link, back and forward, clear filters) or another language replaces the text, unless
  // the text already means that value (it is being typed).
  if (value !== shownValue || locale !== shownLocale) {
    setShownValue(value);
    setShownLocale(locale);
    const typed = parseDateText(text, layout);
    const same = typed === 'empty' ? value === null : typed !== 'invalid' && typed.iso === value;
    if (!same || locale !== shownLocale) {
      setText(formatDateText(value, layout));
      setChecked(false);
    }
  }
  const parsed = parseDateText(text, layout);
  const hint = layout.order
    .map((part) => t(part === 'day' ? 'date.day' : part === 'month' ? 'date.month' : 'date.year'))
    .join(layout.separator);
  const own = checked && parsed === 'invalid' ? t('date.invalid', { pattern: hint }) : null;
  const shownError = own ?? error;
  const change = (next: string) => {
    setText(next);
    setChecked(false);
    const meaning = parseDateText(next, layout);
    if (meaning === 'empty') {
      if (value !== null) onChange(null);
    } else if (meaning !== 'invalid' && meaning.iso !== value) onChange(meaning.iso);
  };
  return (
    <div className="field date-field">
      <div className="date-field-label">
        <label htmlFor={id}>{label}</label>
        <span id={`${id}-hint`} className="field-hint">
          {hint}
        </span>
      </div>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        placeholder={hint}
        value={text}
        size={10}
        aria-invalid={shownError ? true : undefined}
        aria-describedby={shownError ? `${id}-hint ${id}-error` : `${id}-hint`}
        onChange={(event) => change(event.target.value)}
        onBlur={() => setChecked(true)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') setChecked(true);
        }}
      />
      {shownError ? (
        <span id={`${id}-error`} className="field-error">
          {shownError}
        </span>
      ) : null}
    </div>
  );
}
