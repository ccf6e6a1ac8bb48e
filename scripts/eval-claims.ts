/**
 * Evaluate claim extraction on a PolNeAR-layout directory:
 *   tsx scripts/eval-claims.ts DIR
 * DIR/text/NAME.txt and DIR/attributions/NAME_ANNOTATOR.ann (first annotator
 * in sorted order). Prints the speech-verb baseline and Newsmark (through
 * `annotate`), and the pipeline's throughput.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis, Claim } from '../utils/types';
import { analyseText } from '../utils/nlp/analyse';
import { findClaims, isPaintedClaim } from '../utils/nlp/claims';
import { goldStatements } from '../tools/claims-eval/statements';
import { loadCorpus } from '../tools/claims-eval/corpus';
import { baselineClaims } from '../tools/claims-eval/baseline';
import { claimToPred as toPred, newTally, scoreDocument, summarize, type Tally } from '../tools/claims-eval/score';

function row(name: string, t: Tally): string {
  const s = summarize(t);
  // four places: a bar of 0.80 must not be met by rounding
  const f = (x: number) => x.toFixed(4).padStart(6);
  const n = (x: number) => String(x).padStart(5);
  return `| ${name.padEnd(22)} | ${f(s.p)} | ${f(s.r)} | ${f(s.f1)} | ${f(s.srcAcc)} | ${f(s.contentF1)} | ${n(t.gold)} | ${n(t.pred)} | ${n(t.matched)} |`;
}

/** The pipeline: `annotate` when it loads; claims alone (no entities) otherwise, with a warning. */
async function loadPipeline(): Promise<(text: string) => Analysis> {
  try {
    const mod = await import('../utils/nlp/annotate');
    mod.annotate('Kim said so.'); // fails fast when a model is broken mid-update
    return mod.annotate;
  } catch (e) {
    console.warn(`WARNING: annotate pipeline unavailable (${(e as Error).message.split('\n')[0]}); scoring findClaims without entities`);
    return (text) => ({ entities: [], claims: findClaims(text, []) });
  }
}

async function main(): Promise<void> {
  const dir = process.argv[2];
  if (!dir || !existsSync(join(dir, 'attributions'))) {
    console.error('usage: eval-claims DIR  (DIR/text/*.txt, DIR/attributions/*.ann)');
    process.exit(2);
  }
  const annotate = await loadPipeline();
  const docs = loadCorpus(dir);
  const base = newTally();
  const ours = newTally();
  const painted = newTally();
  const paintedVsStatements = newTally();
  let tokens = 0;
  for (const d of docs) tokens += (d.text.match(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu) ?? []).length;
  for (const d of docs) annotate(d.text); // warm-up
  const results: Claim[][] = [];
  const t0 = performance.now();
  for (const d of docs) results.push(annotate(d.text).claims);
  const ms = performance.now() - t0;
  docs.forEach((d, i) => {
    scoreDocument(d.text, d.gold, baselineClaims(d.text), base);
    scoreDocument(d.text, d.gold, results[i].map(toPred), ours);
    const shown = results[i].filter((c) => isPaintedClaim(c)).map(toPred);
    scoreDocument(d.text, d.gold, shown, painted);
    scoreDocument(d.text, goldStatements(d.text, d.gold), shown, paintedVsStatements);
  });
  console.log(`${docs.length} documents, ${tokens} tokens (${dir})`);
  console.log('| system                 |      P |      R |     F1 | srcAcc | contF1 |  gold |  pred | match |');
  console.log('|------------------------|--------|--------|--------|--------|--------|-------|-------|-------|');
  console.log(row('speech-verb baseline', base));
  console.log(row('Newsmark', ours));
  // The same documents through the language gate the CLI and the extension use: identified, then analysed only if English.
  const gated = newTally();
  let english = 0;
  for (const d of docs) {
    const { analysis, language } = analyseText(d.text);
    if (language.lang === 'en') english++;
    scoreDocument(d.text, d.gold, analysis.claims.map(toPred), gated);
  }
  console.log(row('Newsmark via lang gate', gated));
  console.log(`language gate: ${english} of ${docs.length} documents identified as English`);
  console.log(row('painted (all gold)', painted));
  console.log(row('painted (gold stmts)', paintedVsStatements));
  console.log(
    '"Newsmark" counts every attribution (statements and kind "belief"); "painted" only the claims the extension paints by default (statements with a source),',
  );
  console.log(
    'scored against all gold attributions, and against the gold ones whose cue the same rule sorts as statements (an estimate: PolNeAR does not label it).',
  );
  console.log(`annotate pipeline: ${Math.round(tokens / (ms / 1000))} tokens/s warm (${ms.toFixed(0)} ms)`);
  const ents = docs.map((d) => annotate(d.text).entities);
  const t1 = performance.now();
  docs.forEach((d, i) => findClaims(d.text, ents[i]));
  const msClaims = performance.now() - t1;
  console.log(`findClaims alone: ${Math.round(tokens / (msClaims / 1000))} tokens/s warm (${msClaims.toFixed(0)} ms)`);
}

void main();
