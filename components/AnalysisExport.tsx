/**
 * Export of what Newsmark found in this article: its entities and claims as
 * JSON, or as two CSV files (utils/export/analysis.ts). Made here from the
 * page state the popup already holds.
 */
import { useState } from 'preact/hooks';
import { ANALYSIS_FORMATS, analysisFile, type AnalysisFormat } from '../utils/export/analysis';
import type { PageState } from '../utils/messages';
import { OfferedLinks, useOfferedFiles } from './download';
import { t, type MessageKey } from '../utils/i18n';

const ANALYSIS_LABELS: Record<AnalysisFormat, MessageKey> = {
  json: 'analysisJson',
  'entities-csv': 'analysisEntitiesCsv',
  'claims-csv': 'analysisClaimsCsv',
};

export function AnalysisExport({ state }: { state: PageState }) {
  const [status, setStatus] = useState<string | null>(null);
  const { files, offer } = useOfferedFiles<AnalysisFormat>();
  if (!state.meta) return null;
  const title = state.meta.title;

  const run = (format: AnalysisFormat) => {
    const file = analysisFile(
      format,
      [{ url: state.url, title, analysis: { entities: state.entities, claims: state.claims } }],
      new Date(),
    );
    offer(format, [file.content], file.mime, file.name);
    setStatus(t('savedFile', file.name));
  };

  return (
    <section aria-labelledby="findings-export-h" data-testid="analysis-export">
      <h2 id="findings-export-h">{t('findingsExportHeading')}</h2>
      <div class="row">
        {ANALYSIS_FORMATS.map((f) => (
          <button type="button" key={f.id} data-analysis={f.id} onClick={() => run(f.id)}>
            {t(ANALYSIS_LABELS[f.id])}
          </button>
        ))}
      </div>
      <p role="status" class="muted">
        {status}
      </p>
      <OfferedLinks files={files} />
    </section>
  );
}
