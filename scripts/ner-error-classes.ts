/**
 * Counts entity errors of one type by class on an evaluation file (see
 * tools/ner/error-classes.ts), to find which classes of error dominate:
 *
 *   npm run errors:ner -- FILE [TYPE=ORG] [EXAMPLES=0]
 *
 * `npm run cv:ner -- --errors ORG` gives the same count on held-out training folds.
 */
import { readFileSync } from 'node:fs';
import { parseConll } from '../tools/ner/conll';
import { addErrorClasses, formatErrorClasses } from '../tools/ner/error-classes';
import { conllText, entitySpans, isOffsetFormat, offsetText, type Kind } from '../tools/ner/evaluate';
import { findMentions } from '../utils/nlp/entities';

const [file, type = 'ORG', examples = '0'] = process.argv.slice(2);
if (!file) {
  console.error('usage: errors:ner FILE [TYPE] [EXAMPLES]');
  process.exit(2);
}
const raw = readFileSync(file, 'utf8');
const { text, gold } = isOffsetFormat(raw) ? offsetText(raw) : conllText(parseConll(raw));
const { entities, misc } = findMentions(text);
const pred = [...entitySpans(entities), ...misc.map((m) => ({ type: 'MISC' as const, start: m.start, end: m.end }))];
const classes = { missed: new Map(), spurious: new Map() };
addErrorClasses(text, type as Kind, pred, gold, classes);
console.log(formatErrorClasses(type as Kind, classes, Number(examples)));
