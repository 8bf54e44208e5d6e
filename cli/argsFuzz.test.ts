// Fuzz of the command-line parser (seeded fast-check, 1 000 argument lists of random and malformed flags and
// values; `npm run fuzz` runs the same cases at 10 000): parseArgs either returns a complete valid link or throws
// a one-line, escaped, bounded CliError that names the flag (and, for a value refused on its own, the range).
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { argvArb, checkArgv } from './fuzz/argvCases';

describe('CLI parser fuzz', () => {
  it('returns a valid link or throws a one-line CliError naming the flag (1 000 cases)', () => {
    fc.assert(
      fc.property(argvArb, (argv) => {
        checkArgv(argv);
      }),
      { seed: 20261127, numRuns: 1000 },
    );
  });
});
