/**
 * Which notes a page may see: its page key. A page's own address is its key,
 * unless its canonical link may stand for it, which needs all three of:
 *
 * - the scheme is the same, or an upgrade from http to https;
 * - the port is the same and the host has the same registrable domain
 *   (public-suffix aware: two blogs on one hosting suffix are two sites);
 * - the canonical address really shows the same article: the reader saw that
 *   article text there (fingerprints match), or this address was already
 *   accepted for it, or the reader's notes stored under it are found in this
 *   page's text (which also keeps notes saved under the old, looser rule
 *   reachable).
 *
 * Run by the background, which owns the store: the page only says what its
 * canonical link is, never what its key is.
 */
import { getDomain } from 'tldts';
import { selectorsOf, type NoteRecord } from './annotation';
import { articleFingerprint, sameArticle } from './fingerprint';
import { normalizeUrl } from './url';

/** Why a canonical link was not taken as the page's key. */
export type Refusal = 'invalid' | 'scheme' | 'port' | 'host' | 'article';

/** How the key was chosen: the page's own address, or a canonical link for one of three reasons. */
export type KeyReason = 'own' | 'fingerprint' | 'seen' | 'notes';

export interface PageKey {
  key: string;
  /** The page's own normalised address. */
  own: string;
  reason: KeyReason;
  /** Set when the page declared a canonical link that was refused. */
  refused?: Refusal;
  /** The fingerprint of the page's article text (the caller records it under `own`). */
  fingerprint: string;
}

/** What the reader's store knows about addresses. */
export interface AddressBook {
  /** Fingerprint of the article the reader saw at `url` itself, if any. */
  fingerprintAt(url: string): Promise<string | null>;
  /** The key an earlier visit to `url` accepted for it, if any. */
  aliasOf(url: string): Promise<string | null>;
  /** Notes stored under the key `url`. */
  notesUnder(url: string): Promise<NoteRecord[]>;
}

const isWeb = (u: URL) => u.protocol === 'http:' || u.protocol === 'https:';

/** The site part of a host name, public-suffix aware; hosts without one (IP addresses, localhost) stand for themselves. */
export function registrableDomain(host: string): string {
  return getDomain(host, { allowPrivateDomains: true }) ?? host;
}

/**
 * The scheme, port and host rules: the normalised canonical address if it may
 * stand for `location` as far as they go, else why not.
 */
export function checkCanonicalOrigin(location: string, canonical: string): { url: string } | { refused: Refusal } {
  let here: URL;
  let c: URL;
  try {
    here = new URL(location);
    c = new URL(canonical, location);
  } catch {
    return { refused: 'invalid' };
  }
  if (!isWeb(here) || !isWeb(c)) return { refused: 'invalid' };
  if (c.protocol !== here.protocol && !(here.protocol === 'http:' && c.protocol === 'https:')) return { refused: 'scheme' };
  // URL drops default ports, so an upgrade from http:80 to https:443 compares '' with ''
  if (c.port !== here.port) return { refused: 'port' };
  if (registrableDomain(c.hostname) !== registrableDomain(here.hostname)) return { refused: 'host' };
  return { url: normalizeUrl(c.toString()) };
}

/** Least total length of the note quotes that must be found for notes to vouch for an address. */
const MIN_QUOTED = 30;

/** True if most of `notes` (and enough text) quote words found in `text`: the reader annotated this article there. */
export function notesFoundIn(notes: NoteRecord[], text: string): boolean {
  let found = 0;
  let chars = 0;
  for (const n of notes) {
    let exact = '';
    try {
      exact = selectorsOf(n).quote.exact;
    } catch {
      continue; // a note without a quote vouches for nothing
    }
    if (exact && text.includes(exact)) {
      found++;
      chars += exact.length;
    }
  }
  return found > 0 && found * 2 > notes.length && chars >= MIN_QUOTED;
}

/** The key of a page at `location` declaring `canonical`, showing article `text`. */
export async function resolvePageKey(
  location: string,
  canonical: string | null | undefined,
  text: string,
  book: AddressBook,
): Promise<PageKey> {
  const own = normalizeUrl(location);
  const fingerprint = articleFingerprint(text);
  const mine = (refused?: Refusal): PageKey => ({ key: own, own, reason: 'own', fingerprint, ...(refused ? { refused } : {}) });
  if (!canonical) return mine();
  const origin = checkCanonicalOrigin(location, canonical);
  if ('refused' in origin) return mine(origin.refused);
  const c = origin.url;
  if (c === own) return mine();
  const take = (reason: KeyReason): PageKey => ({ key: c, own, reason, fingerprint });
  if ((await book.aliasOf(own)) === c) return take('seen');
  const there = await book.fingerprintAt(c);
  if (there && sameArticle(there, fingerprint)) return take('fingerprint');
  const notes = await book.notesUnder(c);
  if (notes.length && notesFoundIn(notes, text)) return take('notes');
  return mine('article');
}
