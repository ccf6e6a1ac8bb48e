/**
 * Release: `npm run zip` writes the Chrome zip, the Firefox zip and the
 * Firefox sources zip; both manifests declare the icons in every size the
 * stores ask for, and the files are there; and the sources zip, unpacked
 * into an empty folder and built with the README's steps, gives the same
 * Firefox extension: the same files, the same manifest, the same bytes.
 *
 * The one step not run as written is `npm ci`: there is no network here, so
 * the unpacked folder links this checkout's node_modules (installed from
 * the same package-lock.json, which the sources zip carries).
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/browsers';

const SIZES = ['16', '32', '48', '96', '128'];
const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const zip = (what: string) => join(ROOT, '.output', `newsmark-${version}-${what}.zip`);

/** The environment a reader's shell would give: without Vitest's NODE_ENV=test and VITEST* variables, which change the build. */
function shellEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (k !== 'NODE_ENV' && !k.startsWith('VITEST') && k !== 'TEST') env[k] = v;
  return env;
}

function run(cmd: string, args: string[], cwd: string): string {
  return execFileSync(cmd, args, { cwd, env: shellEnv(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 300_000 });
}

/** Every file under `dir`, as paths relative to it, sorted. */
function files(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

const temps: string[] = [];
function temp(prefix: string): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  temps.push(d);
  return d;
}

describe('release', () => {
  beforeAll(() => {
    for (const what of ['chrome', 'firefox', 'sources']) rmSync(zip(what), { force: true });
    run('npm', ['run', 'zip'], ROOT);
  }, 600_000);
  afterAll(() => {
    for (const d of temps) rmSync(d, { recursive: true, force: true });
  });

  it('npm run zip writes the Chrome zip, the Firefox zip and the sources zip', () => {
    for (const what of ['chrome', 'firefox', 'sources']) expect(existsSync(zip(what)), zip(what)).toBe(true);
  });

  it('declares the icons in every size in both manifests, for the extension and its toolbar button, and ships them', () => {
    for (const build of ['chrome-mv3', 'firefox-mv2']) {
      const dir = join(ROOT, '.output', build);
      const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, Record<string, unknown>>;
      const action = (m.action ?? m.browser_action) as { default_icon: Record<string, string> };
      expect(Object.keys(m.icons).sort(), build).toEqual([...SIZES].sort());
      expect(Object.keys(action.default_icon).sort(), build).toEqual([...SIZES].sort());
      for (const size of SIZES) {
        const png = readFileSync(join(dir, (m.icons[size] as string).replace(/^\//, '')));
        expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
        // Width and height from the PNG header: the file is the size it is declared as.
        expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(size), Number(size)]);
      }
      expect(m.name).toBe('__MSG_extName__');
      expect(m.default_locale).toBe('en');
    }
  });

  it('builds the same Firefox extension from the sources zip in an empty folder', () => {
    const src = temp('newsmark-sources-');
    run('unzip', ['-q', zip('sources'), '-d', src], ROOT);
    expect(existsSync(join(src, '.git'))).toBe(false);
    expect(existsSync(join(src, 'node_modules'))).toBe(false);
    // README, "Build from the sources zip": chmod +x scripts/node22 scripts/ensure-node.sh && npm ci && npm run build:firefox
    chmodSync(join(src, 'scripts', 'node22'), 0o755);
    chmodSync(join(src, 'scripts', 'ensure-node.sh'), 0o755);
    symlinkSync(join(ROOT, 'node_modules'), join(src, 'node_modules'), 'dir');
    run('npm', ['run', 'build:firefox'], src);

    const shipped = temp('newsmark-firefox-zip-');
    run('unzip', ['-q', zip('firefox'), '-d', shipped], ROOT);
    const rebuilt = join(src, '.output', 'firefox-mv2');
    expect(files(rebuilt)).toEqual(files(shipped));
    expect(JSON.parse(readFileSync(join(rebuilt, 'manifest.json'), 'utf8'))).toEqual(
      JSON.parse(readFileSync(join(shipped, 'manifest.json'), 'utf8')),
    );
    const differing = files(shipped).filter((f) => !readFileSync(join(rebuilt, f)).equals(readFileSync(join(shipped, f))));
    expect(differing).toEqual([]);
  }, 600_000);
});
