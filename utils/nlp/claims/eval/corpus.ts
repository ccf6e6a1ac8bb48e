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
  const annDir = join(dir, 'attributions');
  const files = readdirSync(annDir).filter((f) => f.endsWith('.ann')).sort();
  const first = new Map<string, string>();
  for (const f of files) {
    const name = f.replace(/_[^_]+\.ann$/, '');
    if (!first.has(name)) first.set(name, f);
  }
  const docs: GoldDoc[] = [];
  for (const [name, f] of [...first].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const tp = join(dir, 'text', name + '.txt');
    if (!existsSync(tp)) continue;
    docs.push({ name, text: readFileSync(tp, 'utf8'), gold: parseBrat(readFileSync(join(annDir, f), 'utf8')) });
  }
  return docs;
}
