/** The current language's dictionary bundled with locale-aware number and date formatters. */
import { fillTemplate, type Language, languages } from './language.ts';
import type { Messages } from './messages-en.ts';

/** What `useI18n` gives a component. */
export interface I18n {
  readonly language: Language;
  readonly setLanguage: (language: Language) => void;
  /** The dictionary of the current language. */
  readonly t: Messages;
  /** Fills `{name}` placeholders, formatting numbers for the locale. */
  readonly fill: (template: string, values: Readonly<Record<string, string | number>>) => string;
  readonly number: (value: number, fractionDigits?: number) => string;
  /** Short form for large figures (12.3K, 1.2万); the exact value belongs in a tooltip. */
  readonly compact: (value: number) => string;
  readonly percent: (fraction: number) => string;
  /** An ISO date or timestamp as the locale writes a date. */
  readonly date: (iso: string) => string;
  readonly dateTime: (iso: string) => string;
}

/** The dictionary and formatters for `language`. */
export function createI18n(language: Language, setLanguage: (language: Language) => void): I18n {
  const { messages, locale } = languages[language];
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const compactFormat = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
  const percentFormat = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const number = (value: number, fractionDigits = 0): string =>
    fractionDigits === 0
      ? integer.format(value)
      : new Intl.NumberFormat(locale, {
          minimumFractionDigits: fractionDigits,
          maximumFractionDigits: fractionDigits,
        }).format(value);
  const parse = (iso: string): Date | null => {
    // A bare date is a calendar day, not UTC midnight: read it as local so it never shifts a day.
    const date = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T00:00:00`) : new Date(iso);
    return Number.isNaN(date.getTime()) ? null : date;
  };
  return {
    language,
    setLanguage,
    t: messages,
    fill: (template, values) => {
      const formatted: Record<string, string> = {};
      for (const [key, value] of Object.entries(values)) {
        formatted[key] = typeof value === 'number' ? number(value) : value;
      }
      return fillTemplate(template, formatted);
    },
    number,
    compact: (value) => compactFormat.format(value),
    percent: (fraction) => percentFormat.format(fraction),
    date: (iso) => {
      const date = parse(iso);
      return date === null ? iso : dateFormat.format(date);
    },
    dateTime: (iso) => {
      const date = parse(iso);
      return date === null ? iso : dateTimeFormat.format(date);
    },
  };
}
