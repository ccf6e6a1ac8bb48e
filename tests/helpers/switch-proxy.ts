/**
 * A proxy in front of a test server that can be switched off and on again on
 * the same port, and that counts the requests it sees: "the server is down"
 * (connections refused, open ones cut) without losing what the server holds,
 * and "no request at all" as a number a test can read.
 */
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { freePort } from './pouchdb-server';

export class SwitchProxy {
  /** Requests that reached the proxy so far. */
  requests = 0;
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  private cut: { match: (req: IncomingMessage) => boolean; left: number; done: () => void } | null = null;

  private constructor(
    private readonly target: URL,
    readonly port: number,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Starts a proxy to `target` on a free port of 127.0.0.1. */
  static async start(target: string): Promise<SwitchProxy> {
    const proxy = new SwitchProxy(new URL(target), await freePort());
    await proxy.on();
    return proxy;
  }

  private forward(req: IncomingMessage, res: ServerResponse): void {
    this.requests++;
    const cut = this.cut;
    if (cut && cut.match(req) && --cut.left === 0) {
      // The server goes down as this request arrives: it never reaches the server, nor does anything after it.
      this.cut = null;
      void this.off().then(cut.done);
      return;
    }
    const upstream = httpRequest(
      { host: this.target.hostname, port: this.target.port, method: req.method, path: req.url, headers: req.headers },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  }

  /** Listens (again) on the proxy's port. */
  async on(): Promise<void> {
    if (this.server) return;
    const server = createServer((req, res) => this.forward(req, res));
    server.on('connection', (s) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    await new Promise<void>((done, fail) => {
      server.once('error', fail);
      server.listen(this.port, '127.0.0.1', () => done());
    });
    this.server = server;
  }

  /**
   * Goes off at the `nth` request that `match` accepts (that request is cut,
   * unanswered): "the server stops in the middle of a sync" at a known point.
   * Resolves once off.
   */
  offAt(match: (req: IncomingMessage) => boolean, nth: number): Promise<void> {
    return new Promise((done) => {
      this.cut = { match, left: nth, done };
    });
  }

  /** Refuses connections from now on, and cuts the open ones (a long poll included). */
  async off(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
    await new Promise<void>((done) => server.close(() => done()));
  }
}
