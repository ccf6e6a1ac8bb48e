/**
 * Renders the committed icon source (assets/icon.svg) to the PNG sizes the
 * manifests declare (public/icon/{16,32,48,96,128}.png), with the system's
 * Chromium (playwright-core): no download, no native image library.
 *
 * Run: scripts/node22 npx tsx scripts/icons.ts
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_PATH, ROOT } from './lib/browsers';

export const ICON_SIZES = [16, 32, 48, 96, 128] as const;

async function main(): Promise<void> {
  const { chromium } = await import('playwright-core');
  const svg = readFileSync(join(ROOT, 'assets', 'icon.svg'), 'utf8');
  const out = join(ROOT, 'public', 'icon');
  mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    for (const size of ICON_SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
      await page.setContent(`<style>html,body{margin:0;background:transparent}</style><img src="${src}" width="${size}" height="${size}">`);
      await page.waitForFunction(() => document.images[0]?.complete);
      writeFileSync(join(out, `${size}.png`), await page.screenshot({ omitBackground: true }));
      await page.close();
      console.log(`public/icon/${size}.png`);
    }
  } finally {
    await browser.close();
  }
}

await main();
