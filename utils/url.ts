/**
 * Page identity: the URL a note belongs to. Two addresses of one article
 * (with tracking parameters, a fragment, or its canonical link) give the same key.
 */

/** Query parameters that say where a reader came from, not what they read. */
const TRACKING_PARAM = /^(utm_[a-z_]+|fbclid|gclid|dclid|gclsrc|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|_gl|ocid|cmpid|ref_src|smid|sr_share)$/i;

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

/**
 * The key for a page: its canonical link when the page declares one on the
 * same site (a page cannot claim another site's notes), else its own address.
 */
export function pageKey(location: string, canonical: string | null | undefined): string {
  if (canonical) {
    try {
      const c = new URL(canonical, location);
      const here = new URL(location);
      if ((c.protocol === 'http:' || c.protocol === 'https:') && siteOf(c.hostname) === siteOf(here.hostname)) {
        return normalizeUrl(c.toString());
      }
    } catch {
      /* fall through to the page's own address */
    }
  }
  return normalizeUrl(location);
}

/** The registrable-ish part of a host name: "www.bbc.co.uk" and "bbc.co.uk" agree. */
function siteOf(host: string): string {
  return host.replace(/^(www|m|amp|mobile)\./, '');
}

/** The canonical link a document declares, if any. */
export function canonicalOf(doc: Document): string | null {
  const link = doc.querySelector('link[rel~="canonical"][href]');
  return link?.getAttribute('href') ?? null;
}
