/**
 * Export of notes as Markdown for Obsidian and similar tools.
 *
 * Layout: a title; then per article (ordered by its first note) a `##`
 * heading with the page title (or URL), the URL as an autolink, and the
 * dates of its notes; then per note, in reading order (by position, then
 * date), the quote as a block quote (every line prefixed "> "), the note as
 * paragraphs, and the tags as Obsidian #tags. Quotes, notes and titles are
 * escaped so they render literally (./markdown-escape.ts); no HTML is ever
 * produced. Tags are rewritten to Obsidian's tag characters; a tag with none
 * of them is left out here (JSON-LD and CSV keep every tag as written).
 * Deterministic: the same notes give the same bytes.
 */
import type { NoteRecord } from '../annotation';
import { escapeInline, escapeLine, obsidianTag, splitLines } from './markdown-escape';
import { compareStrings, sortNotes } from './order';
import { knownSelectors } from './selectors';

/** Options of {@link toMarkdown}. */
export interface MarkdownOptions {
  /** The document's `#` heading; default "Newsmark notes". */
  title?: string;
}

/** The day (YYYY-MM-DD, UTC) of an ISO date. */
function day(iso: string): string {
  return iso.slice(0, 10);
}

/** A URL as an autolink when it can be one, else as escaped text. */
export function markdownUrl(url: string): string {
  return /^[^\s<>\u0000-\u001f\u007f]+$/.test(url) ? `<${url}>` : escapeInline(url);
}

/** Text as escaped Markdown lines; blank lines kept as paragraph breaks. */
function paragraphs(text: string): string[] {
  const lines = splitLines(text).map(escapeLine);
  const out: string[] = [];
  for (const line of lines) if (line !== '' || (out.length > 0 && out[out.length - 1] !== '')) out.push(line);
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
}

/** The Markdown lines of one note (quote, note, tags, separated by blank lines), without a trailing blank line. */
export function noteMarkdown(note: NoteRecord): string[] {
  const sections: string[][] = [];
  const { quote, position } = knownSelectors(note);
  const quoteLines = quote ? paragraphs(quote.exact) : [];
  if (quoteLines.length > 0) sections.push(quoteLines.map((line) => (line === '' ? '>' : `> ${line}`)));
  else if (position)
    sections.push([`*Characters ${position.start}–${position.end} of the article; the quote was not in the imported file.*`]);
  const body = paragraphs(note.body);
  if (body.length > 0) sections.push(body);
  const tags = [...new Set(note.tags.map(obsidianTag).filter((t) => t !== ''))];
  if (tags.length > 0) sections.push([tags.map((t) => `#${t}`).join(' ')]);
  return sections.flatMap((lines, i) => (i === 0 ? lines : ['', ...lines]));
}

/** `group` in reading order: by position where known (unknown last), then created, then id. */
function inReadingOrder(group: readonly NoteRecord[]): NoteRecord[] {
  const keyed = group.map((note) => ({ note, start: knownSelectors(note).position?.start ?? Infinity }));
  keyed.sort((a, b) => a.start - b.start || compareStrings(a.note.created, b.note.created) || compareStrings(a.note.id, b.note.id));
  return keyed.map((k) => k.note);
}

/** Lines per part of {@link markdownParts}, roughly (a part ends with an article). */
const PART_LINES = 20_000;

/**
 * The Markdown file as consecutive parts, each a run of whole articles.
 * Joined, they are exactly `toMarkdown(notes, opts)`.
 */
export function* markdownParts(notes: readonly NoteRecord[], opts: MarkdownOptions = {}): Generator<string> {
  const groups = new Map<string, NoteRecord[]>();
  for (const note of sortNotes(notes)) {
    const group = groups.get(note.target.source);
    if (group) group.push(note);
    else groups.set(note.target.source, [note]);
  }
  let out: string[] = [`# ${escapeInline(opts.title ?? 'Newsmark notes')}`];
  for (const [url, group] of groups) {
    // The latest non-empty title wins: pages get renamed, the newest is the best guess.
    const titled = group.filter((n) => n.pageTitle.trim() !== '');
    const title = titled.length > 0 ? titled[titled.length - 1].pageTitle : url;
    const first = day(group[0].created);
    const last = day(group.reduce((max, n) => (n.created > max ? n.created : max), group[0].created));
    out.push(
      '',
      `## ${escapeInline(title)}`,
      '',
      markdownUrl(url),
      first === last ? `Annotated ${first}` : `Annotated ${first} to ${last}`,
    );
    for (const note of inReadingOrder(group)) out.push('', ...noteMarkdown(note));
    if (out.length >= PART_LINES) {
      yield `${out.join('\n')}\n`;
      // The next part starts a line; the blank line before the next article comes from its own ''.
      out = [];
    }
  }
  yield out.length > 0 ? `${out.join('\n')}\n` : '';
}

/** Serialises `notes` as Markdown grouped by article (see the module doc and {@link markdownParts}). */
export function toMarkdown(notes: readonly NoteRecord[], opts: MarkdownOptions = {}): string {
  return [...markdownParts(notes, opts)].join('');
}
