/**
 * Export of every note: W3C Web Annotation JSON-LD, Markdown and CSV.
 * The background writes the file (streamed where it can, as for the
 * library) and the popup offers it as a download.
 */
import { useState } from 'preact/hooks';
import { EXPORT_FORMATS, type ExportFormat } from '../utils/export/files';
import { OfferedLinks, useOfferedFiles } from './download';
import { exportFromBackground } from './library/api';
import { formatNumber, t } from '../utils/i18n';

export function ExportSection() {
  const [status, setStatus] = useState<{ message: string; error: boolean } | null>(null);
  const { files, offer } = useOfferedFiles<ExportFormat>();

  const run = async (format: ExportFormat) => {
    setStatus({ message: t('exportPreparing'), error: false });
    try {
      const file = await exportFromBackground(format, {});
      offer(format, file.parts, file.mime, file.name);
      setStatus({ message: t('exportDone', formatNumber(file.count), file.name), error: false });
    } catch (err) {
      setStatus({ message: t('exportFailed', (err as Error).message), error: true });
    }
  };

  return (
    <section aria-labelledby="export-h" data-testid="export">
      <h2 id="export-h">{t('exportAllHeading')}</h2>
      <div class="row">
        {EXPORT_FORMATS.map((f) => (
          <button type="button" key={f.id} data-format={f.id} onClick={() => void run(f.id)}>
            {f.label}
          </button>
        ))}
      </div>
      <p role="status" class={status?.error ? 'error' : 'muted'}>
        {status?.message}
      </p>
      <OfferedLinks files={files} />
    </section>
  );
}
