import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The CLI end-to-end tests spawn the built binary; a loaded 2-core machine takes tens of seconds per spawn.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    pool: 'forks',
  },
});
