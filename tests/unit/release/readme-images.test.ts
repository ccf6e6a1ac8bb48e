/** Every image the README shows is in the repository (the first one was once ignored by .gitignore). */
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');

describe('README images', () => {
  it('exist and are not ignored by git', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]).filter((p) => !/^https?:/.test(p));
    expect(images.length).toBeGreaterThan(0);
    for (const img of images) {
      expect(existsSync(join(ROOT, img)), img).toBe(true);
      // `git check-ignore` exits 1 when the path is not ignored.
      let ignored = true;
      try {
        execFileSync('git', ['check-ignore', '-q', img], { cwd: ROOT });
      } catch {
        ignored = false;
      }
      expect(ignored, `${img} is ignored by .gitignore`).toBe(false);
    }
  });
});
