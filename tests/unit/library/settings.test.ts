import { describe, expect, it } from 'vitest';
import {
  AUTO_KINDS,
  blend,
  COLOUR_KINDS,
  contrast,
  DEFAULT_COLOURS,
  defaultSettings,
  highlightCss,
  highlightPolicy,
  isNeverSite,
  normaliseSettings,
  normaliseSite,
  PAUSE_MS,
  TINT_ALPHA,
} from '../../../utils/settings/settings';

const WHITE = [255, 255, 255];
const LIGHT_TEXT_ON_LIGHT = [29, 29, 31]; // #1d1d1f
const DARK_PAGE = [24, 24, 28]; // #18181c
const TEXT_ON_DARK = [240, 240, 244]; // #f0f0f4

describe('default colours', () => {
  it('keep body text at 7:1 or better on light and dark pages', () => {
    for (const k of COLOUR_KINDS) {
      const light = blend(DEFAULT_COLOURS.light[k], TINT_ALPHA.light, WHITE);
      expect(contrast(light, LIGHT_TEXT_ON_LIGHT), `light ${k}`).toBeGreaterThanOrEqual(7);
      const dark = blend(DEFAULT_COLOURS.dark[k], TINT_ALPHA.dark, DARK_PAGE);
      expect(contrast(dark, TEXT_ON_DARK), `dark ${k}`).toBeGreaterThanOrEqual(7);
    }
  });

  it('are visible on the page and distinct from each other', () => {
    for (const scheme of ['light', 'dark'] as const) {
      const under = scheme === 'light' ? WHITE : DARK_PAGE;
      const tints = COLOUR_KINDS.map((k) => blend(DEFAULT_COLOURS[scheme][k], TINT_ALPHA[scheme], under));
      for (const t of tints) expect(Math.max(...t.map((c, i) => Math.abs(c - under[i])))).toBeGreaterThan(25);
      for (let i = 0; i < tints.length; i++)
        for (let j = i + 1; j < tints.length; j++) {
          const d = Math.hypot(...tints[i].map((c, x) => c - tints[j][x]));
          expect(d, `${scheme} ${COLOUR_KINDS[i]} vs ${COLOUR_KINDS[j]}`).toBeGreaterThan(20);
        }
    }
  });
});

describe('settings from storage', () => {
  it('falls back to defaults field by field', () => {
    expect(normaliseSettings(undefined)).toEqual(defaultSettings());
    const s = normaliseSettings({
      autoHighlight: 'no',
      kinds: { PERSON: false, ORG: 'off' },
      colours: { light: { PERSON: '#ABCDEF', ORG: 'red; }', claim: 'url(javascript:x)' }, dark: 'x' },
      neverSites: ['https://www.Example.com/path', 'not a site!', 42, 'sub.news.org'],
    });
    expect(s.autoHighlight).toBe(true);
    expect(s.kinds.PERSON).toBe(false);
    expect(s.kinds.ORG).toBe(true);
    expect(s.colours.light.PERSON).toBe('#abcdef');
    expect(s.colours.light.ORG).toBe(DEFAULT_COLOURS.light.ORG);
    expect(s.colours.light.claim).toBe(DEFAULT_COLOURS.light.claim);
    expect(s.colours.dark).toEqual(DEFAULT_COLOURS.dark);
    expect(s.neverSites).toEqual(['example.com', 'sub.news.org']);
  });

  it('normalises sites as typed', () => {
    expect(normaliseSite('BBC.co.uk')).toBe('bbc.co.uk');
    expect(normaliseSite('https://www.nrk.no/norge/?x=1')).toBe('nrk.no');
    expect(normaliseSite('')).toBeNull();
    expect(normaliseSite('two words')).toBeNull();
  });
});

describe('highlight policy', () => {
  it('does nothing on a never site or its subdomains, everything elsewhere', () => {
    const s = defaultSettings();
    s.neverSites = ['example.com'];
    expect(isNeverSite(s.neverSites, 'www.example.com')).toBe(true);
    expect(isNeverSite(s.neverSites, 'news.example.com')).toBe(true);
    expect(isNeverSite(s.neverSites, 'notexample.com')).toBe(false);
    expect(highlightPolicy(s, 'news.example.com')).toMatchObject({ enabled: false });
    expect(highlightPolicy(s, 'news.example.com').kinds.size).toBe(0);
    s.paintMode = 'all';
    const p = highlightPolicy(s, 'nrk.no');
    expect(p.enabled).toBe(true);
    expect([...p.kinds]).toEqual([...AUTO_KINDS]);
  });

  it('follows the all switch and the per-kind switches', () => {
    const s = defaultSettings();
    s.paintMode = 'all';
    s.kinds.NUMBER = false;
    s.kinds.claim = false;
    expect([...highlightPolicy(s, 'a.org').kinds].sort()).toEqual(['DATE', 'GROUP', 'ORG', 'PERSON', 'PLACE']);
    s.autoHighlight = false;
    const off = highlightPolicy(s, 'a.org');
    expect(off.enabled).toBe(true); // notes still shown
    expect(off.kinds.size).toBe(0);
  });

  it('paints people and claims as their sources only in calm mode, the default', () => {
    const s = defaultSettings();
    expect(s.paintMode).toBe('calm');
    const calm = highlightPolicy(s, 'a.org');
    expect([...calm.kinds].sort()).toEqual(['PERSON', 'claim']);
    expect(calm.claimSourcesOnly).toBe(true);
    s.kinds.PERSON = false;
    expect([...highlightPolicy(s, 'a.org').kinds]).toEqual(['claim']);
    s.paintMode = 'all';
    expect(highlightPolicy(s, 'a.org').claimSourcesOnly).toBe(false);
    expect(normaliseSettings({ paintMode: 'loud' }).paintMode).toBe('calm');
    expect(normaliseSettings({ paintMode: 'all' }).paintMode).toBe('all');
  });

  it('pauses everywhere until pausedUntil, then runs again', () => {
    const s = defaultSettings();
    s.pausedUntil = 1_000_000 + PAUSE_MS;
    expect(highlightPolicy(s, 'a.org', 1_000_000)).toMatchObject({ enabled: false });
    expect(highlightPolicy(s, 'a.org', 1_000_000).kinds.size).toBe(0);
    expect(highlightPolicy(s, 'a.org', 1_000_000 + PAUSE_MS + 1).enabled).toBe(true);
    expect(normaliseSettings({ pausedUntil: 'soon' }).pausedUntil).toBe(0);
    expect(normaliseSettings({ pausedUntil: Infinity }).pausedUntil).toBe(0);
    expect(normaliseSettings({ pausedUntil: 5 }).pausedUntil).toBe(5);
  });

  it('writes ::highlight rules for light and dark from the chosen colours', () => {
    const s = defaultSettings();
    s.colours.light.PERSON = '#102030';
    const css = highlightCss(highlightPolicy(s, 'a.org'));
    expect(css).toContain('::highlight(newsmark-person) { background-color: rgba(16, 32, 48, 0.4); }');
    expect(css).toMatch(
      /@media \(prefers-color-scheme: dark\) \{[^]*::highlight\(newsmark-person\) \{ background-color: rgba\(179, 134, 0, 0\.45\)/,
    );
    for (const k of COLOUR_KINDS) expect(css.match(new RegExp(`::highlight\\(newsmark-${k.toLowerCase()}\\)`, 'g'))?.length).toBe(2);
  });
});
