import { describe, expect, it } from 'vitest';
import { TextMapBuilder } from '../../../utils/article/text-map';
import { offsetOfPoint, rangeFromOffsets } from '../../../utils/article/index';

/** Builds text + map from the blocks (elements) of a small document. */
function build(html: string, selector: string) {
  document.body.innerHTML = html;
  const b = new TextMapBuilder();
  const walk = (n: Node): void => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) b.addText(c as Text);
      else walk(c);
    }
  };
  for (const el of Array.from(document.querySelectorAll(selector))) {
    b.endBlock();
    walk(el);
    b.endBlock();
  }
  return b.finish();
}

describe('TextMapBuilder', () => {
  it('collapses whitespace inside blocks and separates blocks with a blank line', () => {
    const { text } = build('<p>  Hello\n   <b>big</b>\t world  </p><p>\n</p><p>Second <i> block</i></p>', 'p');
    expect(text).toBe('Hello big world\n\nSecond block');
  });

  it('maps every non-separator character to the text node character it came from', () => {
    const { text, map } = build('<p> A  <em>quick</em>\n brown </p><h2>fox&nbsp;jumps</h2>', 'p, h2');
    expect(text).toBe('A quick brown\n\nfox jumps');
    for (let k = 0; k < map.segText.length; k++) {
      const node = map.nodes[map.segNode[k]];
      for (let i = 0; i < map.segLen[k]; i++) {
        const ch = text[map.segText[k] + i];
        const src = node.data[map.segOffset[k] + i];
        if (ch === ' ') expect(src).toMatch(/\s/);
        else expect(src).toBe(ch);
      }
    }
    // separators are not mapped
    const mapped = new Set<number>();
    map.segText.forEach((s, k) => {
      for (let i = 0; i < map.segLen[k]; i++) mapped.add(s + i);
    });
    expect(mapped.has(text.indexOf('\n'))).toBe(false);
    expect(mapped.size).toBe(text.length - 2);
  });

  it('records where each node starts in the text and where each block starts', () => {
    const { map } = build('<p>one <b>two</b></p><p>three</p>', 'p');
    expect(map.nodes.map((n) => n.data)).toEqual(['one ', 'two', 'three']);
    expect(map.starts).toEqual([0, 4, 9]);
    expect(map.blockStarts).toEqual([0, 9]);
  });
});

describe('rangeFromOffsets / offsetOfPoint', () => {
  it('turns text offsets into live ranges with the same text, across inline elements', () => {
    const { text, map } = build('<p>The  <a href="#">council</a> voted <b>nine</b>  to two.</p><p>Second paragraph here.</p>', 'p');
    const cases: [number, number][] = [
      [0, 3],
      [4, 18],
      [text.indexOf('nine'), text.indexOf('two') + 3],
      [text.indexOf('Second'), text.length],
    ];
    for (const [s, e] of cases) {
      const r = rangeFromOffsets(document, map, s, e);
      expect(r).not.toBeNull();
      expect(r!.toString().replace(/\s+/g, ' ')).toBe(text.slice(s, e));
    }
  });

  it('trims a range over a block separator to the mapped characters', () => {
    const { text, map } = build('<p>alpha</p><p>beta</p>', 'p');
    const r = rangeFromOffsets(document, map, 3, text.indexOf('beta') + 2)!;
    expect(r.startContainer).toBe(map.nodes[0]);
    expect(r.startOffset).toBe(3);
    expect(r.endContainer).toBe(map.nodes[1]);
    expect(r.endOffset).toBe(2);
    expect(rangeFromOffsets(document, map, 5, 7)).toBeNull(); // only the separator
    expect(rangeFromOffsets(document, map, 4, 4)).toBeNull();
  });

  it('maps DOM points back to text offsets (inverse of rangeFromOffsets)', () => {
    const { text, map } = build('<p>Hello   <b>big</b> world</p><p>again</p>', 'p');
    for (let i = 0; i < text.length; i++) {
      if (text[i] === '\n') continue;
      const r = rangeFromOffsets(document, map, i, i + 1)!;
      expect(offsetOfPoint(map, r.startContainer, r.startOffset)).toBe(i);
    }
    // a point inside collapsed whitespace snaps to the next character
    const hello = map.nodes[0];
    expect(offsetOfPoint(map, hello, 7)).toBe(text.indexOf('big'));
  });

  it('returns null for points outside the article text', () => {
    document.body.innerHTML = '<nav>menu</nav><p id="a">Body text.</p><footer>foot</footer>';
    const b = new TextMapBuilder();
    b.addText(document.getElementById('a')!.firstChild as Text);
    const { map } = b.finish();
    expect(offsetOfPoint(map, document.querySelector('nav')!.firstChild!, 1)).toBeNull();
    expect(offsetOfPoint(map, document.querySelector('footer')!.firstChild!, 0)).toBeNull();
    expect(offsetOfPoint(map, document.getElementById('a')!, 0)).toBe(0);
  });
});
