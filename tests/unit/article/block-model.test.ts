import { describe, expect, it } from 'vitest';
import { extractArticleFromHtml, parseDocument } from '../../../utils/article/node';
import { extractArticle } from '../../../utils/article/index';
import { classWords } from '../../../utils/article/block-features';
import { BLOCK_MODEL, MAX_JUDGED_TEXT, type BlockModel } from '../../../utils/article/block-model';

const PARAS = [
  'The harbour board voted on Tuesday to extend the northern pier by 120 metres, a project that will take three years and cost the port authority about 40 million euros according to its own estimate.',
  'Fishermen said they feared losing berths during the works. The board promised that the small boats would keep their moorings in the inner basin until the new pier is finished in the spring of 2029.',
  'The regional government will pay a third of the cost, and the rest will come from harbour fees and a loan, the board said in a statement published after the vote.',
  'Work on the foundations starts in autumn. The contractor will use barges so that the ferry to the islands can keep its timetable, the port authority said.',
];

const page = (body: string, head = ''): string =>
  `<!doctype html><html><head><title>Harbour pier to grow</title>${head}</head><body><article><h1>Harbour pier to grow</h1>${body}</article></body></html>`;

const prose = PARAS.map((p) => `<p>${p}</p>`).join('');

describe('block classifier', () => {
  it('splits class and id values into words', () => {
    expect(classWords('relatedStories__item foo-bar2baz x1 ab')).toEqual(['related', 'stories', 'item', 'foo', 'bar', 'baz']);
  });

  it('drops the blocks a model scores above its threshold, and only those', () => {
    // a toy model: any block with text-shape features and a colon at its end is boilerplate
    const toy: BlockModel = { threshold: 0, weights: { bias: -1, endColon: 2 } };
    const html = page(
      `${PARAS.slice(0, 2)
        .map((p) => `<p>${p}</p>`)
        .join('')}<p>Contact the desk:</p><p>${PARAS[2]}</p>`,
    );
    const withModel = extractArticle(parseDocument(html), { blockModel: toy }).meta.text;
    const rulesOnly = extractArticle(parseDocument(html), { blockModel: null }).meta.text;
    expect(rulesOnly).toContain('Contact the desk:');
    expect(withModel).not.toContain('Contact the desk:');
    for (const p of PARAS.slice(0, 3)) expect(withModel).toContain(p);
  });

  it('never judges a long block, whatever the model says', () => {
    const everything: BlockModel = { threshold: -100, weights: { bias: 1 } };
    const long = PARAS.join(' ').repeat(Math.ceil((MAX_JUDGED_TEXT * 1.5) / PARAS.join(' ').length));
    const html = page(`<div>${long}</div><div>${prose}</div>`);
    const text = extractArticle(parseDocument(html), { blockModel: everything }).meta.text;
    expect(text).toContain(long.slice(0, 200));
  });

  it('the shipped model keeps every paragraph of a plain article', () => {
    const a = extractArticleFromHtml(page(prose));
    for (const p of PARAS) expect(a.meta.text).toContain(p);
    expect(BLOCK_MODEL.threshold).toBeGreaterThan(-5);
    expect(Object.keys(BLOCK_MODEL.weights).length).toBeGreaterThan(20);
  });
});

describe('short articles', () => {
  // about 200 characters of prose: above the 180 a page declared an article needs, below the 250 an <article> element alone needs
  const one = `<p>${PARAS[0]} Most of it is borrowed money, the rest fees.</p>`;

  it('a page that declares itself an article counts with one paragraph', () => {
    expect(extractArticleFromHtml(page(one, '<meta property="og:type" content="article">')).meta.isArticle).toBe(true);
  });

  it('an undeclared page with one paragraph does not', () => {
    const html = `<!doctype html><html><head><title>Port</title></head><body><div>${one}</div></body></html>`;
    expect(extractArticleFromHtml(html).meta.isArticle).toBe(false);
  });
});

describe('boxes with a picture', () => {
  const slide =
    'The second step is the hardest: the old planks come off one by one, and each is checked for rot before it goes to the yard, where the carpenters sort them by length and by the state of the wood, and mark the ones that can be used again on the new deck.';

  it('the rules keep a picture beside a paragraph of prose and drop a picture with a short caption', () => {
    const html = page(
      `${prose}<div class="slide"><img src="a.jpg"><div>${slide}</div></div><div class="pic"><img src="b.jpg"><div>The pier in 1950.</div></div>`,
    );
    const text = extractArticle(parseDocument(html), { blockModel: null }).meta.text;
    expect(text).toContain(slide);
    expect(text).not.toContain('The pier in 1950.');
  });
});
