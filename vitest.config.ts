import { defineConfig } from 'vitest/config';

// Unit tests: the engine and the UI logic, in happy-dom (default) or node.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'utils/**/*.test.ts'],
    environment: 'happy-dom',
    testTimeout: 60_000,
  },
});
