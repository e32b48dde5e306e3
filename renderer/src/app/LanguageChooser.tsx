import { type Language, languageEndonym, languages } from '@shared/i18n/languages';
import { useId } from 'react';
import { useLanguage } from './i18n';

/**
 * The language Stackwise speaks, each offered in its own name ("Қазақша", "Українська"): a change shows
 * every word in it at once, keeps everything being edited, and is remembered for this person.
 */
export function LanguageChooser({ className }: { className?: string }) {
  const { tr, choose } = useLanguage();
  const id = useId();
  return (
    <div className={`language-chooser${className ? ` ${className}` : ''}`}>
      <label htmlFor={id} className="language-chooser__label">
        {tr.t('app.language.label')}
      </label>
      <select
        id={id}
        value={tr.language}
        data-testid="language-chooser"
        onChange={(event) => void choose(event.target.value as Language)}
      >
        {languages.map((language) => (
          <option key={language} value={language} lang={language}>
            {languageEndonym(language)}
          </option>
        ))}
      </select>
    </div>
  );
}
