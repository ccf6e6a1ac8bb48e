/**
 * The reader's settings: which kinds Newsmark highlights, in which colours
 * (light and dark pages), the sites it never annotates, and the languages
 * without a model it analyses anyway.
 *
 * Pure part (this file): the shape, accessible defaults, validation of what
 * storage holds (storage is written by our own pages, but is read as
 * untrusted: a bad value falls back to its default), and the policy for one
 * page. The storage part is in ./store.ts.
 */

/** Kinds the reader can switch on and off: entity types and claims. */
export const AUTO_KINDS = ['PERSON', 'ORG', 'PLACE', 'DATE', 'NUMBER', 'GROUP', 'claim'] as const;
export type AutoKind = (typeof AUTO_KINDS)[number];

/** Every kind with a colour: the switchable ones and the reader's own notes. */
export const COLOUR_KINDS = [...AUTO_KINDS, 'note'] as const;
export type ColourKind = (typeof COLOUR_KINDS)[number];

export const KIND_LABELS: Record<ColourKind, string> = {
  PERSON: 'People',
  ORG: 'Organisations',
  PLACE: 'Places',
  DATE: 'Dates',
  NUMBER: 'Numbers',
  GROUP: 'Groups',
  claim: 'Claims',
  note: 'Your notes',
};

export type Scheme = 'light' | 'dark';
export type Palette = Record<ColourKind, string>;

export interface Settings {
  /** The "all" switch: off means no entity or claim is highlighted anywhere (notes still are). */
  autoHighlight: boolean;
  /** Per kind. */
  kinds: Record<AutoKind, boolean>;
  /** Opaque #rrggbb per kind; painted as a translucent tint (see TINT_ALPHA) so the page's text keeps its colour. */
  colours: Record<Scheme, Palette>;
  /** Host names (without www.) where Newsmark does nothing at all; subdomains included. */
  neverSites: string[];
  /**
   * Languages (BCP 47 primary tags) the engine has no model for that the
   * reader asked to analyse anyway (with the English model). Pages in other
   * such languages get no automatic entities or claims.
   */
  forceLanguages: string[];
  /** Also underline beliefs, intentions and perceptions (claims of kind `belief`), not only statements. Off by default. */
  beliefClaims: boolean;
  /** Epoch ms until which Newsmark is paused everywhere ("Pause everywhere for an hour"); 0 when not paused. */
  pausedUntil: number;
  /**
   * How much is painted: 'calm' is the reader's notes, people, and the sources
   * of claims (who said it) only; 'all' is every switched-on kind, claims
   * underlined whole. Calm is the default: the full painting of a news
   * article is too busy to read (docs/screenshots/demo-{calm,full}.png).
   */
  paintMode: PaintMode;
}

export const PAINT_MODES = ['calm', 'all'] as const;
export type PaintMode = (typeof PAINT_MODES)[number];

/** Kinds painted in calm mode (claims as their sources only). */
export const CALM_KINDS: readonly AutoKind[] = ['PERSON', 'claim'];

/** How long "Pause everywhere" lasts. */
export const PAUSE_MS = 60 * 60 * 1000;

/** Opacity of the tint over the page, per scheme. */
export const TINT_ALPHA: Record<Scheme, number> = { light: 0.4, dark: 0.45 };

/**
 * Defaults chosen so that body text keeps at least 7:1 contrast on the tint
 * (WCAG AAA) on a white page in light mode and a near-black page in dark
 * mode, while each kind stays distinguishable (checked in tests/unit/library/settings.test.ts).
 */
export const DEFAULT_COLOURS: Record<Scheme, Palette> = {
  light: {
    PERSON: '#ffc400',
    ORG: '#409cff',
    PLACE: '#2ecc71',
    DATE: '#d66ee6',
    NUMBER: '#ff8040',
    GROUP: '#78909c',
    claim: '#7c5cff',
    note: '#ffeb3b',
  },
  dark: {
    PERSON: '#b38600',
    ORG: '#1f5fbf',
    PLACE: '#1d8a4c',
    DATE: '#8e3aa0',
    NUMBER: '#b8501c',
    GROUP: '#4f6470',
    claim: '#5a3fd6',
    note: '#7d9a00',
  },
};

export function defaultSettings(): Settings {
  return {
    autoHighlight: true,
    kinds: Object.fromEntries(AUTO_KINDS.map((k) => [k, true])) as Record<AutoKind, boolean>,
    colours: { light: { ...DEFAULT_COLOURS.light }, dark: { ...DEFAULT_COLOURS.dark } },
    neverSites: [],
    forceLanguages: [],
    beliefClaims: false,
    pausedUntil: 0,
    paintMode: 'calm',
  };
}

const HEX = /^#[0-9a-f]{6}$/i;
const MAX_SITES = 1000;
/** A BCP 47 primary language tag as the language identifier gives it ("fr", "ceb"). */
const LANGUAGE_TAG = /^[a-z]{2,3}$/;
const MAX_LANGUAGES = 200;

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * A site as the reader typed it ("https://www.bbc.co.uk/news", "BBC.co.uk")
 * reduced to a host name without www., or null when it is not one.
 */
export function normaliseSite(input: string): string | null {
  const raw = input.trim();
  if (!raw || raw.length > 253 + 20) return null;
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`).hostname;
  } catch {
    return null;
  }
  host = host
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/\.$/, '');
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(host) && !/^\[[0-9a-f:]+\]$/.test(host)) return null;
  return host;
}

/** Settings from whatever storage held: every field checked, each bad one replaced by its default. */
export function normaliseSettings(x: unknown): Settings {
  const s = defaultSettings();
  if (!isObject(x)) return s;
  if (typeof x.autoHighlight === 'boolean') s.autoHighlight = x.autoHighlight;
  if (typeof x.beliefClaims === 'boolean') s.beliefClaims = x.beliefClaims;
  if (isObject(x.kinds)) for (const k of AUTO_KINDS) if (typeof x.kinds[k] === 'boolean') s.kinds[k] = x.kinds[k] as boolean;
  if (isObject(x.colours)) {
    for (const scheme of ['light', 'dark'] as const) {
      const p = x.colours[scheme];
      if (!isObject(p)) continue;
      for (const k of COLOUR_KINDS)
        if (typeof p[k] === 'string' && HEX.test(p[k] as string)) s.colours[scheme][k] = (p[k] as string).toLowerCase();
    }
  }
  if (Array.isArray(x.neverSites)) {
    const sites = new Set<string>();
    for (const v of x.neverSites.slice(0, MAX_SITES)) {
      const site = typeof v === 'string' ? normaliseSite(v) : null;
      if (site) sites.add(site);
    }
    s.neverSites = [...sites].sort();
  }
  if (Array.isArray(x.forceLanguages)) {
    const langs = x.forceLanguages.filter((v): v is string => typeof v === 'string' && LANGUAGE_TAG.test(v));
    s.forceLanguages = [...new Set(langs)].slice(0, MAX_LANGUAGES).sort();
  }
  if (typeof x.pausedUntil === 'number' && Number.isFinite(x.pausedUntil) && x.pausedUntil > 0) s.pausedUntil = x.pausedUntil;
  if (typeof x.paintMode === 'string' && (PAINT_MODES as readonly string[]).includes(x.paintMode)) s.paintMode = x.paintMode as PaintMode;
  return s;
}

/** True when `hostname` is one of `sites` or a subdomain of one. */
export function isNeverSite(sites: readonly string[], hostname: string): boolean {
  const host = hostname
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/\.$/, '');
  return sites.some((s) => host === s || host.endsWith(`.${s}`));
}

/** What the content script should do on one page. */
export interface HighlightPolicy {
  /** False on a "never" site: do nothing there (no analysis, no painting, no toolbar). */
  enabled: boolean;
  /** Kinds to paint; empty when auto-highlighting is off or the site is excluded. Notes are painted whenever `enabled`. */
  kinds: Set<AutoKind>;
  /** Calm mode: a claim is painted as its source only (who said it), not its whole span. */
  claimSourcesOnly: boolean;
  /** Colours per kind for light and dark pages. */
  colours: Record<Scheme, Palette>;
  /** Claims of kind `belief` are painted too (when claims are). */
  beliefClaims: boolean;
}

/** True while "Pause everywhere" holds. */
export function isPausedEverywhere(settings: Pick<Settings, 'pausedUntil'>, now = Date.now()): boolean {
  return settings.pausedUntil > now;
}

export function highlightPolicy(settings: Settings, hostname: string, now = Date.now()): HighlightPolicy {
  const enabled = !isNeverSite(settings.neverSites, hostname) && !isPausedEverywhere(settings, now);
  const calm = settings.paintMode === 'calm';
  const kinds = new Set<AutoKind>(
    enabled && settings.autoHighlight ? AUTO_KINDS.filter((k) => settings.kinds[k] && (!calm || CALM_KINDS.includes(k))) : [],
  );
  return { enabled, kinds, colours: settings.colours, claimSourcesOnly: calm, beliefClaims: settings.beliefClaims };
}

/** "#rrggbb" and an opacity as rgba(). */
export function tint(hex: string, alpha: number): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

/** The highlight name of a kind, as the content script registers it in CSS.highlights. */
export function highlightName(kind: ColourKind): string {
  return `newsmark-${kind.toLowerCase()}`;
}

function rules(p: Palette, alpha: number): string {
  return COLOUR_KINDS.map((k) => {
    const bg = tint(p[k], alpha);
    if (k === 'claim')
      return `::highlight(${highlightName(k)}) { background-color: ${tint(p[k], alpha / 3)}; text-decoration: underline ${tint(p[k], 0.9)} 2px; text-underline-offset: 3px; }`;
    if (k === 'note')
      return `::highlight(${highlightName(k)}) { background-color: ${tint(p[k], alpha)}; text-decoration: underline ${tint(p[k], 0.95)} 2px; }`;
    return `::highlight(${highlightName(k)}) { background-color: ${bg}; }`;
  }).join('\n');
}

/**
 * The `::highlight()` rules for the policy's colours: light by default, dark
 * under `prefers-color-scheme: dark`. For a constructed stylesheet (replaceSync).
 */
export function highlightCss(policy: Pick<HighlightPolicy, 'colours'>): string {
  return `${rules(policy.colours.light, TINT_ALPHA.light)}\n@media (prefers-color-scheme: dark) {\n${rules(policy.colours.dark, TINT_ALPHA.dark)}\n}\n`;
}

/** WCAG relative luminance of an sRGB colour given as [r, g, b] 0–255. */
export function luminance([r, g, b]: readonly number[]): number {
  const lin = (c: number) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio of two colours. */
export function contrast(a: readonly number[], b: readonly number[]): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

/** The colour seen when `hex` at `alpha` lies over `under`. */
export function blend(hex: string, alpha: number, under: readonly number[]): number[] {
  const n = parseInt(hex.slice(1), 16);
  const top = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  return top.map((c, i) => Math.round(c * alpha + under[i] * (1 - alpha)));
}
