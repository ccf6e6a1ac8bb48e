/**
 * Export files streamed from the background to the library page over a
 * MessageChannel, part by part while they are written.
 *
 * Why: an export of 100,000 notes is 20–80 MB of text. Sent through
 * `runtime.sendMessage` it is serialised as JSON in slices (seconds in
 * Chromium); over a MessagePort each part is a structured-clone copy of a
 * string, and the page gathers the parts into a Blob while the background
 * writes the next one. Where the library page is controlled by the
 * extension's service worker (Chromium, Manifest V3) it reaches it as
 * `navigator.serviceWorker.controller`; elsewhere (Firefox's background page)
 * the page falls back to `library:export-file` and slices.
 *
 * Messages, background → page: one `head`, any number of `part`s, then `done`,
 * or `error` at any point.
 */
import { exportParts, type ExportFormat } from '../export/files';
import type { LibraryStore } from '../storage/library-store';
import { parseLibraryRequest } from './messages';
import type { LibraryFilter } from './search';

/** The type of the page's request (its body is checked as a `library:export-file` request). */
export const EXPORT_STREAM = 'newsmark:export-stream';

export interface ExportStreamRequest {
  type: typeof EXPORT_STREAM;
  format: ExportFormat;
  filter: LibraryFilter;
  ids?: string[];
}

export type ExportStreamMessage =
  | { kind: 'head'; name: string; mime: string; count: number }
  | { kind: 'part'; text: string }
  | { kind: 'done' }
  | { kind: 'error'; error: string };

/** What the page gets: the file's parts, ready for a Blob. */
export interface StreamedFile {
  parts: string[];
  name: string;
  mime: string;
  count: number;
}

/** The minimal port both ends use (MessagePort in browsers and in Node). */
interface Port {
  postMessage(msg: unknown): void;
  close(): void;
}

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Background side: validates `data` as an export request, then writes the
 * file to `port` part by part. Never throws: a failure becomes an `error`
 * message. Resolves when the last message is sent.
 */
export async function serveExportStream(data: unknown, port: Port, store: () => Promise<LibraryStore>, now: Date): Promise<void> {
  const send = (m: ExportStreamMessage) => port.postMessage(m);
  try {
    const body = typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
    if (!body || body.type !== EXPORT_STREAM) {
      send({ kind: 'error', error: 'not an export request' });
      return;
    }
    const req = parseLibraryRequest({ ...body, type: 'library:export-file' });
    if (typeof req === 'string' || req.type !== 'library:export-file') {
      send({ kind: 'error', error: typeof req === 'string' ? req : 'not an export request' });
      return;
    }
    const notes = await (await store()).notesFor(req.filter, req.ids);
    const file = exportParts(req.format, notes, now);
    send({ kind: 'head', name: file.name, mime: file.mime, count: notes.length });
    for (const text of file.parts) {
      if (text === '') continue;
      send({ kind: 'part', text });
      // Let other requests (a save from a tab) in between parts.
      await pause();
    }
    send({ kind: 'done' });
  } catch (err) {
    send({ kind: 'error', error: err instanceof Error ? err.message : String(err) });
  } finally {
    port.close();
  }
}

/** How long the page waits for the next message before it gives up. */
export const STREAM_IDLE_MS = 30_000;

/**
 * Page side: asks `worker` for an export and gathers its parts. Rejects with
 * a reader's message on an `error`, or when nothing arrives for `idleMs`
 * (a background stopped mid-export).
 */
export function receiveExport(
  worker: { postMessage(msg: unknown, transfer: Transferable[]): void },
  request: Omit<ExportStreamRequest, 'type'>,
  idleMs = STREAM_IDLE_MS,
): Promise<StreamedFile> {
  const channel = new MessageChannel();
  const port = channel.port1;
  return new Promise<StreamedFile>((resolve, reject) => {
    let head: Omit<StreamedFile, 'parts'> | null = null;
    const parts: string[] = [];
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (err: Error | null) => {
      clearTimeout(timer);
      port.onmessage = null;
      port.close();
      if (err) reject(err);
      else if (head) resolve({ ...head, parts });
      else reject(new Error('The export ended before it began; export again.'));
    };
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(
        () => finish(new Error(`The export stopped: no answer from the background for ${Math.round(idleMs / 1000)} s. Export again.`)),
        idleMs,
      );
    };
    port.onmessage = (e: MessageEvent<ExportStreamMessage>) => {
      const m = e.data;
      arm();
      if (m.kind === 'head') head = { name: m.name, mime: m.mime, count: m.count };
      else if (m.kind === 'part') parts.push(m.text);
      else if (m.kind === 'done') finish(null);
      else finish(new Error(m.error));
    };
    arm();
    const body: ExportStreamRequest = { type: EXPORT_STREAM, ...request };
    worker.postMessage(body, [channel.port2]);
  });
}
