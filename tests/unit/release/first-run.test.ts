import { describe, expect, it } from 'vitest';
import { opensWelcome } from '../../../entrypoints/background/install';
import { badgeText } from '../../../entrypoints/background/badge';

describe('first run', () => {
  it('opens the welcome page on install only, never on an update or a browser update', () => {
    expect(opensWelcome('install')).toBe(true);
    for (const reason of ['update', 'browser_update', 'chrome_update', 'shared_module_update', ''])
      expect(opensWelcome(reason)).toBe(false);
  });
});

describe('badge', () => {
  it('shows nothing for no notes, the count otherwise, 99+ past 99', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(-1)).toBe('');
    expect(badgeText(1)).toBe('1');
    expect(badgeText(42)).toBe('42');
    expect(badgeText(100)).toBe('99+');
  });
});
