/** Export of the selected notes, or of every note matching the filters; delete of the selection; sharing it with the team (sync). */
import { useState } from 'preact/hooks';
import { EXPORT_FORMATS, type ExportFormat } from '../../utils/export/files';
import type { LibraryFilter } from '../../utils/library/search';
import type { FindingsFormat } from '../../utils/library/messages';
import { formatNumber, t, tn } from '../../utils/i18n';
import { ask, exportFromBackground } from './api';
import { sendSync } from '../sync/api';
import { codeOf, syncErrorText } from '../sync/errors';
import { OfferedLinks, useOfferedFiles } from '../download';

interface Props {
  filter: LibraryFilter;
  /** Notes matching the filter; null while not yet counted (there are some). */
  total: number | null;
  selected: Set<string>;
  onClear: () => void;
  onDelete: (ids: string[]) => void;
  /** True when sync is on with a team database: the selection can be shared with the team. */
  team?: boolean;
}

export function ExportPanel({ filter, total, selected, onClear, onDelete, team = false }: Props) {
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const { files, offer } = useOfferedFiles<ExportFormat | `findings-${FindingsFormat}`>();
  const n = selected.size;
  const scope =
    n > 0
      ? t('exportScopeSelected', formatNumber(n))
      : total === null
        ? t('exportScopeAll')
        : Object.keys(filter).length
          ? t('exportScopeMatching', formatNumber(total))
          : formatNumber(total);

  const run = async (format: ExportFormat) => {
    setMessage({ text: t('exportPreparing') });
    try {
      const t0 = performance.now();
      const file = await exportFromBackground(format, filter, n > 0 ? [...selected] : undefined);
      offer(format, file.parts, file.mime, file.name);
      performance.measure(`newsmark:export:${format}`, { start: t0 });
      setMessage({ text: `${t('exportDone', formatNumber(file.count), file.name)}.` });
    } catch (err) {
      setMessage({ text: t('exportFailed', (err as Error).message), error: true });
    }
  };

  const findings = async (format: FindingsFormat) => {
    try {
      const r = await ask({ type: 'library:findings', format, filter, ids: n > 0 ? [...selected] : undefined });
      offer(`findings-${format}`, [r.content], r.mime, r.name);
      setMessage({ text: t('exportFindingsDone', formatNumber(r.articles), r.name) });
    } catch (err) {
      setMessage({ text: t('exportFailed', (err as Error).message), error: true });
    }
  };

  const share = async () => {
    try {
      const reply = await sendSync({ type: 'sync:share', ids: [...selected] });
      if (!reply) setMessage({ text: t('libShareFailed', t('syncNoAnswer')), error: true });
      else if (reply.ok) setMessage({ text: tn('libShared', reply.shared) });
      else setMessage({ text: t('libShareFailed', syncErrorText(codeOf(reply), reply.error)), error: true });
    } catch {
      setMessage({ text: t('libShareFailed', t('syncNoAnswer')), error: true });
    }
  };

  return (
    <div class="export-bar" data-testid="library-export">
      <span>{t('exportScope', scope)}</span>
      {EXPORT_FORMATS.map((f) => (
        <button type="button" key={f.id} data-format={f.id} onClick={() => void run(f.id)} disabled={total === 0 && n === 0}>
          {f.label}
        </button>
      ))}
      <span>{t('exportFindingsAs')}</span>
      {(['json', 'csv'] as const).map((f) => (
        <button type="button" key={f} data-findings={f} onClick={() => void findings(f)} disabled={total === 0 && n === 0}>
          {f === 'json' ? 'JSON' : 'CSV'}
        </button>
      ))}
      {n > 0 && (
        <>
          <button type="button" onClick={onClear}>
            {t('clearSelection')}
          </button>
          {team && (
            <button type="button" onClick={() => void share()} data-testid="share-selected">
              {t('libShareTeam', tn('notes', n))}
            </button>
          )}
          <button type="button" class="danger" onClick={() => onDelete([...selected])} data-testid="delete-selected">
            {t('deleteSelected', formatNumber(n))}
          </button>
        </>
      )}
      <span role="status" class={message?.error ? 'error' : 'muted'} data-testid="export-status">
        {message?.text}
      </span>
      <OfferedLinks files={files} />
    </div>
  );
}
