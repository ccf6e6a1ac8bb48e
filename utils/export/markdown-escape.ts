/**
 * Making arbitrary text render literally in Markdown (CommonMark, GFM and
 * Obsidian's extensions), without HTML: characters that could start markup
 * are backslash-escaped, which CommonMark allows for any ASCII punctuation.
 */

// Inline markup anywhere in a line: code, emphasis, links/wikilinks, HTML and
// autolinks, tags and headings, Obsidian highlights (==), comments (%%),
// maths ($), block ids (^), strikethrough (~), tables (|), entities (&).
const INLINE = /[\\`*_[\]<>#~=|^$%&]/g;

/** Splits text into lines at any line break (CRLF, CR, LF, U+2028, U+2029). */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|[\r\n\u2028\u2029]/);
}

/**
 * One line of text as Markdown that renders as exactly that text: inline
 * markup escaped, block markers at the line's start (lists, ordered lists,
 * quotes, headings, rules) escaped, surrounding whitespace removed so that
 * indentation cannot make a code block and trailing spaces a hard break.
 */
export function escapeLine(line: string): string {
  let s = line.trim().replace(INLINE, (c) => `\\${c}`);
  s = s.replace(/^([-+])/, '\\$1');
  s = s.replace(/^(\d{1,9})([.)])/, '$1\\$2');
  return s;
}

/** Text on one line (line breaks become spaces), escaped as by {@link escapeLine}. */
export function escapeInline(text: string): string {
  return escapeLine(splitLines(text).join(' ').replace(/\s+/g, ' '));
}

/**
 * A tag as Obsidian accepts it: letters, digits, `_`, `-` and `/` (nested
 * tags); runs of anything else become `-`; leading/trailing `-` and `/` are
 * dropped; an all-digit tag gets a leading `_` (Obsidian needs one
 * non-digit). Returns '' when nothing usable is left.
 */
export function obsidianTag(tag: string): string {
  let s = tag
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}\p{M}_\-/]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/\/{2,}/g, '/')
    .replace(/^[-/]+|[-/]+$/g, '');
  if (/^\p{N}+$/u.test(s)) s = `_${s}`;
  return s;
}
