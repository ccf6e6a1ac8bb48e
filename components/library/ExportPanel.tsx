/** Export of the selected notes, or of every note matching the filters; delete of the selection. */
import { useState } from 'preact/hooks';
import { EXPORT_FORMATS, type ExportFormat } from '../../utils/export/files';
import type { LibraryFilter } from '../../utils/library/search';
import type { FindingsFormat } from '../../utils/library/messages';
import { ask, exportFromBackground } from './api';
import { OfferedLinks, useOfferedFiles } from '../download';

interface Props {
  filter: LibraryFilter;
  /** Notes matching the filter; null while not yet counted (there are some). */
  total: number | null;
  selected: Set<string>;
  onClear: () => void;
  onDelete: (ids: string[]) => void;
}

export function ExportPanel({ filter, total, selected, onClear, onDelete }: Props) {
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const { files, offer } = useOfferedFiles<ExportFormat | `findings-${FindingsFormat}`>();
  const n = selected.size;
  const scope =
    n > 0 ? `${n.toLocaleString('en')} selected` : total === null ? 'all' : `${total.toLocaleString('en')} ${Object.keys(filter).length ? 'matching' : ''}`.trim();

  const run = async (format: ExportFormat) => {
    setMessage({ text: 'Preparing the file…' });
    try {
      const t0 = performance.now();
      const file = await exportFromBackground(format, filter, n > 0 ? [...selected] : undefined);
      offer(format, file.parts, file.mime, file.name);
      performance.measure(`newsmark:export:${format}`, { start: t0 });
      setMessage({ text: `Exported ${file.count.toLocaleString('en')} notes as ${file.name}.` });
    } catch (err) {
      setMessage({ text: `Export failed: ${(err as Error).message}`, error: true });
    }
  };

  const findings = async (format: FindingsFormat) => {
    try {
      const r = await ask({ type: 'library:findings', format, filter, ids: n > 0 ? [...selected] : undefined });
      offer(`findings-${format}`, [r.content], r.mime, r.name);
      setMessage({ text: `Exported the entities and claim sources of ${r.articles.toLocaleString('en')} articles as ${r.name}.` });
    } catch (err) {
      setMessage({ text: `Export failed: ${(err as Error).message}`, error: true });
    }
  };

  return (
    <div class="export-bar" data-testid="library-export">
      <span>
        Export {scope} notes as
      </span>
      {EXPORT_FORMATS.map((f) => (
        <button type="button" key={f.id} data-format={f.id} onClick={() => void run(f.id)} disabled={total === 0 && n === 0}>
          {f.label}
        </button>
      ))}
      <span>· their articles' entities and claims as</span>
      {(['json', 'csv'] as const).map((f) => (
        <button type="button" key={f} data-findings={f} onClick={() => void findings(f)} disabled={total === 0 && n === 0}>
          {f === 'json' ? 'JSON' : 'CSV'}
        </button>
      ))}
      {n > 0 && (
        <>
          <button type="button" onClick={onClear}>
            Clear selection
          </button>
          <button type="button" class="danger" onClick={() => onDelete([...selected])} data-testid="delete-selected">
            Delete {n.toLocaleString('en')} selected
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
