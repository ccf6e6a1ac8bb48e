/** Prints the built content script's size (the one every page loads) and the whole bundle's. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const target = process.argv[2] ?? 'chrome-mv3';
const dir = join('.output', target);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const walk = (d) => readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]));
const files = walk(dir);
// The scripts the manifest declares for every page.
const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
const content = (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []).map((f) => join(dir, f));
const total = files.reduce((s, f) => s + statSync(f).size, 0);
for (const f of content) console.log(`newsmark: content script ${f}: ${kb(statSync(f).size)} (minified)`);
const bg = files.find((f) => /background\.js$/.test(f));
if (bg) console.log(`newsmark: background ${bg}: ${kb(statSync(bg).size)}`);
console.log(`newsmark: ${target} total: ${kb(total)}`);
