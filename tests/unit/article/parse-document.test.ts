import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../utils/article/node';

describe('parseDocument builds the tree a browser builds', () => {
  it('a script between </head> and <body> does not hide the body', () => {
    const doc = parseDocument(
      '<!DOCTYPE html><html><head><title>t</title></head><script>var a = 1;</script><body><p>First paragraph.</p></body></html>',
    );
    expect(doc.body.getElementsByTagName('p')).toHaveLength(1);
    expect(doc.documentElement.getElementsByTagName('body')).toHaveLength(1);
  });

  it('a repeated <body> tag and content after </body> land in the one body', () => {
    const doc = parseDocument('<html><body class="a"><p>one</p></body><body><p>two</p></body><p>three</p></html>');
    expect(doc.documentElement.getElementsByTagName('body')).toHaveLength(1);
    expect(Array.from(doc.body.getElementsByTagName('p')).map((p) => p.textContent)).toEqual(['one', 'two', 'three']);
  });

  it('implied and misnested tags are fixed as the standard says', () => {
    const doc = parseDocument('<p>Lead<div>box</div><table><tr><td>cell</td></tr></table>');
    expect(doc.body.firstElementChild?.tagName.toUpperCase()).toBe('P');
    expect(doc.body.getElementsByTagName('div')[0].parentElement?.tagName.toUpperCase()).toBe('BODY');
    expect(doc.body.getElementsByTagName('tbody')).toHaveLength(1);
  });
});
