/**
 * `npm start`: builds Newsmark, serves the demo article on localhost and opens
 * it in a browser with the extension installed (Chromium by default,
 * `npm start -- --browser firefox` for Firefox).
 *
 * With a display, the browser stays open until you press Ctrl+C. Without one
 * (a server, CI), it runs headless: it makes one note as a reader would,
 * writes a screenshot of the annotated page to demo.png and prints what
 * Newsmark found.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer } from './static-server.mjs';
import { browserAvailable, launch, launchVisible, ROOT, waitInPage, type BrowserName } from './lib/browsers';
import { clickUi, dragSelect } from './lib/reader';

const args = process.argv.slice(2);
const browserArg = args.includes('--browser') ? args[args.indexOf('--browser') + 1] : 'chromium';
if (browserArg !== 'chromium' && browserArg !== 'firefox') {
  console.error(`newsmark: --browser must be chromium or firefox, not "${browserArg}"`);
  process.exit(1);
}
const name: BrowserName = browserArg;
const headless = args.includes('--headless') || !process.env.DISPLAY;

console.log(`Building Newsmark for ${name}…`);
execFileSync('npx', ['wxt', 'build', ...(name === 'firefox' ? ['-b', 'firefox'] : [])], { cwd: ROOT, stdio: 'inherit' });
if (!browserAvailable(name)) {
  console.error(
    `newsmark: ${name} was not found. Install it (Debian: apt-get install ${name === 'chromium' ? 'chromium' : 'firefox-esr'}) or set ${name === 'chromium' ? 'CHROMIUM_PATH' : 'FIREFOX_PATH'}.`,
  );
  process.exit(1);
}

const server = await startServer(Number(process.env.PORT ?? 0));
const demoUrl = `${server.url}/demo/index.html`;
console.log(`Demo article: ${demoUrl}`);

if (!headless) {
  const b = await launchVisible(name, demoUrl);
  console.log(`${name} is open with Newsmark installed. Select text on the page to make a note. Ctrl+C to stop.`);
  process.on('SIGINT', async () => {
    await b.close().catch(() => undefined);
    await server.close();
    process.exit(0);
  });
} else {
  const b = await launch(name);
  try {
    const page = await b.newPage();
    await page.goto(demoUrl);
    await waitInPage(page, () => performance.getEntriesByName('newsmark:painted').length > 0, null, 30_000, 'highlights');
    // Make one note, as a reader would: drag over a phrase, press Note, type, save.
    await dragSelect(page, 'mapping undersea data cables');
    await clickUi(page, '.toolbar [data-action=note]');
    await page.keyboard.type('Who else tracked these trawlers?');
    await clickUi(page, '.editor [data-action=save]');
    await waitInPage(page, () => (CSS.highlights.get('newsmark-note')?.size ?? 0) > 0, null, 5000, 'note');
    const seen = await page.evaluate(() => {
      const out: Record<string, string[]> = {};
      for (const [name, h] of CSS.highlights as unknown as Map<string, Iterable<Range>>) {
        if (name.startsWith('newsmark-')) out[name.slice(9)] = [...h].map((x) => x.toString());
      }
      return out;
    }, null);
    await page.evaluate(() => window.scrollTo(0, 0), null);
    await page.mouse.move(5, 5);
    const png = await page.screenshot({ clip: { x: 0, y: 0, width: 1280, height: 900 } });
    writeFileSync(join(ROOT, 'demo.png'), png);
    const show = (kind: string, label: string) => {
      const list = seen[kind] ?? [];
      const unique = [...new Set(list)];
      console.log(
        `${label.padEnd(14)} ${list.length.toString().padStart(3)}  ${unique.slice(0, 12).join(' · ')}${unique.length > 12 ? ' …' : ''}`,
      );
    };
    console.log('\nNewsmark found on the demo page:');
    show('person', 'People');
    show('org', 'Organisations');
    show('place', 'Places');
    show('group', 'Groups');
    show('date', 'Dates');
    show('number', 'Numbers');
    console.log(`Claims         ${(seen.claim ?? []).length.toString().padStart(3)}`);
    for (const c of seen.claim ?? []) console.log(`  – ${c.length > 110 ? `${c.slice(0, 110)}…` : c}`);
    console.log(`Notes          ${(seen.note ?? []).length.toString().padStart(3)}  ${(seen.note ?? []).map((n) => `“${n}”`).join(' · ')}`);
    console.log(`\nScreenshot of the annotated page: ${join(ROOT, 'demo.png')}`);
  } finally {
    await b.close();
    await server.close();
  }
}
