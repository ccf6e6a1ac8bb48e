/**
 * Export of every note: W3C Web Annotation JSON-LD, Markdown and CSV.
 * Files are made here from the background's notes and offered as downloads.
 */
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { BackgroundReplies } from '../utils/messages';
import { exportFile, EXPORT_FORMATS, type ExportFormat } from '../utils/export/files';
import { OfferedLinks, useOfferedFiles } from './download';

export function ExportSection() {
  const [status, setStatus] = useState<{ message: string; error: boolean } | null>(null);
  const { files, offer } = useOfferedFiles<ExportFormat>();

  const run = async (format: ExportFormat) => {
    const reply = (await browser.runtime.sendMessage({ type: 'notes:all' })) as BackgroundReplies['notes:all'];
    if (!reply?.ok) {
      setStatus({ message: `Export failed: ${reply?.error ?? 'no answer'}`, error: true });
      return;
    }
    const file = exportFile(format, reply.notes, new Date());
    offer(format, [file.content], file.mime, file.name);
    setStatus({ message: `Exported ${reply.notes.length} notes as ${file.name}`, error: false });
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
