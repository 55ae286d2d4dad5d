// One test file per core: vitest's default leaves one core idle, and on a 2-core machine that
// ran the files one after another (80 s instead of 51 s, quiet). Slow tests size their own
// timeouts (tests/helpers.ts forWork), so a busy machine makes them slower, not red.
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    maxWorkers: availableParallelism(),
  },
});
