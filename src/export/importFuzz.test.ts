// Fuzz of the run importer (seeded fast-check, 1 000 files: valid files with a field broken, huge, deep or
// spoofing values, other JSON, plain text; `npm run fuzz` runs the same cases at 10 000): never an exception,
// an answer within 200 ms, only a valid link loaded, every message short and escaped in both languages.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { checkImport, fileArb } from './importFuzzCases';

/** This process's CPU time in ms: the import's own work, not the time it waited for a busy machine's cores. */
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

describe('run import fuzz', () => {
  it('answers every file quickly, safely and in both languages (1 000 cases)', () => {
    fc.assert(
      fc.property(fileArb, (text) => {
        checkImport(text, cpuMs);
      }),
      { seed: 20261207, numRuns: 1000 },
    );
  });
});
