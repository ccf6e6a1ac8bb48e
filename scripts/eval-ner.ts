/**
 * Evaluates entity recognition on a CoNLL file against compromise:
 * exact-span precision/recall/F1 overall and per PER/ORG/LOC, and warm
 * tokens/s. Text = each sentence's tokens joined by spaces, sentences by "\n".
 *
 *   npm run eval:ner -- FILE
 */
import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import { parseConll, bioSpans } from '../utils/nlp/ner/conll';
import { findEntities } from '../utils/nlp/entities';

type Kind = 'PER' | 'ORG' | 'LOC';
interface CharSpan { type: Kind; start: number; end: number }

const file = process.argv[2];
if (!file) {
  console.error('usage: eval-ner FILE');
  process.exit(2);
}
const sentences = parseConll(readFileSync(file, 'utf8'));
const lines: string[] = [];
const gold: CharSpan[] = [];
let offset = 0;
let tokenCount = 0;
for (const s of sentences) {
  const starts: number[] = [];
  let pos = offset;
  for (const t of s.tokens) {
    starts.push(pos);
    pos += t.length + 1;
  }
  for (const sp of bioSpans(s.tags)) {
    if (sp.type === 'MISC') continue;
    const end = starts[sp.end - 1] + s.tokens[sp.end - 1].length;
    gold.push({ type: sp.type as Kind, start: starts[sp.start], end });
  }
  const line = s.tokens.join(' ');
  lines.push(line);
  offset += line.length + 1;
  tokenCount += s.tokens.length;
}
const text = lines.join('\n');

const TYPE_MAP: Record<string, Kind | undefined> = { PERSON: 'PER', ORG: 'ORG', PLACE: 'LOC' };

function newsmark(t: string): CharSpan[] {
  const out: CharSpan[] = [];
  for (const e of findEntities(t)) {
    const k = TYPE_MAP[e.type];
    if (k) out.push({ type: k, start: e.start, end: e.end });
  }
  return out;
}

const TRIM = /^[\s"'“”‘’(\[{.,;:!?-]+|[\s"'“”‘’)\]}.,;:!?-]+$/g;
function compromiseSpans(t: string): CharSpan[] {
  const doc = nlp(t);
  const out: CharSpan[] = [];
  const add = (view: { json: (opts: object) => unknown }, type: Kind): void => {
    for (const m of view.json({ offset: true }) as Array<{ text: string; offset: { start: number; length: number } }>) {
      const raw = t.slice(m.offset.start, m.offset.start + m.offset.length);
      const lead = raw.length - raw.replace(/^[\s"'“”‘’(\[{.,;:!?-]+/, '').length;
      const trimmed = raw.replace(TRIM, '');
      if (!trimmed) continue;
      const start = m.offset.start + lead;
      out.push({ type, start, end: start + trimmed.length });
    }
  };
  add(doc.people(), 'PER');
  add(doc.organizations(), 'ORG');
  add(doc.places(), 'LOC');
  return out;
}

function score(pred: CharSpan[]): Record<Kind | 'ALL', { p: number; r: number; f: number; tp: number; np: number; ng: number }> {
  const key = (s: CharSpan): string => `${s.type}:${s.start}:${s.end}`;
  const goldKeys = new Set(gold.map(key));
  const res = {} as Record<Kind | 'ALL', { p: number; r: number; f: number; tp: number; np: number; ng: number }>;
  for (const kind of ['ALL', 'PER', 'ORG', 'LOC'] as const) {
    const P = pred.filter((s) => kind === 'ALL' || s.type === kind);
    const G = gold.filter((s) => kind === 'ALL' || s.type === kind);
    const tp = P.filter((s) => goldKeys.has(key(s))).length;
    const p = P.length ? tp / P.length : 0;
    const r = G.length ? tp / G.length : 0;
    res[kind] = { p, r, f: p + r ? (2 * p * r) / (p + r) : 0, tp, np: P.length, ng: G.length };
  }
  return res;
}

/** Warm throughput: one warm-up run, then the fastest of `runs` timed runs (the machine is shared). */
function timed(fn: (t: string) => CharSpan[], runs: number): { spans: CharSpan[]; tps: number } {
  let spans = fn(text); // warm-up
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    spans = fn(text);
    best = Math.min(best, performance.now() - t0);
  }
  return { spans, tps: (tokenCount / best) * 1000 };
}

const systems: Array<[string, { spans: CharSpan[]; tps: number }]> = [
  ['compromise', timed(compromiseSpans, 2)],
  ['newsmark', timed(newsmark, 5)],
];
console.log(`${file}: ${sentences.length} sentences, ${tokenCount} tokens, ${gold.length} gold PER/ORG/LOC mentions`);
console.log('tokens/s: warm, fastest of several runs of the whole text; entity recognition only (findEntities / compromise)');
console.log('system       |  P     R     F1   | PER F1 | ORG F1 | LOC F1 | tokens/s');
console.log('-------------|-------------------|--------|--------|--------|---------');
for (const [name, { spans, tps }] of systems) {
  const s = score(spans);
  const f = (x: number): string => x.toFixed(3);
  console.log(
    `${name.padEnd(12)} | ${f(s.ALL.p)} ${f(s.ALL.r)} ${f(s.ALL.f)} | ${f(s.PER.f)}  | ${f(s.ORG.f)}  | ${f(s.LOC.f)}  | ${Math.round(tps).toLocaleString('en-US')}`,
  );
}
if (process.env.NER_ERRORS) {
  const pred = systems[1][1].spans;
  const pk = new Set(pred.map((s) => `${s.type}:${s.start}:${s.end}`));
  const gk = new Set(gold.map((s) => `${s.type}:${s.start}:${s.end}`));
  const show = (s: CharSpan, tag: string): void =>
    console.log(`${tag} ${s.type} ${text.slice(s.start, s.end)} | ${text.slice(Math.max(0, s.start - 40), s.end + 40).replace(/\n/g, ' / ')}`);
  let n = 0;
  for (const s of pred) if (!gk.has(`${s.type}:${s.start}:${s.end}`) && n++ < Number(process.env.NER_ERRORS)) show(s, 'FP');
  n = 0;
  for (const s of gold) if (!pk.has(`${s.type}:${s.start}:${s.end}`) && n++ < Number(process.env.NER_ERRORS)) show(s, 'FN');
}
