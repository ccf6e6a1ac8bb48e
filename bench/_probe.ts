import { startServer } from '../scripts/static-server.mjs';
import { launch, waitInPage } from '../scripts/lib/browsers';
const s = await startServer();
const b = await launch('chromium');
for (const p of process.argv.slice(2)) {
  const page = await b.newPage();
  const t0 = Date.now();
  await page.goto(s.url + p);
  const tl = Date.now() - t0;
  await waitInPage(page, () => performance.getEntriesByName('newsmark:painted').length > 0, null, 15000, 'p').catch(() => 0);
  const m = await page.evaluate(() => ({ a: performance.getEntriesByName('newsmark:article').map((e) => Math.round(e.startTime)), p: performance.getEntriesByName('newsmark:painted').map((e) => Math.round(e.startTime)), dcl: Math.round((performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd), load: Math.round((performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd) }), null);
  console.log(p, 'goto', tl, JSON.stringify(m), 'total', Date.now() - t0);
  await page.close();
}
await b.close(); await s.close();
