// The WebAssembly memory in which privacy amplification keeps its FFT work arrays and twiddle tables, so the
// SIMD stage kernels (wasm/fftKernels.wat) work on them in place; a small first-fit allocator hands out regions.
import { fftKernelsBase64 } from './wasm/fftKernels.bytes';

/** One FFT stage kernel: byte offsets of re, im and the pair-layout twiddles; from, to, len in elements. */
export type StageKernel = (re: number, im: number, w: number, from: number, to: number, len: number) => void;

export interface FftKernels {
  dif4: StageKernel;
  dit4: StageKernel;
  dif2: StageKernel;
  dit2: StageKernel;
}

/** The part of the WebAssembly API used here (declared locally: the Node type set has no WebAssembly globals). */
export interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
}

/** A block of the heap: byte offset and size (both multiples of ALIGN). */
export interface Region {
  readonly offset: number;
  readonly bytes: number;
}

/** Regions start on 64-byte boundaries (a cache line; f64x2 loads want 16). */
const ALIGN = 64;
const PAGE = 65536;

export class WasmHeap {
  /** Bumped whenever the memory grows: every typed-array view taken before is then detached. */
  generation = 0;
  private top = ALIGN;
  private holes: { offset: number; bytes: number }[] = [];
  private f64Cache: Float64Array;

  constructor(
    readonly memory: WasmMemory,
    readonly kernels: FftKernels,
  ) {
    this.f64Cache = new Float64Array(memory.buffer);
  }

  /** A region of `doubles` float64 values (contents undefined). May grow the memory. */
  alloc(doubles: number): Region {
    const bytes = Math.ceil((doubles * 8) / ALIGN) * ALIGN;
    for (let i = 0; i < this.holes.length; i++) {
      const h = this.holes[i];
      if (h.bytes < bytes) continue;
      const region = { offset: h.offset, bytes };
      if (h.bytes === bytes) this.holes.splice(i, 1);
      else this.holes[i] = { offset: h.offset + bytes, bytes: h.bytes - bytes };
      return region;
    }
    const region = { offset: this.top, bytes };
    this.top += bytes;
    const have = this.memory.buffer.byteLength;
    if (this.top > have) {
      // Grow by at least a quarter, so a series of slightly larger blocks does not grow it every time.
      const want = Math.max(this.top, Math.ceil(have * 1.25));
      this.memory.grow(Math.ceil((want - have) / PAGE));
      this.generation++;
      this.f64Cache = new Float64Array(this.memory.buffer);
    }
    return region;
  }

  /** Gives a region back (neighbouring holes merge; a hole at the top lowers it). */
  release(region: Region): void {
    this.holes.push({ offset: region.offset, bytes: region.bytes });
    this.holes.sort((a, b) => a.offset - b.offset);
    const merged: { offset: number; bytes: number }[] = [];
    for (const h of this.holes) {
      const last = merged[merged.length - 1];
      if (last && last.offset + last.bytes === h.offset) last.bytes += h.bytes;
      else merged.push({ ...h });
    }
    const last = merged[merged.length - 1];
    if (last && last.offset + last.bytes === this.top) {
      this.top = last.offset;
      merged.pop();
    }
    this.holes = merged;
  }

  /** A float64 view of `length` values from `from` (in values) within the region, on the current memory. */
  f64(region: Region, from = 0, length = region.bytes / 8 - from): Float64Array {
    return this.f64Cache.subarray(region.offset / 8 + from, region.offset / 8 + from + length);
  }

  /** Bytes between the highest region and the end of the memory (what the next region can take without growing). */
  spareBytes(): number {
    return this.memory.buffer.byteLength - this.top;
  }

  /** Bytes in use (regions handed out and not released), for tests. */
  inUse(): number {
    return this.top - ALIGN - this.holes.reduce((s, h) => s + h.bytes, 0);
  }

  /** True when both arrays are views on this heap's current memory (so the kernels can read them). */
  holds(re: Float64Array, im: Float64Array): boolean {
    const b = this.memory.buffer;
    return re.buffer === b && im.buffer === b;
  }
}

function decodeBase64(text: string): Uint8Array {
  const bin = atob(text);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

let heap: WasmHeap | null | undefined;
let enabled = true;

/** The heap with its kernels, or null where WebAssembly SIMD is not available (the TypeScript stages are used). */
export function wasmHeap(): WasmHeap | null {
  if (!enabled) return null;
  if (heap === undefined) {
    try {
      const api = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
      if (!api) throw new Error('no WebAssembly');
      const instance = new api.Instance(new api.Module(decodeBase64(fftKernelsBase64)), {});
      const ex = instance.exports as unknown as FftKernels & { memory: WasmMemory };
      heap = new WasmHeap(ex.memory, { dif4: ex.dif4, dit4: ex.dit4, dif2: ex.dif2, dit2: ex.dit2 });
    } catch {
      heap = null;
    }
  }
  return heap;
}

/** The heap if it was ever made, even while the kernels are turned off (to give its regions back). */
export function madeWasmHeap(): WasmHeap | null {
  return heap ?? null;
}

/** Turns the WebAssembly kernels off or on (tests and the benchmark compare both paths). */
export function setWasmKernels(on: boolean): void {
  enabled = on;
}
