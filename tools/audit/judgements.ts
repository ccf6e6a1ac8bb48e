/**
 * The audit's committed records (docs/audits/): judgements of sampled
 * highlights and the recall spot check's expected items, as JSON lines with
 * offsets into a page's article text and the text's hash — never the text.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { AuditItem } from './sample';

export const ENTITY_VERDICTS = ['CORRECT', 'WRONG_TYPE', 'WRONG_SPAN', 'NOT_ENTITY', 'FURNITURE', 'UNSURE'] as const;
export const CLAIM_VERDICTS = ['VALID', 'WRONG_SOURCE', 'PARTIAL', 'NOT_CLAIM', 'UNSURE'] as const;

/** One judged highlight. */
export interface Judgement extends AuditItem {
  /** sha256 of the page's article text when judged. */
  hash: string;
  verdict: string;
  note: string;
  /** The highlight lies in page furniture (a promo, gallery, bio, reprint line …). */
  furniture: boolean;
}

/** An item the recall spot check expects: a name (with its type) or a statement (its cue or quote, and its source). */
export interface Expected {
  page: string;
  hash: string;
  what: 'name' | 'statement';
  start: number;
  end: number;
  /** A name's type. */
  type?: string;
  /** A statement's source span (the name or role the text gives; for "he said", the pronoun). */
  source?: [number, number];
  note?: string;
}

/** Why a judgement line is malformed, or null. */
export function judgementError(x: unknown): string | null {
  if (typeof x !== 'object' || x === null) return 'not an object';
  const j = x as Record<string, unknown>;
  if (typeof j.page !== 'string' || typeof j.hash !== 'string') return 'page and hash must be strings';
  if (!Number.isInteger(j.start) || !Number.isInteger(j.end) || (j.end as number) <= (j.start as number)) return 'bad span';
  if (typeof j.type !== 'string') return 'type must be a string';
  const verdicts: readonly string[] = j.type === 'claim' ? CLAIM_VERDICTS : ENTITY_VERDICTS;
  if (typeof j.verdict !== 'string' || !verdicts.includes(j.verdict)) return `verdict must be one of ${verdicts.join(', ')}`;
  if (typeof j.furniture !== 'boolean') return 'furniture must be true or false';
  if (typeof j.note !== 'string') return 'note must be a string';
  return null;
}

export function readJsonl<T>(file: string): T[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      try {
        return JSON.parse(l) as T;
      } catch (e) {
        throw new Error(`${file}:${i + 1}: ${(e as Error).message}`);
      }
    });
}

export function writeJsonl(file: string, rows: readonly unknown[]): void {
  writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : ''));
}
