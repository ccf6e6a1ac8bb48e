/**
 * A hostile article for the stall bench (issue 22): about `words` words of
 * long Title Case runs and floods of quotation marks, the shapes that make a
 * naive entity or claim finder go quadratic. Deterministic (seeded), own words.
 */
const CAPS = [
  'Northern',
  'Federal',
  'Grand',
  'Council',
  'Harbour',
  'Union',
  'Board',
  'Trust',
  'Royal',
  'National',
  'River',
  'Valley',
  'Institute',
  'Society',
  'Agency',
  'Bureau',
  'Office',
  'Group',
  'Holdings',
  'Capital',
  'Partners',
  'League',
  'Party',
  'Ministry',
  'Westfield',
  'Marlow',
  'Ashby',
  'Castell',
  'Brennan',
  'Okafor',
  'Lindqvist',
  'Moreau',
  'Tanaka',
  'Delgado',
  'Hartley',
  'Quinn',
];
const SMALL = ['said', 'told', 'the', 'of', 'and', 'according', 'to', 'that', 'in', 'on', 'a', 'warned', 'added', 'claimed'];
/** Saying verbs: every one is a cue candidate that scores its context. */
const CUES = ['said', 'told', 'warned', 'added', 'claimed', 'says', 'stated'];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Text of about `words` words: capitalised runs of 200–3,000 words without a sentence end, quote floods. */
export function hostileText(words = 20_000, seed = 22): string {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const out: string[] = [];
  let n = 0;
  while (n < words) {
    const kind = r();
    if (kind < 0.5) {
      // A long Title Case run with saying verbs inside it and no comma, “and” or “that” to end a clause.
      const len = 200 + Math.floor(r() * 2800);
      for (let i = 0; i < len; i++) out.push(r() < 0.05 ? pick(CUES) : pick(CAPS));
      n += len;
    } else if (kind < 0.8) {
      // A quote flood: many openings and closings, some unbalanced.
      const len = 50 + Math.floor(r() * 450);
      for (let i = 0; i < len; i++) {
        const w = r() < 0.5 ? pick(CAPS) : pick(SMALL);
        const q = r();
        out.push(q < 0.25 ? `“${w}` : q < 0.5 ? `${w}”` : q < 0.6 ? `"${w}"` : q < 0.7 ? `‘${w}’,` : w);
      }
      n += len;
    } else {
      const len = 5 + Math.floor(r() * 20);
      for (let i = 0; i < len; i++) out.push(pick(SMALL));
      n += len;
    }
    out.push(r() < 0.3 ? '.\n\n' : r() < 0.5 ? ',' : '');
  }
  return out.join(' ').replace(/ ([.,])/g, '$1');
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The hostile text as a news page: an article of its paragraphs, declared as such. */
export function hostilePage(words = 20_000, seed = 22): string {
  const paras = hostileText(words, seed)
    .split(/\n\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Grand Council Harbour Union Board</title>
<meta property="og:type" content="article"></head><body><article><h1>Grand Council Harbour Union Board</h1>
${paras.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</article></body></html>`;
}
