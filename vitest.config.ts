import { defineConfig } from 'vitest/config';

/** The property and hostile-shape tests run with a small heap, so that a memory blow-up fails them instead of passing slowly. */
const SMALL_HEAP = ['test/robustness/properties.test.ts', 'test/robustness/hostile-shapes.test.ts'];

export default defineConfig({
  test: {
    // The CLI end-to-end tests spawn the built binary; a loaded 2-core machine takes tens of seconds per spawn.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'plan', include: ['test/**/*.test.ts'], exclude: SMALL_HEAP } },
      { extends: true, test: { name: 'small-heap', include: SMALL_HEAP, execArgv: ['--max-old-space-size=512'] } },
    ],
  },
});
