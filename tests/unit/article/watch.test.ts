import { describe, expect, it } from 'vitest';
import { addedText } from '../../../utils/article/watch';

/** The mutation records of `change`, observed on a fresh container. */
async function recordsOf(change: (root: HTMLElement) => void, prepare?: (root: HTMLElement) => void): Promise<MutationRecord[]> {
  const root = document.createElement('div');
  document.body.append(root);
  prepare?.(root);
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((batch) => records.push(...batch));
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  change(root);
  await new Promise((r) => setTimeout(r, 0));
  observer.disconnect();
  root.remove();
  return records;
}

describe('addedText', () => {
  it('counts non-space characters in added subtrees, text nodes and changed text', async () => {
    const records = await recordsOf(
      (root) => {
        const section = document.createElement('section');
        section.innerHTML = '<h2>Tidal mill</h2><p>The council <b>voted</b> again.</p>';
        root.append(section, document.createTextNode(' late words '));
        (root.firstChild as Text).data = 'abc def';
      },
      (root) => root.append(document.createTextNode('x')),
    );
    // "Tidalmill" 9 + "Thecouncilvotedagain." 21 + "latewords" 9 + "abcdef" 6
    expect(addedText(records)).toBe(45);
  });

  it('stops counting once it has seen enough', async () => {
    const records = await recordsOf((root) => {
      for (let i = 0; i < 50; i++) {
        const p = document.createElement('p');
        p.textContent = 'Ten chars. '.repeat(20);
        root.append(p);
      }
    });
    expect(addedText(records)).toBe(50 * 20 * 9);
    expect(addedText(records, 80)).toBe(80);
    expect(addedText(records, 1)).toBe(1);
  });

  it('ignores comments and whitespace', async () => {
    const records = await recordsOf((root) =>
      root.append(document.createComment('a long comment text'), document.createTextNode('  \n\t ')),
    );
    expect(addedText(records)).toBe(0);
  });
});

describe('countNonSpace', () => {
  it('skips whitespace and counts Chinese, Japanese and Korean characters twice', async () => {
    const { countNonSpace } = await import('../../../utils/article/dom');
    expect(countNonSpace(' a b\u00a0c\u200b\n')).toBe(3);
    expect(countNonSpace('北朝鮮が')).toBe(8);
    expect(countNonSpace('서울 시')).toBe(6);
    expect(countNonSpace('、。')).toBe(2); // CJK punctuation counts once
  });
});
