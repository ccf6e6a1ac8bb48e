/**
 * The content script's reasons for having no article, in the UI's language.
 * The gate and the article session say them in English (the gate stays tiny:
 * no message catalogue); the popup translates the ones it knows and shows
 * any other as it came.
 */
import { t, type MessageKey } from '../utils/i18n';

const KNOWN: Record<string, MessageKey> = {
  'This page does not look like an article.': 'reasonNotArticle',
  'Newsmark is switched off on this site (see Settings).': 'reasonPaused',
  'No article was found on this page.': 'reasonNoArticle',
  'not analysed yet': 'reasonNotYet',
};

export function pageReason(reason: string): string {
  const key = KNOWN[reason];
  if (key) return t(key);
  const failed = /^Analysis failed: ([^]*)$/.exec(reason);
  return failed ? t('reasonAnalysisFailed', failed[1]) : reason;
}
