/**
 * Load a PolNeAR-layout directory (DIR/text/NAME.txt, DIR/attributions/
 * NAME_ANNOTATOR.ann; the first annotator file in sorted order) for the
 * evaluation and training scripts. Node only; never bundled.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBrat, type GoldAttribution } from './brat';

/** One annotated document. */
export interface GoldDoc {
  name: string;
  text: string;
  gold: GoldAttribution[];
}

/** Every document in `dir` that has both a text and an annotation file. */
export function loadCorpus(dir: string): GoldDoc[] {
  const docs: GoldDoc[] = [];
  for (const [name, [f]] of [...annotationFiles(dir)].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const tp = join(dir, 'text', name + '.txt');
    if (!existsSync(tp)) continue;
    docs.push({ name, text: readFileSync(tp, 'utf8'), gold: parseBrat(readFileSync(join(dir, 'attributions', f), 'utf8')) });
  }
  return docs;
}

/** Each document's annotation files (NAME_ANNOTATOR.ann), in sorted order: the first is the one scored. */
export function annotationFiles(dir: string): Map<string, string[]> {
  const byDoc = new Map<string, string[]>();
  for (const f of readdirSync(join(dir, 'attributions'))
    .filter((x) => x.endsWith('.ann'))
    .sort()) {
    const name = f.replace(/_[^_]+\.ann$/, '');
    byDoc.set(name, [...(byDoc.get(name) ?? []), f]);
  }
  return byDoc;
}
