// Frame-time bookkeeping of the link scene: ring buffers of animation-frame intervals and of the CPU
// time spent in renderer.render, with medians and 95th percentiles for the benchmark notes. Three-free.
export class FrameStats {
  private frames: Float64Array;
  private renders: Float64Array;
  private nFrames = 0;
  private nRenders = 0;

  constructor(private readonly size: number) {
    this.frames = new Float64Array(size);
    this.renders = new Float64Array(size);
  }

  addFrame(ms: number): void {
    this.frames[this.nFrames++ % this.size] = ms;
  }
  addRender(ms: number): void {
    this.renders[this.nRenders++ % this.size] = ms;
  }

  get renderCount(): number {
    return this.nRenders;
  }

  summary(): {
    frames: number;
    renders: number;
    frameMsP50: number;
    frameMsP95: number;
    renderMsP50: number;
    renderMsP95: number;
  } {
    const f = sortedWindow(this.frames, this.nFrames, this.size),
      r = sortedWindow(this.renders, this.nRenders, this.size);
    return {
      frames: this.nFrames,
      renders: this.nRenders,
      frameMsP50: quantile(f, 0.5),
      frameMsP95: quantile(f, 0.95),
      renderMsP50: quantile(r, 0.5),
      renderMsP95: quantile(r, 0.95),
    };
  }
}

function sortedWindow(buf: Float64Array, n: number, size: number): Float64Array {
  return buf.slice(0, Math.min(n, size)).sort();
}

/** Nearest-rank quantile of sorted values (NaN when empty). */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}
