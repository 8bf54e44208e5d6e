// A second build of the same source for the redeploy e2e (e2e/redeploy.spec.ts): one statement added to the
// photon worker gives it, and the main chunk naming it, new file names, as a real redeploy that renames workers.
import { mergeConfig, type Plugin } from 'vite';
import base from '../vite.config';

function redeployMark(): Plugin {
  return {
    name: 'qkd-redeploy-mark',
    transform(code, id) {
      // Runs after the TypeScript transform, so plain JavaScript is appended.
      return /workers[\\/]photon[\\/]photon\.worker\.ts$/.test(id)
        ? `${code}\n;globalThis.__qkdRedeployMark = 'b';\n`
        : null;
    },
  };
}

export default mergeConfig(base, { plugins: [redeployMark()], worker: { plugins: () => [redeployMark()] } });
