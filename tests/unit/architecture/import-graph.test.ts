/**
 * What ships may not depend on what measures it: no file under utils/,
 * entrypoints/ or components/ imports a Node module (they run in the
 * browser; the CLI's own Node entry lives in cli/) or anything under
 * tools/ or scripts/. Reads every import of every source file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
const SHIPPED = ['utils', 'entrypoints', 'components'];
const TOOLING = ['tools', 'scripts'];

/** Every .ts/.tsx/.js/.mjs file under `dir`, repo-relative with forward slashes. */
function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|tsx|js|mjs)$/.test(e.name)) out.push(path);
  }
  return out;
}

/** The module specifiers of static imports, re-exports and dynamic imports in `code`. */
export function specifiers(code: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const re of patterns) for (const m of code.matchAll(re)) found.push(m[1]);
  return found;
}

const NODE_BUILTINS = new Set(builtinModules);

/** Why `spec`, imported by repo-relative `file`, breaks the rule; null if it does not. */
export function violation(file: string, spec: string): string | null {
  if (spec.startsWith('node:') || NODE_BUILTINS.has(spec.split('/')[0])) return `Node module '${spec}'`;
  if (!spec.startsWith('.')) return null;
  const target = relative(ROOT, resolve(ROOT, dirname(file), spec))
    .split('\\')
    .join('/');
  const top = target.split('/')[0];
  return TOOLING.includes(top) ? `tooling '${target}'` : null;
}

describe('import graph of the shipped code', () => {
  const files = SHIPPED.flatMap(sourceFiles);

  it('reads a plausible number of source files', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('the rule itself flags Node modules and tooling, and not engine imports', () => {
    expect(violation('utils/a/b.ts', 'node:fs')).toMatch(/Node/);
    expect(violation('utils/a/b.ts', 'path')).toMatch(/Node/);
    expect(violation('utils/a/b.ts', '../../tools/random')).toMatch(/tooling/);
    expect(violation('entrypoints/x/y.ts', '../../scripts/lib/browsers')).toMatch(/tooling/);
    expect(violation('utils/a/b.ts', '../types')).toBeNull();
    expect(violation('utils/a/b.ts', 'preact')).toBeNull();
    expect(specifiers("import a from './x';\nexport { b } from \"../y\";\nconst c = await import('node:fs');\nimport './side';")).toEqual([
      './x',
      '../y',
      './side',
      'node:fs',
    ]);
  });

  it('imports no Node module and nothing under tools/ or scripts/', () => {
    const bad: string[] = [];
    for (const file of files) {
      for (const spec of specifiers(readFileSync(join(ROOT, file), 'utf8'))) {
        const why = violation(file, spec);
        if (why) bad.push(`${file} imports ${why}`);
      }
    }
    expect(bad).toEqual([]);
  });
});
