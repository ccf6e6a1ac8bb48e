/**
 * Reader for PolNeAR's brat standoff attribution files (evaluation and
 * training only; never bundled). Each E line links one attribution's Source,
 * Cue and Content text-bound annotations; a span may have several fragments.
 */

/** A possibly discontinuous span: fragments `[start, end)`, sorted. */
export type Frags = Array<[number, number]>;

/** One gold attribution. Missing parts are null. */
export interface GoldAttribution {
  source: Frags | null;
  cue: Frags | null;
  content: Frags | null;
}

function parseFrags(s: string): Frags {
  return s
    .split(';')
    .map((p) => p.trim().split(/\s+/).map(Number) as [number, number])
    .filter((f) => f.length === 2 && Number.isFinite(f[0]) && Number.isFinite(f[1]))
    .sort((a, b) => a[0] - b[0]);
}

function merge(a: Frags | null, b: Frags): Frags {
  return a ? [...a, ...b].sort((x, y) => x[0] - y[0]) : b;
}

/** Parse one .ann file's text into gold attributions, in order of first offset. */
export function parseBrat(ann: string): GoldAttribution[] {
  const tb = new Map<string, { type: string; frags: Frags }>();
  const events: string[] = [];
  for (const line of ann.split('\n')) {
    if (/^T\d+\t/.test(line)) {
      const [id, meta] = line.split('\t');
      const sp = meta.indexOf(' ');
      if (sp < 0) continue;
      tb.set(id, { type: meta.slice(0, sp), frags: parseFrags(meta.slice(sp + 1)) });
    } else if (/^E\d+\t/.test(line)) events.push(line.split('\t')[1] ?? '');
  }
  const out: GoldAttribution[] = [];
  for (const ev of events) {
    const g: GoldAttribution = { source: null, cue: null, content: null };
    for (const part of ev.trim().split(/\s+/)) {
      const [role, ref] = part.split(':');
      const t = tb.get(ref);
      if (!t) continue;
      if (role.startsWith('Content')) g.content = merge(g.content, t.frags);
      else if (role.startsWith('Cue')) g.cue = merge(g.cue, t.frags);
      else if (role.startsWith('Source')) g.source = merge(g.source, t.frags);
    }
    if (g.cue || g.content) out.push(g);
  }
  return out.sort((a, b) => firstOffset(a) - firstOffset(b));
}

/** The earliest offset of any part of an attribution. */
export function firstOffset(g: GoldAttribution): number {
  let m = Infinity;
  for (const f of [g.source, g.cue, g.content]) if (f && f.length) m = Math.min(m, f[0][0]);
  return m;
}
