/**
 * The hover tooltip: says what a highlighted word is ("Person · John Kirby ·
 * 5 mentions") or, for a claim, who made it. Text only, never HTML.
 */
import { placeNear, uiHost } from './ui-host';

export interface TooltipContent {
  kind: string;
  lines: string[];
  /** The kind line names a team note's creator ("Note by Ann (team)"). */
  team?: boolean;
}

let el: HTMLDivElement | null = null;

function element(doc: Document): HTMLDivElement {
  if (el?.isConnected) return el;
  const { container } = uiHost(doc);
  el = doc.createElement('div');
  el.className = 'tooltip';
  el.setAttribute('role', 'tooltip');
  el.hidden = true;
  container.append(el);
  return el;
}

/** Shows the tooltip at a viewport point. */
export function showTooltip(doc: Document, content: TooltipContent, x: number, y: number): void {
  const tip = element(doc);
  const kind = doc.createElement('div');
  kind.className = 'kind';
  kind.textContent = content.kind;
  // For the real-browser tests, which read our (closed) shadow root through the browser's debugging protocol.
  kind.dataset.testid = content.team ? 'team-note-by' : 'tooltip-kind';
  const body = content.lines.map((line) => {
    const d = doc.createElement('div');
    d.textContent = line;
    return d;
  });
  tip.replaceChildren(kind, ...body);
  tip.hidden = false;
  placeNear(tip, x + 12, y + 16, doc.defaultView ?? window);
}

export function hideTooltip(): void {
  if (el) el.hidden = true;
}
