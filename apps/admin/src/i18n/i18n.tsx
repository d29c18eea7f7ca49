import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { en, type MessageKey, nb } from './messages.js';

export type Locale = 'nb' | 'en';
export type { MessageKey };

const TABLES: Record<Locale, Record<MessageKey, string>> = { nb, en };
const LOCALE_KEY = 'admin-bloc.locale';

/** Text and `Intl` formatting for the chosen locale. */
export interface I18n {
  readonly locale: Locale;
  setLocale(locale: Locale): void;
  /** The sentence with its `{placeholders}` filled; text values are bidi-isolated (see `isolatedValue`). */
  t(key: MessageKey, vars?: Readonly<Record<string, string | number>>): string;
  /**
   * The label of a value the server sent (`label('role.', 'mentor')` → "Mentor"), or the value itself when we
   * have no label for it: a server may send roles, statuses and plans outside our lists, and they are shown as sent.
   */
  label(prefix: string, value: string): string;
  formatNumber(value: number): string;
  /** A date and time in the locale's own format (`26.03.2026, 12:00` / `Mar 26, 2026, 12:00 PM`); `—` when absent. */
  formatDateTime(iso: string | null | undefined): string;
  formatDate(iso: string | null | undefined): string;
}

/** U+2068 FIRST STRONG ISOLATE and U+2069 POP DIRECTIONAL ISOLATE (Unicode's bidi algorithm, UAX #9). */
const FIRST_STRONG_ISOLATE = '\u2068';
const POP_DIRECTIONAL_ISOLATE = '\u2069';

/**
 * A value as it goes into a sentence. Text with a letter in it is isolated (FSI … PDI): it takes its direction
 * from its own first letter and cannot reorder the sentence around it, so a Hebrew or Arabic name in a Norwegian
 * sentence leaves the Norwegian words and punctuation where they were. Every string parameter is isolated, not
 * only the ones called `name`: an organisation, a file name, a list of names, a server's message or a column
 * name from a CSV file comes from outside the sentence just the same, and a rule by parameter name would miss the
 * next one. Numbers (and numbers already formatted as text, `1 234`, `12,5`) have no letter and no direction of
 * their own, so they stay as they are: the marks would add nothing there, only invisible characters in counts.
 *
 * @example
 * isolatedValue('שרה כהן'); // '\u2068שרה כהן\u2069'
 * isolatedValue(42); // '42'
 */
export function isolatedValue(value: string | number): string {
  const text = String(value);
  return typeof value === 'string' && /\p{L}/u.test(text)
    ? `${FIRST_STRONG_ISOLATE}${text}${POP_DIRECTIONAL_ISOLATE}`
    : text;
}

function interpolate(text: string, vars: Readonly<Record<string, string | number>> | undefined): string {
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = Object.hasOwn(vars, name) ? vars[name] : undefined;
    return value === undefined ? match : isolatedValue(value);
  });
}

/** Builds the helpers for one locale (also used directly by tests). */
export function createI18n(locale: Locale, setLocale: (locale: Locale) => void = () => undefined): I18n {
  const table = TABLES[locale];
  const tag = locale === 'nb' ? 'nb-NO' : 'en-GB';
  const numbers = new Intl.NumberFormat(tag);
  const dateTimes = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' });
  const dates = new Intl.DateTimeFormat(tag, { dateStyle: 'medium' });
  const safe = (format: Intl.DateTimeFormat, iso: string | null | undefined) => {
    if (iso === null || iso === undefined || iso === '') return '—';
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : format.format(date);
  };
  return {
    locale,
    setLocale,
    // A key built from a server value that slipped past the types shows the key, never a crash.
    t: (key, vars) => interpolate(table[key] ?? key, vars),
    label: (prefix, value) => {
      const key = `${prefix}${value}`;
      return Object.hasOwn(table, key) ? table[key as MessageKey] : value;
    },
    formatNumber: (value) => numbers.format(value),
    formatDateTime: (iso) => safe(dateTimes, iso),
    formatDate: (iso) => safe(dates, iso),
  };
}

const I18nContext = createContext<I18n>(createI18n('nb'));

function storedLocale(): Locale {
  return globalThis.localStorage?.getItem(LOCALE_KEY) === 'en' ? 'en' : 'nb';
}

/** Holds the chosen locale (Norwegian Bokmål unless English was chosen in this browser) and keeps `<html lang>` in step. */
export function I18nProvider({ children, initial }: { children: ReactNode; initial?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(() => initial ?? storedLocale());
  const setLocale = useCallback((next: Locale) => {
    globalThis.localStorage?.setItem(LOCALE_KEY, next);
    setLocaleState(next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo(() => createI18n(locale, setLocale), [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current locale's text and formatters. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}
