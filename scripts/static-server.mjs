/**
 * A small static server for the demo page and test fixtures, on localhost.
 *   /demo/…       → demo/
 *   /fixtures/…   → tests/fixtures/
 *   /news/NAME/   → ../shared/data/news-pages/NAME/source.html (when present)
 *   /extraction/ID.html → ../shared/data/article-extraction/dev/html/ID.html.gz,
 *                   decompressed, with its scripts removed (the safety sweep)
 *   /generated/big.html → a ~5 MB page (tests/fixtures/hard/big.mjs)
 * `?csp=strict` adds a Content-Security-Policy that forbids inline styles and
 * scripts, to prove Newsmark's highlights still apply there.
 * `?noscript=1` removes the page's <script> elements (and meta refreshes)
 * from an HTML response, so a page is static and reproducible offline.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const SHARED_DATA = resolve(process.env.NEWSMARK_DATA ?? join(ROOT, '..', 'shared', 'data'));

const MOUNTS = [
  ['/demo/', join(ROOT, 'demo')],
  ['/fixtures/', join(ROOT, 'tests', 'fixtures')],
];

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export const STRICT_CSP = "default-src 'self'; style-src 'self'; script-src 'self'; img-src 'self' data:";

/** Maps a request path to a file inside one of the mounts, or null (never escapes a mount). */
function fileFor(pathname) {
  const news = /^\/news\/([\w.-]+)\/?$/.exec(pathname);
  if (news) return join(SHARED_DATA, 'news-pages', news[1], 'source.html');
  for (const [prefix, dir] of MOUNTS) {
    if (!pathname.startsWith(prefix)) continue;
    let rel = decodeURIComponent(pathname.slice(prefix.length)) || 'index.html';
    if (rel.endsWith('/')) rel += 'index.html';
    const file = normalize(join(dir, rel));
    if (!file.startsWith(dir + sep)) return null;
    return file;
  }
  return null;
}

/** Removes <script> elements, inline event handlers (onload=…) and meta refreshes from an HTML document. */
export function stripScripts(html) {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<script\b[^>]*\/>/gi, '')
    .replace(/<meta\b[^>]*http-equiv\s*=\s*["']?refresh[^>]*>/gi, '')
    .replace(/<[a-z][\w-]*\s[^>]*>/gi, (tag) => tag.replace(/\s+on[a-z]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, ''));
}

/** Bodies that are built rather than read as they are: decompressed extraction pages, the generated 5 MB page. */
async function specialBody(pathname) {
  const extraction = /^\/extraction\/([\w-]+)\.html$/.exec(pathname);
  if (extraction) {
    const gz = await readFile(join(SHARED_DATA, 'article-extraction', 'dev', 'html', `${extraction[1]}.html.gz`));
    return stripScripts(gunzipSync(gz).toString('utf8'));
  }
  if (pathname === '/generated/big.html') {
    const { bigPage } = await import('../tests/fixtures/hard/big.mjs');
    return bigPage();
  }
  return null;
}

/** Starts the server on a free port; resolves to `{ url, close }`. */
export function startServer(port = 0) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const csp = url.searchParams.get('csp') === 'strict' ? { 'content-security-policy': STRICT_CSP } : {};
    if (/^\/(extraction|generated)\//.test(url.pathname)) {
      try {
        const body = await specialBody(url.pathname);
        if (body === null) throw new Error('not found');
        res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store', ...csp }).end(body);
      } catch {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      }
      return;
    }
    const file = fileFor(url.pathname);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    try {
      let body = await readFile(file);
      if (url.searchParams.get('noscript') === '1' && extname(file) === '.html') body = stripScripts(body.toString('utf8'));
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
      if (url.searchParams.get('csp') === 'strict') headers['content-security-policy'] = STRICT_CSP;
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((resolveStart) => {
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      resolveStart({ url: `http://localhost:${actual}`, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { url } = await startServer(Number(process.env.PORT ?? 8765));
  console.log(`Serving the demo at ${url}/demo/`);
}
