// Unit and property tests run in Node against the pure cores in workers/ (and small src/ helpers).
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['workers/**/*.test.ts', 'src/**/*.test.ts', 'cli/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    pool: 'threads',
    // Vitest leaves one core free by default: on a 2-core machine that is one thread, and the suite takes 60 % longer.
    maxWorkers: availableParallelism(),
  },
});
