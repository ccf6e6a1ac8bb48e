/**
 * One analysis with a time budget (issue 22). An article of normal length is
 * analysed whole, exactly as `annotate` does; a text longer than WHOLE_CHARS
 * is analysed part by part (paragraph-aligned), and the analysis stops before
 * a part it expects to overrun the budget, returning what the parts before it
 * found. The CLI and the evaluations call `annotate` itself.
 */
import type { Analysis, Claim, Span } from '../types';
import { annotate } from './annotate';

/** Texts up to this length (about 8,000 words) are analysed in one piece. */
export const WHOLE_CHARS = 50_000;
/** Part length for longer texts. */
export const PART_CHARS = 20_000;
/**
 * The default budget of the engine's part of one analysis: with the messages
 * and the painting around it, a page is painted within about a second.
 */
export const ANALYSIS_BUDGET_MS = 600;

export interface BudgetedAnalysis {
  analysis: Analysis;
  /** Characters analysed, from the start of the text. */
  analysedChars: number;
  /** True if the budget stopped the analysis before the end of the text. */
  stopped: boolean;
  ms: number;
}

/** Paragraph-aligned parts of at most about `size` characters (a paragraph longer than that is cut at a space). */
export function splitParts(text: string, size = PART_CHARS): { start: number; end: number }[] {
  const parts: { start: number; end: number }[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      const para = text.lastIndexOf('\n', end);
      const space = text.lastIndexOf(' ', end);
      end = para > start + size / 4 ? para + 1 : space > start + size / 4 ? space + 1 : end;
    }
    parts.push({ start, end });
    start = end;
  }
  return parts;
}

const shiftSpan = <T extends Span>(s: T, by: number): T => ({ ...s, start: s.start + by, end: s.end + by });

/** An analysis of `text.slice(by)` moved to offsets in `text`; entity ids are made unique per part. */
export function shiftAnalysis(a: Analysis, by: number, part: number): Analysis {
  const id = (x: string | undefined) => (x === undefined || part === 0 ? x : `p${part}-${x}`);
  return {
    entities: a.entities.map((e) => ({ ...shiftSpan(e, by), ...(e.entityId === undefined ? {} : { entityId: id(e.entityId) }) })),
    claims: a.claims.map((c): Claim => ({
      ...shiftSpan(c, by),
      content: shiftSpan(c.content, by),
      cue: c.cue && shiftSpan(c.cue, by),
      source: c.source && { ...shiftSpan(c.source, by), ...(c.source.entityId === undefined ? {} : { entityId: id(c.source.entityId) }) },
    })),
  };
}

/**
 * Analyses `text` within `budgetMs` (measured with `now`), whole when it is
 * short. `between` runs after each part (the in-thread fallback yields there).
 */
export async function annotateWithin(
  text: string,
  budgetMs = ANALYSIS_BUDGET_MS,
  opts: { now?: () => number; between?: () => Promise<void> } = {},
): Promise<BudgetedAnalysis> {
  const now = opts.now ?? (() => performance.now());
  const t0 = now();
  if (text.length <= WHOLE_CHARS) return { analysis: annotate(text), analysedChars: text.length, stopped: false, ms: now() - t0 };
  const out: Analysis = { entities: [], claims: [] };
  let done = 0;
  const parts = splitParts(text);
  for (let i = 0; i < parts.length; i++) {
    const { start, end } = parts[i];
    const elapsed = now() - t0;
    // stop before a part that would end past the budget, at the pace of the parts so far
    if (i > 0 && elapsed + (elapsed / done) * (end - start) > budgetMs)
      return { analysis: out, analysedChars: done, stopped: true, ms: elapsed };
    const a = shiftAnalysis(annotate(text.slice(start, end)), start, i);
    out.entities.push(...a.entities);
    out.claims.push(...a.claims);
    done = end;
    if (opts.between && i + 1 < parts.length) await opts.between();
  }
  return { analysis: out, analysedChars: done, stopped: false, ms: now() - t0 };
}
