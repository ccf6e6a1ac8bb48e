/**
 * Offering a file to the reader from an extension page: a blob URL, a click
 * on a download link, and the links kept (hidden) so the file can be fetched
 * again, by the reader's browser or by the end-to-end tests.
 */
import { useState } from 'preact/hooks';

export interface OfferedFile {
  href: string;
  name: string;
}

/** Makes a blob URL for `parts` and starts its download as `name`. */
export function offerDownload(parts: BlobPart[], mime: string, name: string): OfferedFile {
  const href = URL.createObjectURL(new Blob(parts, { type: mime }));
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  a.click();
  return { href, name };
}

/** The files offered so far, one per key (a newer one revokes the older blob URL). */
export function useOfferedFiles<K extends string>() {
  const [files, setFiles] = useState<Partial<Record<K, OfferedFile>>>({});
  const offer = (key: K, parts: BlobPart[], mime: string, name: string) => {
    const file = offerDownload(parts, mime, name);
    setFiles((old) => {
      const prev = old[key];
      if (prev) URL.revokeObjectURL(prev.href);
      return { ...old, [key]: file };
    });
  };
  return { files, offer };
}

/** Hidden links to the offered files (`data-export-link` names the key). */
export function OfferedLinks<K extends string>({ files }: { files: Partial<Record<K, OfferedFile>> }) {
  return (
    <div hidden>
      {(Object.entries(files) as [K, OfferedFile][]).map(([key, f]) => (
        <a key={key} data-export-link={key} href={f.href} download={f.name}>
          {f.name}
        </a>
      ))}
    </div>
  );
}
