/**
 * CoNLL-2003 format reader (pure; callers read the file): sentences of
 * tokens with their BIO (or IOB1) entity tags normalised to BIO.
 */

/** One sentence of a CoNLL file. */
export interface ConllSentence {
  tokens: string[];
  tags: string[];
}

/** Parse CoNLL text; `-DOCSTART-` lines are skipped. Tags become BIO. */
export function parseConll(text: string): ConllSentence[] {
  const out: ConllSentence[] = [];
  let cur: ConllSentence = { tokens: [], tags: [] };
  const flush = (): void => {
    if (cur.tokens.length) out.push({ tokens: cur.tokens, tags: toBioTags(cur.tags) });
    cur = { tokens: [], tags: [] };
  };
  for (const line of text.split('\n')) {
    const l = line.trim();
    if (!l) {
      flush();
      continue;
    }
    const parts = l.split(/\s+/);
    if (parts[0] === '-DOCSTART-') {
      flush();
      continue;
    }
    cur.tokens.push(parts[0]);
    cur.tags.push(parts[parts.length - 1]);
  }
  flush();
  return out;
}

/** IOB1 (or BIO) tags as BIO: an I- tag that opens a span becomes B-. */
export function toBioTags(tags: string[]): string[] {
  return tags.map((t, i) => {
    if (t.startsWith('I-')) {
      const prev = i > 0 ? tags[i - 1] : 'O';
      if (prev === 'O' || prev.slice(2) !== t.slice(2)) return 'B-' + t.slice(2);
    }
    return t;
  });
}

/** Entity spans (token ranges) of a BIO tag sequence. */
export function bioSpans(tags: string[]): Array<{ type: string; start: number; end: number }> {
  const spans: Array<{ type: string; start: number; end: number }> = [];
  for (let i = 0; i < tags.length; i++) {
    if (!tags[i].startsWith('B-')) continue;
    const type = tags[i].slice(2);
    let j = i + 1;
    while (j < tags.length && tags[j] === 'I-' + type) j++;
    spans.push({ type, start: i, end: j });
  }
  return spans;
}
