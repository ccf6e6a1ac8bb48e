import { describe, expect, it } from 'vitest';
import { articleFingerprint, sameArticle, similarity } from '../../../utils/fingerprint';
import { checkCanonicalOrigin, registrableDomain, resolvePageKey, type AddressBook } from '../../../utils/page-key';
import type { NoteRecord } from '../../../utils/annotation';
import { sampleNote } from '../helpers/notes';
import { OTHER_STORY, STORY, STORY_VARIANT } from '../helpers/articles';

/** An address book in memory: fingerprints seen at addresses, accepted aliases, notes by key. */
function book(
  opts: { seen?: Record<string, string>; aliases?: Record<string, string>; notes?: Record<string, NoteRecord[]> } = {},
): AddressBook {
  return {
    fingerprintAt: async (url) => (opts.seen?.[url] ? articleFingerprint(opts.seen[url]) : null),
    aliasOf: async (url) => opts.aliases?.[url] ?? null,
    notesUnder: async (url) => opts.notes?.[url] ?? [],
  };
}

const VICTIM = 'https://news.example.com/victim/story';

describe('article fingerprint', () => {
  it('is the same for one text, close for a variant of it, far for another story', () => {
    expect(similarity(articleFingerprint(STORY), articleFingerprint(STORY))).toBe(1);
    expect(sameArticle(articleFingerprint(STORY), articleFingerprint(STORY_VARIANT))).toBe(true);
    expect(similarity(articleFingerprint(STORY), articleFingerprint(OTHER_STORY))).toBeLessThan(0.1);
  });
});

describe('canonical origin rules', () => {
  it('accepts the same scheme and an upgrade from http to https, never a downgrade', () => {
    expect(checkCanonicalOrigin('http://news.example.com/a', 'https://news.example.com/a')).toEqual({ url: 'https://news.example.com/a' });
    expect(checkCanonicalOrigin('https://news.example.com/a', 'http://news.example.com/a')).toEqual({ refused: 'scheme' });
    expect(checkCanonicalOrigin('https://news.example.com/a', 'ftp://news.example.com/a')).toEqual({ refused: 'invalid' });
  });
  it('refuses another port (another origin)', () => {
    expect(checkCanonicalOrigin('http://127.0.0.1:8001/a', 'http://127.0.0.1:8002/a')).toEqual({ refused: 'port' });
    expect(checkCanonicalOrigin('https://example.com:8443/a', 'https://example.com/a')).toEqual({ refused: 'port' });
  });
  it('compares hosts by registrable domain, public-suffix aware', () => {
    expect(registrableDomain('www.bbc.co.uk')).toBe('bbc.co.uk');
    expect(checkCanonicalOrigin('https://amp.bbc.co.uk/x', 'https://www.bbc.co.uk/x')).toEqual({ url: 'https://www.bbc.co.uk/x' });
    expect(checkCanonicalOrigin('https://evil.co.uk/x', 'https://bbc.co.uk/x')).toEqual({ refused: 'host' });
    // two users' sites on one hosting suffix are two sites
    expect(checkCanonicalOrigin('https://mallory.github.io/x', 'https://alice.github.io/x')).toEqual({ refused: 'host' });
    expect(checkCanonicalOrigin('https://evil.example.org/x', VICTIM)).toEqual({ refused: 'host' });
    // hosts without a registrable domain must be equal
    expect(checkCanonicalOrigin('http://127.0.0.2/x', 'http://127.0.0.1/x')).toEqual({ refused: 'host' });
  });
});

describe('resolvePageKey', () => {
  const seenVictim = book({ seen: { [VICTIM]: STORY } });

  it('keeps its own address without a canonical link, or with one to itself', async () => {
    expect((await resolvePageKey('https://news.example.com/s?utm_source=x', null, STORY, seenVictim)).key).toBe(
      'https://news.example.com/s',
    );
    expect((await resolvePageKey(VICTIM, VICTIM, STORY, seenVictim)).reason).toBe('own');
  });

  it('http → https: merges when the https address showed the same article', async () => {
    const k = await resolvePageKey('http://news.example.com/victim/story', VICTIM, STORY, seenVictim);
    expect(k).toMatchObject({ key: VICTIM, reason: 'fingerprint' });
  });

  it('https → http: does not merge, even with the same article', async () => {
    const httpKey = 'http://news.example.com/victim/story';
    const k = await resolvePageKey(VICTIM, httpKey, STORY, book({ seen: { [httpKey]: STORY } }));
    expect(k).toMatchObject({ key: VICTIM, reason: 'own', refused: 'scheme' });
  });

  it('another port: does not merge, even with the same article', async () => {
    const k = await resolvePageKey('https://news.example.com:8443/victim/story', VICTIM, STORY, seenVictim);
    expect(k).toMatchObject({ key: 'https://news.example.com:8443/victim/story', refused: 'port' });
  });

  it('another registrable domain: does not merge, even with the same article', async () => {
    const k = await resolvePageKey('https://news.example.org/victim/story', VICTIM, STORY, seenVictim);
    expect(k).toMatchObject({ key: 'https://news.example.org/victim/story', refused: 'host' });
  });

  it('another path with another article, or an unseen canonical: keeps its own key', async () => {
    const attacker = 'https://news.example.com/attacker/other';
    expect(await resolvePageKey(attacker, '/victim/story', OTHER_STORY, seenVictim)).toMatchObject({ key: attacker, refused: 'article' });
    expect(await resolvePageKey(attacker, '/victim/story', STORY, book())).toMatchObject({ key: attacker, refused: 'article' });
  });

  it('another path with the same article text (fingerprint): merges', async () => {
    const k = await resolvePageKey('https://news.example.com/2026/06/pier-closes', VICTIM, STORY, seenVictim);
    expect(k).toMatchObject({ key: VICTIM, reason: 'fingerprint' });
  });

  it('AMP and mobile variants of the same article merge', async () => {
    const amp = await resolvePageKey('https://amp.news.example.com/victim/story/amp', VICTIM, STORY_VARIANT, seenVictim);
    expect(amp).toMatchObject({ key: VICTIM, reason: 'fingerprint' });
    const mobile = await resolvePageKey('https://m.example.com/victim/story', VICTIM, STORY_VARIANT, seenVictim);
    expect(mobile).toMatchObject({ key: VICTIM, reason: 'fingerprint' });
    // …but not with another story's text
    expect((await resolvePageKey('https://amp.news.example.com/x/amp', VICTIM, OTHER_STORY, seenVictim)).refused).toBe('article');
  });

  it('an address already accepted for the canonical one keeps it when the text changes', async () => {
    const amp = 'https://amp.news.example.com/victim/story';
    const k = await resolvePageKey(amp, VICTIM, OTHER_STORY, book({ seen: { [VICTIM]: STORY }, aliases: { [amp]: VICTIM } }));
    expect(k).toMatchObject({ key: VICTIM, reason: 'seen' });
  });

  it('the reader’s notes under the canonical key vouch for it when their quotes are in this text', async () => {
    const note = (exact: string, i: number) =>
      sampleNote({
        id: `urn:uuid:00000000-0000-4000-8000-00000000000${i}`,
        target: {
          source: VICTIM,
          selector: [
            { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
            { type: 'TextPositionSelector', start: 0, end: exact.length },
          ],
        },
      });
    const notes = { [VICTIM]: [note('close the old ferry pier for two years', 1), note('a temporary landing stage', 2)] };
    const here = 'https://www.news.example.com/victim/story';
    expect(await resolvePageKey(here, VICTIM, STORY, book({ notes }))).toMatchObject({ key: VICTIM, reason: 'notes' });
    expect(await resolvePageKey(here, VICTIM, OTHER_STORY, book({ notes }))).toMatchObject({ key: here, refused: 'article' });
    // a short common quote is not enough
    expect((await resolvePageKey(here, VICTIM, STORY, book({ notes: { [VICTIM]: [note('the', 3)] } }))).refused).toBe('article');
  });
});
