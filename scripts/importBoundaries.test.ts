// The import boundaries of eslint.config.js, checked on planted imports: src/ may not import cli/, and the pure
// cores in workers/ may import neither src/ nor cli/. Each case must produce the rule's error, or the rule is gone.
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: fileURLToPath(new URL('..', import.meta.url)) });

/** The no-restricted-imports messages ESLint gives for `code` as if it were the file at `filePath`. */
async function restrictedImports(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import boundaries', () => {
  it('src/ importing cli/ is an error', async () => {
    expect(await restrictedImports("import x from '../cli/sim';\nexport default x;\n", 'src/planted.ts')).toEqual([
      expect.stringContaining('src/ must not import from cli/: share code through workers/.'),
    ]);
    const deep = "import { simulateLink } from '../../cli/simReport';\nexport { simulateLink };\n";
    expect(await restrictedImports(deep, 'src/longrun/planted.ts')).toHaveLength(1);
  });

  it('workers/ importing src/ or cli/ is an error', async () => {
    const fromSrc = "import { useAppState } from '../../src/store/useAppState';\nexport { useAppState };\n";
    expect(await restrictedImports(fromSrc, 'workers/photon/planted.ts')).toEqual([
      expect.stringContaining('workers/ must not import from src/ or cli/.'),
    ]);
    const fromCli = "import { parseArgs } from '../../cli/args';\nexport { parseArgs };\n";
    expect(await restrictedImports(fromCli, 'workers/common/planted.ts')).toEqual([
      expect.stringContaining('workers/ must not import from src/ or cli/.'),
    ]);
  });

  it('the allowed directions stay allowed', async () => {
    const core = "import { defaultParams } from '../../workers/common/params';\nexport { defaultParams };\n";
    expect(await restrictedImports(core, 'src/longrun/planted.ts')).toEqual([]);
    expect(await restrictedImports(core.replace('../../', '../'), 'cli/planted.ts')).toEqual([]);
  });
});
