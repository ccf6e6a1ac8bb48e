/**
 * Unit tests run without a browser: this gives them the English catalogue
 * through the same `chrome.i18n.getMessage` the extension's code calls, so
 * components render the words a reader would see.
 */
import en from '../../public/_locales/en/messages.json';
import { fillMessage } from '../../utils/i18n';

const catalogue = en as Record<string, { message: string }>;
const g = globalThis as { chrome?: Record<string, unknown> };
g.chrome ??= {};
g.chrome.i18n ??= {
  getMessage: (key: string, subs?: string | string[]) => {
    const entry = catalogue[key];
    return entry ? fillMessage(entry.message, typeof subs === 'string' ? [subs] : (subs ?? [])) : '';
  },
  getUILocale: () => 'en',
};
