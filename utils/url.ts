/**
 * Page addresses: one article's address with or without tracking parameters
 * or a fragment normalises to one string. Which address a page's notes live
 * under (its canonical link or its own) is the background's choice:
 * utils/page-key.ts.
 */

/** Query parameters that say where a reader came from, not what they read. */
const TRACKING_PARAM =
  /^(utm_[a-z_]+|fbclid|gclid|dclid|gclsrc|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|_gl|ocid|cmpid|ref_src|smid|sr_share)$/i;

/**
 * Normalises an address: lower-case scheme and host, no default port, no
 * fragment, no tracking parameters, remaining parameters sorted. Returns the
 * input unchanged if it is not an absolute http(s) URL.
 */
export function normalizeUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return raw;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return raw;
  url.hash = '';
  // forEach, not the iterator: Firefox content scripts cannot spread URLSearchParams' iterator.
  const kept: [string, string][] = [];
  url.searchParams.forEach((v, k) => {
    if (!TRACKING_PARAM.test(k)) kept.push([k, v]);
  });
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = '';
  for (const [k, v] of kept) url.searchParams.append(k, v);
  // URL already lower-cases the host and drops default ports.
  return url.toString();
}

/** The canonical link a document declares, if any. */
export function canonicalOf(doc: Document): string | null {
  const link = doc.querySelector('link[rel~="canonical"][href]');
  return link?.getAttribute('href') ?? null;
}
