/**
 * Article detection for Node (the CLI): parses HTML as a browser does and
 * runs the same `extractArticle` as the extension on a linkedom document.
 *
 * The tree comes from parse5, which implements the HTML standard's tree
 * construction (implied `<body>`, misnested tags, `<script>` between
 * `</head>` and `<body>`, markup in conditional comments…). linkedom's own
 * parser keeps such pages in shapes no browser makes (a second body, an
 * empty `document.body`), and then the CLI would read a different page than
 * the extension sees. linkedom only holds the tree.
 */
import { parse } from 'parse5';
import { parseHTML } from 'linkedom';
import { extractArticle, type ExtractedArticle } from './index';

/** Parses `html` as a browser would and extracts its article. */
export function extractArticleFromHtml(html: string, url?: string): ExtractedArticle {
  return extractArticle(parseDocument(html), { url });
}

const HTML_NS = 'http://www.w3.org/1999/xhtml';

/** The parse5 node shapes read here (its default tree adapter). */
interface P5Node {
  nodeName: string;
  tagName?: string;
  namespaceURI?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: P5Node[];
  content?: P5Node;
  value?: string;
  data?: string;
}

/** A linkedom `Document` holding the tree a browser builds from `html`. */
export function parseDocument(html: string): Document {
  const tree = parse(html) as unknown as P5Node;
  const { document } = parseHTML('<!DOCTYPE html><html></html>');
  const doc = document as unknown as Document;
  const root = doc.documentElement;
  while (root.firstChild) root.removeChild(root.firstChild);
  const htmlNode = tree.childNodes?.find((n) => n.nodeName === 'html');
  if (!htmlNode) return doc;
  copyAttributes(htmlNode, root);
  // iterative copy: deep pages must not overflow the stack
  const stack: [P5Node[], Node][] = [[htmlNode.childNodes ?? [], root]];
  while (stack.length) {
    const [kids, parent] = stack.pop()!;
    for (const k of kids) {
      if (k.nodeName === '#text') parent.appendChild(doc.createTextNode(k.value ?? ''));
      else if (k.nodeName === '#comment') parent.appendChild(doc.createComment(k.data ?? ''));
      else if (k.tagName) {
        const el =
          !k.namespaceURI || k.namespaceURI === HTML_NS ? doc.createElement(k.tagName) : doc.createElementNS(k.namespaceURI, k.tagName);
        copyAttributes(k, el);
        parent.appendChild(el);
        const childKids = k.tagName === 'template' ? k.content?.childNodes : k.childNodes;
        if (childKids?.length) stack.push([childKids, el]);
      }
    }
  }
  return doc;
}

function copyAttributes(from: P5Node, to: Element): void {
  for (const a of from.attrs ?? []) {
    try {
      to.setAttribute(a.name, a.value);
    } catch {
      // a name no DOM accepts (a browser keeps it, but no rule here reads it)
    }
  }
}
