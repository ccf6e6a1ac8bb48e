import { defineConfig } from 'vitest/config';

// Unit tests: the engine and the UI logic, in happy-dom (default) or node.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'tests/integration/**/*.test.ts', 'utils/**/*.test.ts'],
    environment: 'happy-dom',
    // The English UI catalogue behind chrome.i18n (the extension's code calls the browser's).
    setupFiles: ['tests/unit/setup-i18n.ts'],
    testTimeout: 60_000,
  },
});
