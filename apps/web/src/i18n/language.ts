/** The two interface languages, the browser default and the remembered choice. */

import type { Messages } from './messages-en.ts';
import { messagesEn } from './messages-en.ts';
import { messagesZh } from './messages-zh.ts';

/** A language the interface is written in. */
export type Language = 'zh' | 'en';

/** Every language with its dictionary, its Intl locale and its own name. */
export const languages: Readonly<Record<Language, { messages: Messages; locale: string; label: string }>> = {
  zh: { messages: messagesZh, locale: 'zh-CN', label: '中文' },
  en: { messages: messagesEn, locale: 'en-US', label: 'English' },
};

const storageKey = 'zhizao.language';

function isLanguage(value: unknown): value is Language {
  return value === 'zh' || value === 'en';
}

/** The remembered choice, else Chinese for zh browsers and English for the rest. */
export function initialLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(storageKey);
    if (isLanguage(stored)) return stored;
  } catch {
    // Storage can be blocked (private mode, policy); fall back to the browser language.
  }
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** Remembers the choice for the next visit. */
export function rememberLanguage(language: Language): void {
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // Not remembering is harmless: the choice still applies to this page.
  }
}

/** Fills `{name}` placeholders in a message. */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}
