/** The language picker; the choice is remembered in localStorage. */
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context.tsx';
import { type Language, languages } from '../i18n/language.ts';

const choices = Object.keys(languages) as Language[];

/** A select listing every language by its own name. */
export function LanguageSwitch(): ReactNode {
  const { t, language, setLanguage } = useI18n();
  return (
    <label className="language-switch">
      <span className="visually-hidden">{t.app.language}</span>
      <select
        data-testid="lang-switch"
        value={language}
        onChange={(event) => {
          const next = choices.find((choice) => choice === event.target.value);
          if (next !== undefined) setLanguage(next);
        }}
      >
        {choices.map((code) => (
          <option key={code} value={code}>
            {languages[code].label}
          </option>
        ))}
      </select>
    </label>
  );
}
