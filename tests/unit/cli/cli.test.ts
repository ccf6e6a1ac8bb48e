// @vitest-environment node
/** The CLI contract: what evaluations run against. Runs the real command. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const CLI = join(ROOT, 'cli', 'newsmark.mjs');
const run = (args: string[], input?: string) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', cwd: ROOT });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const tmp = mkdtempSync(join(tmpdir(), 'newsmark-cli-'));
const TEXT =
  'Defence Minister Lena Dahl said on Monday that 40 drones had crossed into Estonia. “We will respond,” Dahl told reporters in Tallinn.';

describe('newsmark CLI', () => {
  it('extract prints the article of an HTML page', () => {
    const r = run(['extract', join(ROOT, 'demo', 'index.html'), '--url', 'https://example.com/x']);
    expect(r.code).toBe(0);
    const { article } = JSON.parse(r.out);
    expect(Object.keys(article).sort()).toEqual([
      'bodyStart',
      'byline',
      'isArticle',
      'lang',
      'langSource',
      'publishedTime',
      'siteName',
      'text',
      'title',
    ]);
    expect(article.lang).toBe('en');
    expect(article.langSource).toBe('text');
    expect(article.title).toBe('Norway Says Russian Trawlers Mapped Undersea Cables, Asks NATO for Patrols');
    // the body begins after the headline (and standfirst): the text from bodyStart has no headline
    expect(article.text.startsWith(article.title)).toBe(true);
    expect(article.bodyStart).toBeGreaterThan(article.title.length);
    expect(article.text.slice(article.bodyStart)).not.toContain(article.title);
    expect(article.isArticle).toBe(true);
    expect(article.text).toContain('These ships were not fishing.');
    expect(article.text).not.toContain('Fjordair'); // the ad
    expect(article.text).not.toContain('All rights reserved'); // the footer
  });

  it('annotate takes a .txt file as the article text, with offsets into it', () => {
    const file = join(tmp, 'a.txt');
    writeFileSync(file, TEXT);
    const r = run(['annotate', file]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(out.article.text).toBe(TEXT);
    expect(out.entities.length).toBeGreaterThan(0);
    for (const e of out.entities) expect(TEXT.slice(e.start, e.end)).toBe(e.text);
    for (const c of out.claims) {
      expect(TEXT.slice(c.start, c.end)).toBe(c.text);
      expect(TEXT.slice(c.content.start, c.content.end)).toBe(c.content.text);
    }
    expect(out.claims.length).toBeGreaterThan(0);
  });

  it('identifies the language of a text and analyses only a language it has a model for, unless told the language', () => {
    const french = join(tmp, 'fr.txt');
    writeFileSync(
      french,
      'La ministre de la Défense, Lena Dahl, a déclaré lundi que quarante drones avaient franchi la frontière. « Nous répondrons », a-t-elle dit aux journalistes à Tallinn.',
    );
    const out = JSON.parse(run(['annotate', french]).out);
    expect(out.article.lang).toBe('fr');
    expect(out.article.langSource).toBe('text');
    expect(out.language).toEqual({ lang: 'fr', source: 'text', supported: false, analysed: false });
    expect(out.entities).toEqual([]);
    expect(out.claims).toEqual([]);
    const forced = JSON.parse(run(['annotate', french, '--lang', 'fr-FR']).out);
    expect(forced.language).toEqual({ lang: 'fr', source: 'given', supported: false, analysed: true });
    expect(forced.entities.length).toBeGreaterThan(0);
    expect(run(['annotate', french, '--lang', '??']).code).toBe(1);
  });

  it('--jsonl answers each line in order, with its id, and reports bad lines without stopping', () => {
    const input = [
      JSON.stringify({ id: 'a', text: TEXT }),
      '{not json',
      JSON.stringify({ id: 'c', html: '<html><body><p>short</p></body></html>' }),
      JSON.stringify({ id: 'd' }),
    ].join('\n');
    const r = run(['annotate', '--jsonl'], input);
    expect(r.code).toBe(0);
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', null, 'c', 'd']);
    expect(lines[0].entities.length).toBeGreaterThan(0);
    expect(lines[1].error).toMatch(/line 2: invalid JSON/);
    expect(lines[2].article.isArticle).toBe(false);
    expect(lines[3].error).toMatch(/needs "html" or "text"/);
  });

  it('bad input: a clear message on stderr and exit code 1', () => {
    expect(run(['annotate', join(tmp, 'missing.html')])).toMatchObject({
      code: 1,
      err: expect.stringMatching(/cannot read .*no such file/),
    });
    const empty = join(tmp, 'empty.html');
    writeFileSync(empty, '  \n');
    expect(run(['extract', empty])).toMatchObject({ code: 1, err: expect.stringMatching(/is empty/) });
    expect(run(['summarise', 'x'])).toMatchObject({ code: 1, err: expect.stringMatching(/unknown command/) });
    expect(run(['annotate', '--jsonl'], '')).toMatchObject({ code: 1, err: expect.stringMatching(/no input/) });
  });
});
