/**
 * Words broken by invisible characters are read whole, and highlights land
 * on the whole word in the live page: on "Vladi&shy;mir Putin" the PERSON
 * highlight and a reader's note cover the full name (soft hyphen included),
 * and the note comes back on it after a reload. In Chromium and Firefox.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../scripts/static-server.mjs';
import { browserAvailable, launch, waitInPage, type BrowserName, type TestBrowser, type TestPage } from '../../scripts/lib/browsers';
import { clickUi, dragSelect, paintedTexts } from '../../scripts/lib/reader';

const NAME = 'Vladi\u00admir Putin';
const PATH = '/fixtures/hard/soft-hyphens.html';

let server: { url: string; close(): Promise<void> };
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

async function open(page: TestPage): Promise<void> {
  await page.goto(`${server.url}${PATH}`);
  await waitInPage(page, () => performance.getEntriesByName('newsmark:painted').length > 0, null, 30_000, 'painted');
}

/** Page-world: the texts under the default note highlight, once there is one. */
function noteTexts() {
  const h = CSS.highlights.get('newsmark-note');
  return h && h.size > 0 ? [...(h as unknown as Iterable<Range>)].map((r) => r.toString()) : null;
}

describe.each(['chromium', 'firefox'] as BrowserName[])('text as read in %s', (name) => {
  const available = browserAvailable(name);
  let b: TestBrowser;
  beforeAll(async () => {
    if (available) b = await launch(name);
  });
  afterAll(async () => {
    await b?.close();
  });

  it.skipIf(!available)(
    'the PERSON highlight and a note cover "Vladi&shy;mir Putin" whole, and the note re-anchors after a reload',
    async () => {
      const page = await b.newPage();
      await open(page);
      const painted = await page.evaluate(paintedTexts, ['person', 'org']);
      // both mentions of the name are one PERSON each, soft hyphen inside the range
      expect(painted.person.filter((t) => t === NAME)).toHaveLength(2);
      expect(painted.person).toContain('Benjamin Netan\u00adyahu');
      expect(painted.person).toContain('Dana Whit\u00adfield');
      // no entity stops at a soft hyphen
      for (const t of [...painted.person, ...painted.org]) expect(['Vladi', 'Netan', 'Whit']).not.toContain(t.split(' ').pop());

      await dragSelect(page, NAME);
      await clickUi(page, '.toolbar [data-action=note]');
      await clickUi(page, '.editor [data-action=save]');
      const saved = await waitInPage(page, noteTexts, null, 10_000, 'note painted');
      expect(saved).toEqual([NAME]);

      await page.reload();
      await waitInPage(page, () => performance.getEntriesByName('newsmark:painted').length > 0, null, 30_000, 'painted after reload');
      const restored = await waitInPage(page, noteTexts, null, 15_000, 'restored note');
      expect(restored).toEqual([NAME]);
      await page.close();
    },
  );
});
