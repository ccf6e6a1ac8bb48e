/**
 * The popup's line for a page in a language the engine has no model for,
 * with the reader's switch to analyse that language anyway (saved in the
 * settings, per language; the article session analyses again at once).
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../utils/i18n';
import { languageNotice, MODEL_LANGUAGES, uiLanguageName } from '../utils/nlp/language/notice';
import { loadSettings, updateSettings } from '../utils/settings/store';
import type { ArticleLanguage } from '../utils/types';

export function LanguageNotice({ language, onForced }: { language: ArticleLanguage; onForced: (forced: boolean) => void }) {
  const [forced, setForced] = useState<boolean | null>(null);
  useEffect(() => {
    void loadSettings().then((s) => setForced(s.forceLanguages.includes(language.lang)));
  }, [language.lang]);
  const line = languageNotice(language);
  if (!line) return null;
  const toggle = (on: boolean) => {
    setForced(on);
    void updateSettings((s) => {
      s.forceLanguages = on ? [...s.forceLanguages, language.lang] : s.forceLanguages.filter((l) => l !== language.lang);
    }).then(() => onForced(on));
  };
  return (
    <section class="language" aria-label={t('languageLabel')} data-testid="language">
      <p class="muted" data-testid="language-line">
        {line}
      </p>
      {language.lang !== 'und' && forced !== null && (
        <p class="row">
          <span>
            <input
              id="force-language"
              type="checkbox"
              checked={forced}
              onChange={(e) => toggle((e.target as HTMLInputElement).checked)}
              data-testid="force-language"
            />
            <label for="force-language">{t('languageForce', uiLanguageName(language.lang), uiLanguageName(MODEL_LANGUAGES[0]))}</label>
          </span>
        </p>
      )}
    </section>
  );
}
