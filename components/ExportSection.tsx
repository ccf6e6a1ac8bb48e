/**
 * Export of every note: W3C Web Annotation JSON-LD, Markdown and CSV.
 * The background writes the file (streamed where it can, as for the
 * library) and the popup offers it as a download.
 */
import { useState } from 'preact/hooks';
import { EXPORT_FORMATS, type ExportFormat } from '../utils/export/files';
import { OfferedLinks, useOfferedFiles } from './download';
import { exportFromBackground } from './library/api';

export function ExportSection() {
  const [status, setStatus] = useState<{ message: string; error: boolean } | null>(null);
  const { files, offer } = useOfferedFiles<ExportFormat>();

  const run = async (format: ExportFormat) => {
    setStatus({ message: 'Preparing the file…', error: false });
    try {
      const file = await exportFromBackground(format, {});
      offer(format, file.parts, file.mime, file.name);
      setStatus({ message: `Exported ${file.count.toLocaleString('en')} notes as ${file.name}`, error: false });
    } catch (err) {
      setStatus({ message: `Export failed: ${(err as Error).message}`, error: true });
    }
  };

  return (
    <section aria-labelledby="export-h" data-testid="export">
      <h2 id="export-h">Export all notes</h2>
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
