// Assembles the WebAssembly text kernels (workers/distill/wasm/*.wat) with wabt and writes each as a base64
// TypeScript module beside it, so workers and the CLI load the bytes without a fetch. `npm run build:wasm`.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import wabtInit from 'wabt';

/** The kernels, by name: workers/distill/wasm/NAME.wat → workers/distill/wasm/NAME.bytes.ts. */
export const KERNELS = ['fftKernels'] as const;

const DIR = fileURLToPath(new URL('../workers/distill/wasm/', import.meta.url));

/** The binary module assembled from NAME.wat (SIMD enabled). */
export async function assemble(name: string): Promise<Uint8Array> {
  const wabt = await wabtInit();
  const mod = wabt.parseWat(`${name}.wat`, readFileSync(`${DIR}${name}.wat`, 'utf8'), { simd: true });
  try {
    mod.validate();
    return mod.toBinary({}).buffer;
  } finally {
    mod.destroy();
  }
}

/** The TypeScript module that carries the bytes. */
export function bytesModule(name: string, bytes: Uint8Array): string {
  const b64 = Buffer.from(bytes).toString('base64');
  const lines = b64.match(/.{1,100}/g) ?? [];
  return [
    `// ${name}.wat assembled by scripts/buildWasm.ts (npm run build:wasm): do not edit; a unit test checks it`,
    `// matches the .wat. ${bytes.length} bytes of WebAssembly, base64.`,
    `export const ${name}Base64 =`,
    lines.map((l) => `  '${l}'`).join(' +\n') + ';',
    '',
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const name of KERNELS) {
    const bytes = await assemble(name);
    writeFileSync(`${DIR}${name}.bytes.ts`, bytesModule(name, bytes));
    console.log(`${name}: ${bytes.length} bytes`);
  }
}
