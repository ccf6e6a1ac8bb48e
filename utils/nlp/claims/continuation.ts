/**
 * Quotes that continue a speaker's words without a new cue keep that
 * speaker. In the same paragraph (“…,” he said. “More.”) and across a
 * paragraph break when the quote was left open (news style: the next
 * paragraph reopens it) they extend the claim's content; a quote that opens
 * the next paragraph after a closed one becomes its own claim with the same
 * source and no cue (not after a headline).
 */
import { quoteAt, type Layout } from './layout';
import { paragraphEnd } from './patterns';
import type { Draft } from './extract';

/** A follow-on quote: content character range and the inherited source tokens. */
export interface FollowOn {
  content: [number, number];
  src: [number, number] | null;
}

/**
 * True when sentence `si` sits in a paragraph that ends without terminal
 * punctuation: a headline or a standfirst ("Norway and Sweden: Harbour Talks
 * Stalled"). Its speaker does not carry into the body's first quote, which
 * is not a continuation of the headline's words.
 */
function isHeadline(L: Layout, si: number): boolean {
  const end = paragraphEnd(L, si);
  return !/[.!?…][”"’)\]]*$/.test(L.text.slice(Math.max(0, end - 4), end));
}

function opensWithQuote(L: Layout, si: number): boolean {
  const s = L.sents[si];
  if (s.to <= s.from) return false;
  const t = L.toks[s.from].text;
  return t === '“' || t === '"';
}

/**
 * Extend each draft's content over the cue-less quoted sentences that follow
 * it, and return the follow-on quotes of later paragraphs. `drafts` is sorted
 * by cue; contents are mutated in place. Linear time.
 */
export function attachFollowOns(L: Layout, drafts: Draft[]): FollowOn[] {
  const cueSent = new Uint8Array(L.sents.length);
  for (const d of drafts) cueSent[d.sent] = 1;
  const out: FollowOn[] = [];
  let si = 0;
  for (let di = 0; di < drafts.length; di++) {
    const d = drafts[di];
    const nextCue = di + 1 < drafts.length ? L.toks[drafts[di + 1].cueFrom].start : Infinity;
    if (si <= d.sent) si = d.sent + 1;
    let para = L.sents[d.sent].para;
    const q0 = quoteAt(L, d.content[1] - 1);
    let open = q0 >= 0 && !L.quotes[q0].closed; // left open at the paragraph end
    while (si < L.sents.length) {
      const s = L.sents[si];
      if (s.end <= d.content[1]) {
        si++;
        continue;
      }
      if (cueSent[si] || s.start >= nextCue || !opensWithQuote(L, si)) break;
      const q = L.quoteOf[s.from];
      const end = q >= 0 ? L.quotes[q].close : s.end;
      // “…?” Clinton said / “A. B,” said Trump: the quote belongs to its own cue
      let j = si;
      let owned = false;
      while (j < L.sents.length && L.sents[j].start < end) if (cueSent[j++]) owned = true;
      if (j < L.sents.length && L.sents[j].para === s.para && cueSent[j] && L.sents[j].start - end < 3) owned = true;
      if (owned) break;
      if (s.para === para || (s.para === para + 1 && open)) {
        d.content[1] = end;
      } else if (s.para === para + 1 && d.src && !isHeadline(L, d.sent)) {
        out.push({ content: [s.start, end], src: d.src });
      } else break;
      open = q >= 0 && !L.quotes[q].closed;
      para = s.para;
      while (si < L.sents.length && L.sents[si].start < end) si++;
    }
  }
  return out;
}
