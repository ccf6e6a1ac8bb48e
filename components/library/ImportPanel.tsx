/**
 * Import of a W3C Web Annotation JSON-LD file. The file is read as text here
 * and parsed, validated and written (all or nothing) by the background
 * (LibraryStore.importText → parseImport). Files over the limit are refused
 * before they are read.
 */
import { useState } from 'preact/hooks';
import { DEFAULT_MAX_BYTES } from '../../utils/import/limits';
import { ask } from './api';
import { t, uiLocale } from '../../utils/i18n';

export function tooLarge(size: number, max = DEFAULT_MAX_BYTES): string | null {
  if (size <= max) return null;
  const mb = (b: number) =>
    new Intl.NumberFormat(uiLocale(), { style: 'unit', unit: 'megabyte', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
      b / (1024 * 1024),
    );
  return t('importTooLarge', mb(size), mb(max));
}

export function ImportPanel({ onImported }: { onImported: () => void }) {
  const [result, setResult] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setResult({ text: t('importing', file.name), error: false });
    try {
      const big = tooLarge(file.size);
      if (big) {
        setResult({ text: big, error: true });
        return;
      }
      const r = await ask({ type: 'library:import', text: await file.text() });
      setResult({ text: r.summary, error: false });
      if (r.added > 0) onImported();
    } catch (err) {
      setResult({ text: (err as Error).message, error: true });
    } finally {
      setBusy(false);
      input.value = '';
    }
  };

  return (
    <section class="import" aria-labelledby="import-h" data-testid="import">
      <h2 id="import-h">{t('importHeading')}</h2>
      <p class="muted">{t('importHelp')}</p>
      <label for="import-file">{t('importChoose')}</label>
      <input
        id="import-file"
        type="file"
        accept=".jsonld,.json,application/ld+json,application/json"
        disabled={busy}
        onChange={(e) => void onFile(e.target as HTMLInputElement)}
        data-testid="import-file"
      />
      <p role={result?.error ? 'alert' : 'status'} class={result?.error ? 'error' : ''} data-testid="import-result">
        {result?.text}
      </p>
    </section>
  );
}
