/** Names of the highlight kinds in the UI's language. */
import { t, type MessageKey } from '../utils/i18n';
import type { ColourKind } from '../utils/settings/settings';

export function kindLabel(kind: ColourKind): string {
  return t(`kind${kind}` as MessageKey);
}
