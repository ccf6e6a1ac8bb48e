/**
 * Cue proposals: the trained classifier's cue spans per sentence, with the
 * cues the layout's conventions make (speaker labels, signature dashes, a
 * poll opening its sentence) and the evidence cues ("records show"); near
 * runs in one sentence are bridged into one cue.
 */
import { findCueTokens, type CueModel } from './cueModel';
import type { Layout } from './layout';
import { isWord } from './tokens';
import { conventionCues, isEvidenceCue, isInterviewLabel, isNewsroomLabel } from './patterns';

/** A cue proposal: token range, classifier score, and whether a layout convention made it. */
export interface CueProposal {
  from: number;
  to: number;
  score: number;
  convention: boolean;
}

/** Words that join two acts, not two parts of one cue ("thanked Miami and said", "said when asked"): never bridged. */
const LINKS = new Set(['and', 'or', 'but', 'when', 'before', 'after', 'while', 'as']);

/** Cue hits for every sentence, as global token ranges; near runs bridged. */
export function allCues(L: Layout, model: CueModel): CueProposal[] {
  const out: CueProposal[] = [];
  const conv = conventionCues(L);
  let ci = 0;
  for (const s of L.sents) {
    if (s.to <= s.from) continue;
    const toks = L.toks.slice(s.from, s.to);
    const hits: CueProposal[] = findCueTokens(toks, L.inQuote.subarray(s.from, s.to), model)
      .map((h) => ({ from: h.from + s.from, to: h.to + s.from, score: h.score, convention: false }))
      .filter((h) => !(h.from === h.to && (isInterviewLabel(L, h.from) || isNewsroomLabel(L, h.from))));
    // "records show", "the poll found": a cue even where the classifier doubts it (scored 0, like a convention's)
    for (let i = s.from + 1; i < s.to; i++) {
      if (isEvidenceCue(L, i) && !hits.some((h) => h.from <= i && i <= h.to)) hits.push({ from: i, to: i, score: 0, convention: false });
    }
    for (; ci < conv.length && conv[ci] < s.to; ci++) {
      const c = conv[ci];
      if (!hits.some((h) => h.from <= c && c <= h.to)) hits.push({ from: c, to: c, score: 0, convention: true });
    }
    hits.sort((a, b) => a.from - b.from);
    for (const h of hits) if (L.toks[h.to].lower === 'according' && L.toks[h.to + 1]?.lower === 'to') h.to++;
    for (const h of hits) {
      const { from, to } = h;
      const last = out[out.length - 1];
      // bridge "said … statement"-style splits: gap of ≤2 word tokens, none of them a link word
      if (last && from - last.to <= 3 && L.sentOf[last.to] === L.sentOf[from]) {
        let ok = true;
        for (let k = last.to + 1; k < from; k++) if (!isWord(L.toks[k]) || LINKS.has(L.toks[k].lower)) ok = false;
        if (ok) {
          last.to = to;
          last.score = Math.max(last.score, h.score);
          continue;
        }
      }
      out.push(h);
    }
  }
  return out;
}
