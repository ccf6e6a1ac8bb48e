/**
 * Article detection for Node (the CLI): parses HTML with linkedom and runs
 * the same `extractArticle` as the extension.
 */
import { parseHTML } from 'linkedom';
import { extractArticle, type ExtractedArticle } from './index';

/** Parses `html` with linkedom and extracts its article. */
export function extractArticleFromHtml(html: string, url?: string): ExtractedArticle {
  const { document } = parseHTML(html);
  return extractArticle(document as unknown as Document, { url });
}
