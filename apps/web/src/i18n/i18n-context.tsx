/** React context that hands every component the current dictionary and locale-aware formatters. */
import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import { createI18n, type I18n } from './create-i18n.ts';
import { initialLanguage, type Language, languages, rememberLanguage } from './language.ts';

const I18nContext = createContext<I18n | null>(null);

/** Provides the language, remembering changes and keeping `<html lang>` in step. */
export function I18nProvider({ children }: { readonly children: ReactNode }): ReactNode {
  const [language, setLanguageState] = useState<Language>(initialLanguage);
  useEffect(() => {
    document.documentElement.lang = languages[language].locale;
  }, [language]);
  const value = useMemo(
    () =>
      createI18n(language, (next) => {
        rememberLanguage(next);
        setLanguageState(next);
      }),
    [language],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current language's dictionary and formatters. */
export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (value === null) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}
