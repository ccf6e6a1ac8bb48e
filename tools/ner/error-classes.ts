/**
 * Entity errors of one type counted by class, to choose what to fix (a
 * class, not a string): gold mentions of the type not found exactly — the
 * same span as another type, an overlapping span (longer, shorter, shifted),
 * or nothing — and predicted spans of the type not in gold, likewise.
 */
import type { CharSpan, Kind } from './evaluate';

/** Class name → example lines ("name | context"), for one side. */
export type ErrorClasses = Map<string, string[]>;

const key = (s: CharSpan): string => `${s.start}:${s.end}`;
const overlaps = (a: CharSpan, b: CharSpan): boolean => a.start < b.end && b.start < a.end;
const boundary = (a: CharSpan, b: CharSpan): string =>
  a.start <= b.start && a.end >= b.end ? 'longer' : a.start >= b.start && a.end <= b.end ? 'shorter' : 'shifted';

function classify(text: string, type: Kind, mine: CharSpan[], other: CharSpan[], side: 'missed' | 'spurious', into: ErrorClasses): void {
  const byKey = new Map(other.map((s) => [key(s), s]));
  const exact = new Set(other.map((s) => `${s.type}:${key(s)}`));
  for (const s of mine) {
    if (s.type !== type || exact.has(`${s.type}:${key(s)}`)) continue;
    const same = byKey.get(key(s));
    let cls: string;
    if (same) cls = `same span, ${side === 'missed' ? 'found as' : 'gold'} ${same.type}`;
    else {
      const ov = other.filter((o) => overlaps(o, s));
      cls = ov.length
        ? `${side === 'missed' ? 'found' : 'gold'} ${ov.map((o) => `${o.type} ${boundary(o, s)}`).join(' + ')}`
        : side === 'missed'
          ? 'nothing found'
          : 'no gold name';
    }
    const ctx = `${text.slice(s.start, s.end)} | ${text.slice(Math.max(0, s.start - 40), s.end + 40).replace(/\n/g, ' / ')}`;
    into.set(cls, [...(into.get(cls) ?? []), ctx]);
  }
}

/** Add one text's errors of `type` to the missed and spurious classes. */
export function addErrorClasses(
  text: string,
  type: Kind,
  pred: CharSpan[],
  gold: CharSpan[],
  classes: { missed: ErrorClasses; spurious: ErrorClasses },
): void {
  classify(text, type, gold, pred, 'missed', classes.missed);
  classify(text, type, pred, gold, 'spurious', classes.spurious);
}

/** Printable report: counts per class, biggest first, with up to `examples` examples each. */
export function formatErrorClasses(type: Kind, classes: { missed: ErrorClasses; spurious: ErrorClasses }, examples = 0): string {
  const lines: string[] = [];
  for (const [title, m] of [
    [`gold ${type} not found exactly`, classes.missed],
    [`predicted ${type} not in gold`, classes.spurious],
  ] as const) {
    lines.push(`${title}: ${[...m.values()].reduce((a, v) => a + v.length, 0)}`);
    for (const [cls, list] of [...m.entries()].sort((a, b) => b[1].length - a[1].length)) {
      lines.push(`  ${String(list.length).padStart(4)}  ${cls}`);
      for (const e of list.slice(0, examples)) lines.push(`          ${e}`);
    }
  }
  return lines.join('\n');
}
