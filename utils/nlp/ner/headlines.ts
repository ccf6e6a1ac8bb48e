/**
 * Headlines in Title Case capitalise every word, so capitals there say
 * little: "Mapped Undersea Cables, Asks NATO" is not a person and an
 * organisation. In the headline (the text's first line, as article
 * detection puts it) a name is kept only when the article uses it elsewhere
 * as a name too, or when our gazetteers know it. Only the first line: other
 * lines full of capitals are usually lists of real names (teams, players).
 */
import type { Entity } from '../../types';
import { matchOrganisation, matchPlace } from './gazetteer-index';

const SMALL = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 'the', 'to', 'with', 'vs', 'via']);
const NAME_TYPES = new Set(['PERSON', 'ORG', 'PLACE']);

/** The first line's range `[start, end)` if it is written in Title Case (not ALL CAPS, which the tagger handles itself). */
export function titleCaseLines(text: string): [number, number][] {
  let end = text.indexOf('\n');
  if (end < 0) end = text.length;
  const words = text.slice(0, end).match(/\p{L}[\p{L}'’.-]*/gu) ?? [];
  const content = words.filter((w) => !SMALL.has(w.toLowerCase()));
  if (content.length < 4) return [];
  const capital = content.filter((w) => /^\p{Lu}/u.test(w)).length;
  const allCaps = content.filter((w) => w.length > 1 && w === w.toUpperCase()).length;
  return capital / content.length >= 0.8 && allCaps / content.length < 0.5 ? [[0, end]] : [];
}

function known(name: string): boolean {
  const words = name.split(/\s+/);
  const lower = words.map((w) => w.toLowerCase());
  return matchPlace(words, lower, 0, words.length) === words.length || matchOrganisation(words, lower, 0, words.length) === words.length;
}

/** Drops names in Title Case lines that nothing else supports. `entities` sorted by start. */
export function dropHeadlineGuesses(text: string, entities: Entity[]): Entity[] {
  const lines = titleCaseLines(text);
  if (lines.length === 0) return entities;
  const inLine = (e: Entity) => lines.some(([s, t]) => e.start >= s && e.end <= t);
  const elsewhere = new Set(entities.filter((e) => NAME_TYPES.has(e.type) && !inLine(e)).map((e) => e.text.toLowerCase()));
  return entities.filter((e) => !NAME_TYPES.has(e.type) || !inLine(e) || elsewhere.has(e.text.toLowerCase()) || known(e.text));
}

/** A gallery's label line: "Slideshow (5 images)", "Gallery (12 photos)". */
const GALLERY_LABEL = /^[ \t]*\p{L}+[ \t]*\([ \t]*\d+[ \t]+(?:images?|photos?|pictures?|slides?)[ \t]*\)[ \t]*$/imu;

/** Page furniture, not prose: nothing on a gallery label line is an entity. `entities` sorted by start. */
export function dropGalleryLabels(text: string, entities: Entity[]): Entity[] {
  if (!/\((?:[ \t]*)\d+[ \t]+(?:image|photo|picture|slide)/i.test(text)) return entities;
  return entities.filter((e) => {
    const from = text.lastIndexOf('\n', e.start - 1) + 1;
    let to = text.indexOf('\n', e.end);
    if (to < 0) to = text.length;
    return !GALLERY_LABEL.test(text.slice(from, to));
  });
}
