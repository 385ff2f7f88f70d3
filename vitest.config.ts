import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The CLI end-to-end tests spawn the built binary; keep a slow machine in mind.
    testTimeout: 30_000,
    pool: 'forks',
  },
});
