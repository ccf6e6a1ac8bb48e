/** Sets an extension page's `<html lang>` and title in the browser's UI language. */
import { t, uiLocale, type MessageKey } from '../utils/i18n';

export function localiseDocument(title: MessageKey): void {
  document.documentElement.lang = uiLocale();
  document.title = t(title);
}
