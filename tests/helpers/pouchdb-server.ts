/**
 * A local CouchDB for tests: pouchdb-server in memory on 127.0.0.1 and a free
 * port, in a process of its own (so a test can stop it mid-sync and start it
 * again), with an admin account so that a wrong password is refused.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ADMIN = { username: 'admin', password: 'secret-pw' };

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

const BIN = fileURLToPath(new URL('../../node_modules/pouchdb-server/bin/pouchdb-server', import.meta.url));

export class TestCouch {
  private child: ChildProcess | null = null;
  private readonly dir = mkdtempSync(join(tmpdir(), 'newsmark-couch-'));

  private constructor(readonly port: number) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  static async start(): Promise<TestCouch> {
    const couch = new TestCouch(await freePort());
    await couch.launch();
    await couch.request('PUT', '/_config/admins/admin', JSON.stringify(ADMIN.password), false);
    return couch;
  }

  /** Starts the server process (again) on the same port; an in-memory server comes back empty. */
  async launch(): Promise<void> {
    this.child = spawn(process.execPath, [BIN, '--in-memory', '--port', String(this.port), '--host', '127.0.0.1'], {
      cwd: this.dir, // it writes config.json and log.txt where it runs
      stdio: 'ignore',
    });
    const deadline = Date.now() + 20_000;
    for (;;) {
      try {
        const res = await fetch(`${this.url}/`);
        if (res.ok) return;
      } catch {
        /* not up yet */
      }
      if (Date.now() > deadline) throw new Error('pouchdb-server did not start');
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Stops the server process and waits for it to exit. */
  async stop(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((done) => {
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  }

  async request(method: string, path: string, body?: string, auth = true): Promise<Response> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (auth) headers.authorization = `Basic ${Buffer.from(`${ADMIN.username}:${ADMIN.password}`).toString('base64')}`;
    return fetch(`${this.url}${path}`, { method, headers, body });
  }

  /** How many documents database `name` holds, read from the server itself. */
  async docCount(name: string): Promise<number> {
    const res = await this.request('GET', `/${name}`);
    if (!res.ok) throw new Error(`cannot read ${name}: ${res.status}`);
    return ((await res.json()) as { doc_count: number }).doc_count;
  }

  async createDatabase(name: string): Promise<void> {
    const res = await this.request('PUT', `/${name}`);
    if (!res.ok) throw new Error(`cannot create ${name}: ${res.status}`);
  }

  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
