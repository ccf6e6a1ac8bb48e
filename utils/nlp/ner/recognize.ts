/**
 * Statistical mention detection: tokenise, segment, tag with the trained
 * model, and read PER/ORG/LOC/MISC token spans off the BIO tags.
 */
import { tokenize, type Tokens } from '../tokenize';
import { computeAttrs, type TokenAttrs } from './features';
import { segmentTokens } from './segments';
import { LABELS, tagSegments } from './tagger';
import { nerScorer } from './model';

/** A mention as a token range with its CoNLL-style class. */
export interface TokenSpan {
  type: 'PER' | 'ORG' | 'LOC' | 'MISC';
  start: number;
  end: number;
}

/** Everything later stages need: tokens, attributes and tagged spans. */
export interface Recognition {
  tokens: Tokens;
  attrs: TokenAttrs;
  spans: TokenSpan[];
}

/** Run the tagger over `text`. */
export function recognize(text: string): Recognition {
  const tokens = tokenize(text);
  const segments = segmentTokens(tokens);
  const attrs = computeAttrs(tokens.words, segments);
  const tags = tagSegments(attrs, segments, nerScorer());
  const spans: TokenSpan[] = [];
  for (let i = 0; i < tags.length; i++) {
    const label = LABELS[tags[i]];
    if (!label.startsWith('B-')) continue;
    const inside = tags[i] + 1;
    let j = i + 1;
    while (j < tags.length && tags[j] === inside) j++;
    spans.push({ type: label.slice(2) as TokenSpan['type'], start: i, end: j });
    i = j - 1;
  }
  return { tokens, attrs, spans };
}
