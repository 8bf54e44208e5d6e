// Benchmark group "distill": Cascade efficiency f = leak/(n·h(Q)) for both variants (block 10^5, mean of
// 20 runs), Cascade and Toeplitz PA speed, and the whole pipeline on sifted bits. One thread; speeds
// are medians after a warm-up and are noisy on a shared machine.
import { performance } from 'node:perf_hooks';
import { PackedBits } from '../../workers/common/bits';
import { binaryEntropy } from '../../workers/common/entropy';
import { defaultParams, type CascadeVariant } from '../../workers/common/params';
import { Rng } from '../../workers/common/rng';
import { runCascade } from '../../workers/distill/cascade';
import { Distiller } from '../../workers/distill/Distiller';
import { SyntheticDetections } from '../../workers/distill/syntheticDetections';
import { toeplitzHash } from '../../workers/distill/toeplitz';

const BLOCK = 100_000;
const EFFICIENCY_RUNS = 20;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

function randomBits(n: number, rng: Rng): PackedBits {
  const p = new PackedBits(n);
  for (let i = 0; i < p.words.length; i++) p.words[i] = rng.nextUint32();
  if (n & 31) p.words[p.words.length - 1] &= (1 << (n & 31)) - 1;
  return p;
}

function noisyPair(n: number, q: number, seed: number) {
  const rng = Rng.fromSeed(seed);
  const a = randomBits(n, rng),
    b = a.clone();
  let errors = 0;
  for (let i = 0; i < n; i++)
    if (rng.nextFloat() < q) {
      b.flip(i);
      errors++;
    }
  return { a, b, errors };
}

function cascadeFigures(variant: CascadeVariant, q: number): { f: number; mbps: number } {
  let f = 0;
  const speeds: number[] = [];
  runCascade(...(Object.values(noisyPair(BLOCK, q, 1)).slice(0, 2) as [PackedBits, PackedBits]), {
    variant,
    qberEstimate: q,
    seed: 0,
  }); // warm-up
  for (let run = 0; run < EFFICIENCY_RUNS; run++) {
    const { a, b, errors } = noisyPair(BLOCK, q, 1000 + run);
    const t0 = performance.now();
    const r = runCascade(a, b, { variant, qberEstimate: q, seed: run });
    speeds.push(BLOCK / (performance.now() - t0) / 1000);
    f += r.leakBits / (BLOCK * binaryEntropy(errors / BLOCK));
  }
  return { f: f / EFFICIENCY_RUNS, mbps: median(speeds) };
}

function paSpeed(n: number): number {
  const rng = Rng.fromSeed(2);
  const l = Math.floor(n * 0.5);
  const key = randomBits(n, rng),
    seed = randomBits(n + l - 1, rng);
  toeplitzHash(seed, key, l);
  const speeds: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    toeplitzHash(seed, key, l);
    speeds.push(n / (performance.now() - t0) / 1000);
  }
  return median(speeds);
}

/** Sifted key bits per second through Distiller (sifting to final key) at QBER 2 %, block 10^5. */
function pipelineSpeed(): number {
  const params = { ...defaultParams(), blockSizeBits: BLOCK, meanPhotonNumber: 0.5 };
  const src = new SyntheticDetections(
    { pZ: 0.5, qberZ: 0.02, qberX: 0.02, interceptFraction: 0, pulsesPerClick: 100 },
    3,
  );
  const batches = Array.from({ length: 12 }, () => src.batch(200_000));
  const warm = new Distiller(params, 1);
  warm.push(batches[0]);
  const d = new Distiller(params, 2);
  const t0 = performance.now();
  for (const b of batches) d.push(b);
  const s = d.summary();
  return s.nCorrected / (performance.now() - t0) / 1000;
}

export async function run(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const [tag, q] of [
    ['q1', 0.01],
    ['q2', 0.02],
    ['q5', 0.05],
    ['q8', 0.08],
  ] as const) {
    const opt = cascadeFigures('optimised', q);
    const orig = cascadeFigures('original', q);
    out[`cascadeEfficiency_${tag}`] = round(opt.f, 4);
    out[`cascadeOriginalEfficiency_${tag}`] = round(orig.f, 4);
    if (tag === 'q2') {
      out.cascadeMbitPerSecond_q2 = round(opt.mbps, 2);
      out.cascadeOriginalMbitPerSecond_q2 = round(orig.mbps, 2);
    }
  }
  out.paMbitPerSecond_n1e6 = round(paSpeed(1_000_000), 2);
  out.distillMbitPerSecond_q2 = round(pipelineSpeed(), 2);
  return out;
}
