/**
 * A canonical link cannot take over another page's notes (issue 22, attack
 * 3), in real Chromium and Firefox: pages of our own making, served from
 * localhost on two ports. The victim's article gets a note; then
 *   - a page on the same site with other text and a canonical link to the
 *     victim gets the victim's key and notes: it must not;
 *   - the victim's own text on another port (another origin) with that
 *     canonical link: must not either;
 *   - an AMP-style copy of the victim's article on the same site: merges.
 * The page's key is read from the article session's state (the popup's
 * view), which is what the background granted it.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launch, type BrowserName, type TestPage } from '../../scripts/lib/browsers';

const PARAS = [
  'The harbour board voted on Tuesday to close the old ferry pier for two years while engineers rebuild its timber frame from the waterline up.',
  'Commuters who cross the estuary each morning will be sent to a temporary landing stage further up the river, the board said in a statement.',
  'Marta Okafor, who chairs the board, told reporters that the pier had been patched so often that no one could say how much of it was original.',
  'Repairs are expected to cost about twelve million pounds, most of it from a regional fund set up after the floods of last winter.',
  'Shop owners near the pier said they feared losing the foot traffic that keeps their cafes and kiosks open through the quiet months.',
];
const OTHER = [
  'A small bakery on the high street has won a national prize for its rye loaf, beating more than four hundred entries from across the country.',
  'The owners, a brother and sister who took over from their grandfather, said they still feed his sourdough starter every single morning.',
  'Judges praised the crust and the open crumb, and said the loaf tasted of the grain rather than of the oven it was baked in.',
  'The prize comes with a trip to a baking fair abroad and a year of flour from a mill in the north of the country.',
];

function page(title: string, paras: string[], canonical: string | null): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:type" content="article">${canonical ? `<link rel="canonical" href="${canonical}">` : ''}</head>
<body><article><h1>${title}</h1>${paras.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
}

let site: Server;
let otherPort: Server;
let base = '';
let otherBase = '';
const VICTIM = () => `${base}/victim/story`;

async function listen(handler: (path: string) => string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) =>
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(handler(req.url ?? '/')),
  );
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

beforeAll(async () => {
  ({ server: site, url: base } = await listen((path) => {
    if (path.startsWith('/victim/story')) return page('Pier to close', PARAS, '/victim/story');
    if (path.startsWith('/amp/victim/story')) return page('Pier to close', PARAS.slice(0, 4), '/victim/story');
    return page('Bakery wins prize', OTHER, '/victim/story');
  }));
  ({ server: otherPort, url: otherBase } = await listen(() => page('Pier to close', PARAS, `${base}/victim/story`)));
});
afterAll(async () => {
  await Promise.all([site, otherPort].map((s) => new Promise<void>((r) => s.close(() => r()))));
});

interface State {
  url: string;
  entities: unknown[];
  notes: { note: { body: string } }[];
}

/** The article session's state in the tab at `url`, once its analysis reply has arrived. */
async function stateOf(ext: TestPage, url: string): Promise<State> {
  const end = Date.now() + 30_000;
  for (;;) {
    const s = await ext.evaluate(async (u: string) => {
      const api = (globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome }).browser ?? chrome;
      const tabs = await api.tabs.query({});
      const tab = tabs.find((t) => t.url === u);
      if (!tab?.id) return null;
      const r = (await api.tabs.sendMessage(tab.id, { type: 'page:state' }).catch(() => null)) as { ok: boolean; state?: State } | null;
      return r?.state && r.state.entities.length > 0 ? JSON.parse(JSON.stringify(r.state)) : null;
    }, url);
    if (s) return s as State;
    if (Date.now() > end) throw new Error(`no analysed state for ${url}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe.each(['chromium', 'firefox'] as BrowserName[])('canonical links in %s', (name) => {
  it.skipIf(!browserAvailable(name))(
    'a canonical link to another article, or from another origin, gets nothing; an AMP copy merges',
    async () => {
      const b = await launch(name);
      try {
        const ext = await b.openExtensionPage('options.html');
        const open = async (url: string) => {
          const p = await b.newPage();
          await p.goto(url);
          return stateOf(ext, url);
        };
        // the reader reads the victim's article and makes a note on it
        expect((await open(VICTIM())).url).toBe(VICTIM());
        const saved = await ext.evaluate(async (source: string) => {
          const api = (globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome }).browser ?? chrome;
          const now = new Date().toISOString();
          const note = {
            id: 'urn:uuid:00000000-0000-4000-8000-0000000c0a22',
            motivation: 'commenting',
            body: 'the reader’s private note',
            tags: [],
            colour: 'yellow',
            created: now,
            modified: now,
            target: {
              source,
              selector: [
                { type: 'TextQuoteSelector', exact: 'twelve million pounds', prefix: '', suffix: '' },
                { type: 'TextPositionSelector', start: 0, end: 21 },
              ],
            },
            pageTitle: 'Pier to close',
          };
          return ((await api.runtime.sendMessage({ type: 'notes:save', note })) as { ok: boolean }).ok;
        }, VICTIM());
        expect(saved).toBe(true);

        const attacker = await open(`${base}/attacker/other`);
        expect(attacker.url).toBe(`${base}/attacker/other`);
        expect(attacker.notes).toEqual([]);

        const elsewhere = await open(`${otherBase}/victim/story`);
        expect(elsewhere.url).toBe(`${otherBase}/victim/story`);
        expect(elsewhere.notes).toEqual([]);

        const amp = await open(`${base}/amp/victim/story`);
        expect(amp.url).toBe(VICTIM());
        if (name === 'chromium') expect(amp.notes.map((n) => n.note.body)).toEqual(['the reader’s private note']);
        // (Firefox: the article session stops before taking the notes in, on a painting error that
        // predates issue 22 — adoptedStyleSheets in highlight-styles.ts; the key above is what grants them.)
      } finally {
        await b.close();
      }
    },
  );
});
