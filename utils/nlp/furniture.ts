/**
 * Page furniture inside an article's text: picture galleries (slide counters
 * "6/50" and their captions, photo credits), author bios ("Jo Park is a
 * reporter covering …"), reprint lines ("This article originally appeared
 * on …"), newsletter and follow promos ("Sign up for …", "Get … in your
 * inbox"), and contents lists. Article detection may let such blocks
 * through; a highlight there is wrong for the reader even when the name is
 * right, so the engine paints nothing in them. General patterns of news
 * layout, keyed to no site.
 */
import type { Analysis } from '../types';

/** A block of the text, `[start, end)`. */
export interface Block {
  start: number;
  end: number;
}

/** The text's blocks: runs of text between blank lines (the article text's "\n\n"), or single lines. */
export function blocks(text: string): Block[] {
  const out: Block[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body) out.push({ start: m.index + lead, end: m.index + lead + body.length });
  }
  return out;
}

/** A slide counter opening or making up a block: "6/50", "6 / 50", "6 of 50", "Image 6 of 50". */
const COUNTER = /^(?:(?:image|photo|picture|slide)\s+)?\d{1,3}\s*(?:\/|of)\s*\d{1,3}(?:\s|$|[.:)\]-])/i;
/** Photo credit lines: "Photo: …", "(Getty Images)", "Credit: …". */
const CREDIT =
  /^(?:\(?(?:photo|photograph|image|picture|credit|photo credit|illustration)s?(?:\s+by)?\s*[:©]|.{0,80}\b(?:getty images|afp via getty|reuters\/|ap photo|shutterstock|epa-efe)\)?\s*$)/i;
/** Reprint and licence lines. */
const REPRINT =
  /\b(?:originally (?:appeared|published|ran) (?:on|in|at)|(?:re)?published (?:here )?with permission|reprinted with permission|republished from|all rights reserved|this (?:article|story|piece|post) (?:first |was first |was originally |is )?(?:appeared|published|republished|produced|reprinted)|^copyright\b|^©)/i;
/** Newsletter, subscription, follow and app promos. */
const PROMO =
  /^(?:sign up\b|subscribe\b|get (?:.{0,80}?)\b(?:in|to|delivered to) your inbox|newsletter\b|follow (?:us|\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)*) on\b|download (?:the|our) .{0,40}app|read more\b|related\b|more from\b|click here\b|share this\b|support (?:our|independent) journalism|(?:this|our) newsletter\b|you can (?:sign up|subscribe)|want (?:more|to get)\b.{0,80}\binbox)/iu;
/** Promo words anywhere in a short block. */
const PROMO_ANYWHERE = /\b(?:sign up for (?:our|the|a)? ?[\p{L} ]{0,40}newsletter|in your inbox|subscribe to (?:our|the)\b)/iu;
/** An author bio: "Jo Park is a reporter covering …", "She is the author of …", "… covers … for …". */
const BIO =
  /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:is|was|has been)\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,5}?(?:reporter|correspondent|writer|editor|journalist|columnist|contributor|producer|author|freelancer|intern|fellow|critic|photographer|host)\b|^(?:he|she|they) (?:is|are) (?:an?|the) (?:[\p{L}-]+\s+){0,4}?(?:author of|reporter|correspondent|writer|editor|journalist|columnist)\b|^(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:covers|writes about|reports on)\s/u;
/** A media player's or an ad slot's controls and labels, as whole lines. */
const PLAYER =
  /^(?:full ?screen|autoplay|close|caption|captions|share|play|pause|replay|mute|unmute|expand|enlarge|next|previous|skip ad|advertisement|ad|sponsored(?: links| content| stories)?|promoted(?: stories)?|loading|now playing|up next)$/i;
/** A contents list's heading. */
const CONTENTS = /^(?:table of contents|contents|in this (?:article|story|guide)|jump to)\s*:?\s*$/i;

/** Longest block still taken for a caption, promo or bio line (a long paragraph is article prose). */
const SHORT = 320;
/** Longest line of a contents list. */
const ITEM = 80;

function isShortLine(t: string): boolean {
  return t.length <= ITEM && !/[.!?"”:]$/.test(t);
}

/**
 * The furniture blocks of an article's text, in order. A block is
 * furniture when it is a slide counter or the caption right after one, a
 * photo credit, a reprint line, a promo, an author bio, a media player's
 * or ad slot's label ("Autoplay", "Sponsored links"), or a line of a
 * contents list after its "Contents" heading.
 */
export function furnitureBlocks(text: string): Block[] {
  const bs = blocks(text);
  const out = new Set<number>();
  const body = (i: number) => text.slice(bs[i].start, bs[i].end);
  for (let i = 0; i < bs.length; i++) {
    const t = body(i);
    if (COUNTER.test(t)) {
      out.add(i);
      // the caption after a counter, and a credit after it
      if (i + 1 < bs.length && body(i + 1).length <= SHORT * 2 && !COUNTER.test(body(i + 1))) out.add(i + 1);
      continue;
    }
    if (t.length > SHORT * 2) continue;
    if (REPRINT.test(t) || BIO.test(t) || PLAYER.test(t)) out.add(i);
    else if (t.length <= SHORT && (CREDIT.test(t) || PROMO.test(t) || PROMO_ANYWHERE.test(t))) out.add(i);
  }
  // contents lists: the short unpunctuated lines after a "Contents" heading (a run without one may be the article's own list)
  for (let i = 0; i < bs.length; i++) {
    if (!CONTENTS.test(body(i))) continue;
    let j = i + 1;
    while (j < bs.length && isShortLine(body(j))) j++;
    if (j > i + 1) for (let k = i; k < j; k++) out.add(k);
    i = j - 1;
  }
  return [...out].sort((a, b) => a - b).map((i) => bs[i]);
}

/** Longest opening block read as a headline. */
const HEADLINE = 200;

/**
 * The text's opening block when it reads as a headline (short, no closing
 * full stop): a headline's "says" or "Officials:" is no claim a reader
 * follows, while its names are still names. Empty otherwise.
 */
export function headlineBlocks(text: string): Block[] {
  const first = blocks(text)[0];
  if (!first) return [];
  const t = text.slice(first.start, first.end);
  return t.length <= HEADLINE && !/[.!?…][”"’']?$/.test(t) && blocks(text).length > 1 ? [first] : [];
}

/** True when `[start, end)` overlaps one of the sorted `ranges`. */
function inAny(ranges: readonly Block[], start: number, end: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid];
    if (r.end <= start) lo = mid + 1;
    else if (r.start >= end) hi = mid - 1;
    else return true;
  }
  return false;
}

/** The analysis without the entities and claims that touch a furniture block, and without claims in a headline. */
export function maskFurniture(analysis: Analysis, furniture: readonly Block[], headline: readonly Block[] = []): Analysis {
  if (!furniture.length && !headline.length) return analysis;
  return {
    entities: analysis.entities.filter((e) => !inAny(furniture, e.start, e.end)),
    claims: analysis.claims.filter((c) => !inAny(furniture, c.start, c.end) && !(headline.length && c.end <= headline[0].end + 1)),
  };
}
