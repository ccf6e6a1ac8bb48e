/**
 * `npm run audit [-- --data DIR] [-- --add FILE]`: audit what a reader sees.
 *
 * Annotates the audited pages (see pages.ts) exactly as the CLI does, draws
 * the guideline's sample (sample.ts), re-uses every judgement in
 * docs/audits/judgements.jsonl whose page, span, type (and a claim's source)
 * match and whose page text is unchanged (same hash), and prints the
 * figures with their counts. Items without a judgement are written, with
 * their context, to .audit/to-judge.jsonl (not committed: it holds page
 * text); judge them by ../shared/audit/README.md, fill in `verdict`, `note`
 * and `furniture`, and merge them with `--add FILE`.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadAuditPages, PAGE_SEED, type AuditPage } from './pages';
import { itemKey, samplePage, SAMPLE_SEED, type AuditItem } from './sample';
import { judgementError, readJsonl, writeJsonl, type Expected, type Judgement } from './judgements';
import { found, precision, ratio, show } from './figures';

const ROOT = resolve(import.meta.dirname, '../..');
const JUDGEMENTS = join(ROOT, 'docs/audits/judgements.jsonl');
const EXPECTED = join(ROOT, 'docs/audits/expected.jsonl');
const OUT_DIR = join(ROOT, '.audit');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** The context a judge reads: 60 characters each side for entities, 100 for claims. */
function forJudging(p: AuditPage, x: AuditItem): Record<string, unknown> {
  const w = x.type === 'claim' ? 100 : 60;
  const t = p.text;
  const at = (r?: [number, number] | null) => (r ? t.slice(r[0], r[1]) : null);
  return {
    ...x,
    before: t.slice(Math.max(0, x.start - w), x.start),
    span: t.slice(x.start, x.end),
    after: t.slice(x.end, x.end + w),
    ...(x.type === 'claim' ? { sourceText: at(x.source), cueText: at(x.cue) } : {}),
    verdict: '',
    note: '',
    furniture: false,
  };
}

/** Merges judged lines from `file` into the committed judgements (a line with the same key replaces the old one). */
function add(file: string, pages: Map<string, AuditPage>): void {
  const old = readJsonl<Judgement>(JUDGEMENTS);
  const byKey = new Map(old.map((j) => [itemKey(j), j]));
  let n = 0;
  for (const raw of readJsonl<Record<string, unknown>>(file)) {
    const p = pages.get(String(raw.page));
    if (!p) throw new Error(`unknown page ${String(raw.page)}`);
    const j: Judgement = {
      page: p.page,
      hash: p.hash,
      start: raw.start as number,
      end: raw.end as number,
      type: raw.type as string,
      ...(raw.type === 'claim'
        ? {
            kind: raw.kind as string,
            source: (raw.source as [number, number] | null) ?? null,
            cue: (raw.cue as [number, number] | null) ?? null,
            content: raw.content as [number, number],
          }
        : {}),
      verdict: raw.verdict as string,
      note: (raw.note as string) ?? '',
      furniture: raw.furniture === true || raw.verdict === 'FURNITURE',
    };
    const err = judgementError(j);
    if (err) throw new Error(`${file}: ${itemKey(j)}: ${err}`);
    byKey.set(itemKey(j), j);
    n++;
  }
  const rows = [...byKey.values()].sort((a, b) => a.page.localeCompare(b.page) || a.start - b.start || a.type.localeCompare(b.type));
  writeJsonl(JUDGEMENTS, rows);
  console.log(`added ${n} judgements; ${rows.length} in ${JUDGEMENTS}`);
}

function main(): void {
  const data = resolve(arg('--data') ?? join(ROOT, '../shared/data'));
  if (!existsSync(data)) {
    console.error(`audit: ${data} not found (the shared data folder is absent)`);
    process.exit(2);
  }
  const pages = loadAuditPages(data);
  const byPage = new Map(pages.map((p) => [p.page, p]));
  const toAdd = arg('--add');
  if (toAdd) add(toAdd, byPage);

  const judged = new Map(readJsonl<Judgement>(JUDGEMENTS).map((j) => [itemKey(j), j]));
  const reused: Judgement[] = [];
  const fresh: Record<string, unknown>[] = [];
  let stale = 0;
  for (const p of pages) {
    for (const x of samplePage(p.page, p.analysis)) {
      const j = judged.get(itemKey(x));
      if (j && j.hash === p.hash) reused.push(j);
      else {
        if (j) stale++;
        fresh.push(forJudging(p, x));
      }
    }
  }
  mkdirSync(OUT_DIR, { recursive: true });
  writeJsonl(join(OUT_DIR, 'to-judge.jsonl'), fresh);

  console.log(
    `${pages.length} pages (page draw seed ${PAGE_SEED}, sample seed ${SAMPLE_SEED}); ${reused.length + fresh.length} items sampled`,
  );
  console.log(
    `${reused.length} judgements re-used; ${fresh.length} to judge afresh (${stale} of them on a changed page text) → ${join(OUT_DIR, 'to-judge.jsonl')}`,
  );
  const names = precision(reused, 'names');
  const values = precision(reused, 'values');
  const claims = precision(reused, 'claims');
  console.log(`named entities, article text:   ${show(names.article)}   (UNSURE ${names.unsure})`);
  console.log(`named entities, with furniture: ${show(names.all)}`);
  console.log(`dates and numbers, article:     ${show(values.article)}   (with furniture ${show(values.all)}, UNSURE ${values.unsure})`);
  console.log(`claims, article text:           ${show(claims.article)}   (with furniture ${show(claims.all)}, UNSURE ${claims.unsure})`);

  const expected = readJsonl<Expected>(EXPECTED);
  const live = expected.filter((x) => byPage.get(x.page)?.hash === x.hash);
  const count = (what: Expected['what']) => {
    const xs = live.filter((x) => x.what === what);
    const p = (x: Expected) => byPage.get(x.page)!;
    return ratio(xs.filter((x) => found(x, p(x).analysis, p(x).text)).length, xs.length);
  };
  const pagesChecked = new Set(live.map((x) => x.page)).size;
  console.log(`recall spot check (${pagesChecked} pages; ${expected.length - live.length} expected items on a changed page text skipped):`);
  console.log(`  expected names found (span and type): ${show(count('name'))}`);
  console.log(`  quotes and "X said" statements painted with their source: ${show(count('statement'))}`);
  if (process.argv.includes('--misses')) {
    for (const x of live) {
      const p = byPage.get(x.page)!;
      if (!found(x, p.analysis, p.text))
        console.log(`  missed ${x.what} ${x.page} ${x.start}-${x.end} ${x.type ?? ''} «${p.text.slice(x.start, x.end)}»`);
    }
  }
}

main();
