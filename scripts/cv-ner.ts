/**
 * Cross-validates the entity recogniser on its training data (CoNLL++ train
 * and Wikigold), where settings are chosen — never on the dev files:
 *   npm run cv:ner [-- --folds K --epochs N --wiki 1 --margins 0,150 --lookahead 0|1 --threshold T --errors ORG --examples N]
 *
 * `--errors TYPE` also counts the held-out errors of that type by class (tools/ner/error-classes.ts), news and wiki apart.
 *
 * Training uses the CoNLL++ folds only, as train:ner does; `--wiki 1` adds the
 * Wikigold folds to training. Wikigold folds are scored either way.
 *
 * Documents are dealt into K folds (document i in fold i mod K, for each
 * corpus); for each fold the tagger is trained on the others as
 * `npm run train:ner` does, and the whole pipeline (`findEntities`, rules and
 * repairs included) is scored on the fold, exact spans, text built as
 * eval:ner builds it. Prints each fold and the pooled P/R/F1 per class.
 */
import { resolve } from 'node:path';
import { conllText, entitySpans, scoreSpans, type Kind as SpanKind, type Score } from '../tools/ner/evaluate';
import { addErrorClasses, formatErrorClasses } from '../tools/ner/error-classes';
import { findMentions } from '../utils/nlp/entities';
import { useNerModel } from '../utils/nlp/ner/model';
import { CONTINUATION_MARGIN, LOOKAHEAD, setContinuationMargin, setLookahead } from '../utils/nlp/ner/tagger';
import type { ConllSentence } from '../tools/ner/conll';
import { DEFAULT_TRAIN, readConllDocs, trainModel } from './lib/ner-training';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i].replace(/^--/, ''), process.argv[i + 1]);
const K = Number(args.get('folds') ?? 3);
// Decoding margins to compare (`--margins 0,2,4`): one training per fold, each margin scored.
const margins = (args.get('margins') ?? String(CONTINUATION_MARGIN)).split(',').map(Number);
// `--lookahead 0|1`: the one-token look-ahead at breaks between names off or on (default: the shipped setting).
setLookahead(args.has('lookahead') ? args.get('lookahead') === '1' : LOOKAHEAD);
const options = {
  ...DEFAULT_TRAIN,
  epochs: Number(args.get('epochs') ?? DEFAULT_TRAIN.epochs),
  seed: Number(args.get('seed') ?? DEFAULT_TRAIN.seed),
  mix: Number(args.get('mix') ?? DEFAULT_TRAIN.mix ?? 1),
  threshold: Number(args.get('threshold') ?? DEFAULT_TRAIN.threshold),
};
const data = resolve(import.meta.dirname, '../../shared/data/ner');
const corpora = ['conllpp_train.txt', 'extra/wikigold.conll.txt'].map((f) => readConllDocs(resolve(data, f)));

type Kind = 'ALL' | 'PER' | 'ORG' | 'LOC' | 'MISC';
const KINDS: Kind[] = ['ALL', 'PER', 'ORG', 'LOC', 'MISC'];
const pooled = new Map<string, { tp: number; predicted: number; gold: number }>();
const add = (name: string, k: Kind, s: Score): void => {
  const key = `${name}:${k}`;
  const p = pooled.get(key) ?? { tp: 0, predicted: 0, gold: 0 };
  p.tp += s.tp;
  p.predicted += s.predicted;
  p.gold += s.gold;
  pooled.set(key, p);
};
const f1 = (p: { tp: number; predicted: number; gold: number }): string => {
  const P = p.tp / (p.predicted || 1);
  const R = p.tp / (p.gold || 1);
  return `P ${P.toFixed(3)} R ${R.toFixed(3)} F1 ${(P + R ? (2 * P * R) / (P + R) : 0).toFixed(4)}`;
};
// `--errors TYPE`: held-out errors of TYPE by class, per corpus.
const errorType = args.get('errors') as SpanKind | undefined;
const errorClasses = ['news', 'wiki'].map(() => ({ missed: new Map<string, string[]>(), spurious: new Map<string, string[]>() }));
const t0 = Date.now();
for (let fold = 0; fold < K; fold++) {
  const train: ConllSentence[] = [];
  const held: ConllSentence[][] = corpora.map(() => []);
  const wiki = args.get('wiki') === '1';
  corpora.forEach((docs, c) => docs.forEach((d, i) => (i % K === fold ? held[c].push(...d) : c === 0 || wiki ? train.push(...d) : 0)));
  useNerModel(trainModel(train, options).model);
  const line: string[] = [];
  for (const margin of margins) {
    setContinuationMargin(margin);
    ['news', 'wiki'].forEach((name, c) => {
      const { text, gold } = conllText(held[c]);
      const { entities, misc } = findMentions(text);
      const pred = [...entitySpans(entities), ...misc.map((m) => ({ type: 'MISC' as const, start: m.start, end: m.end }))];
      const s = scoreSpans(pred, gold);
      if (errorType && margin === margins[0]) addErrorClasses(text, errorType, pred, gold, errorClasses[c]);
      for (const k of KINDS) {
        add(`${margin}:${name}`, k, s[k]);
        add(`${margin}:both`, k, s[k]);
      }
      line.push(`${margins.length > 1 ? `margin ${margin} ` : ''}${name} F1 ${s.ALL.f.toFixed(3)}`);
    });
  }
  setContinuationMargin(CONTINUATION_MARGIN);
  console.log(`fold ${fold + 1}/${K}: ${line.join(', ')} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
}
for (const margin of margins) {
  if (margins.length > 1) console.log(`continuation margin ${margin}:`);
  for (const name of ['news', 'wiki', 'both']) {
    console.log(`${name.padEnd(5)} ${KINDS.map((k) => `${k} ${f1(pooled.get(`${margin}:${name}:${k}`)!)}`).join(' | ')}`);
  }
}
if (errorType)
  ['news', 'wiki'].forEach((name, c) =>
    console.log(`${name} held-out errors:\n${formatErrorClasses(errorType, errorClasses[c], Number(args.get('examples') ?? 0))}`),
  );
