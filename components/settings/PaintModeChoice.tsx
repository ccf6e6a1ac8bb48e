/**
 * How much Newsmark paints: calm (your notes, people, and who said each claim)
 * or everything. Used by the popup and the settings page.
 */
import { t } from '../../utils/i18n';
import { PAINT_MODES, type PaintMode } from '../../utils/settings/settings';

const LABEL: Record<PaintMode, 'paintCalm' | 'paintAll'> = { calm: 'paintCalm', all: 'paintAll' };

export function PaintModeChoice({ mode, onChange, idPrefix }: { mode: PaintMode; onChange: (m: PaintMode) => void; idPrefix: string }) {
  return (
    <fieldset class="paint-mode" data-testid="paint-mode">
      <legend>{t('paintModeLegend')}</legend>
      {PAINT_MODES.map((m) => (
        <div key={m}>
          <input
            id={`${idPrefix}-${m}`}
            type="radio"
            name={`${idPrefix}-paint-mode`}
            value={m}
            checked={mode === m}
            onChange={() => onChange(m)}
            data-mode={m}
          />
          <label for={`${idPrefix}-${m}`}>{t(LABEL[m])}</label>
        </div>
      ))}
    </fieldset>
  );
}
