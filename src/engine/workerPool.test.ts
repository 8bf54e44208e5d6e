// The worker pool's fault handling, with fake workers: a worker that ends without an error event (closed,
// killed) is found by the stall timeout and replaced; a worker that errors is replaced; an answer in time is kept.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WorkerFault } from './workerFault';
import { createWorkerPool } from './workerPool';

/** A Worker that never answers (as after self.close()), or can raise an error event. */
class SilentWorker extends EventTarget {
  isTerminated = false;
  postMessage(): void {
    /* dropped, like a closed worker */
  }
  terminate(): void {
    this.isTerminated = true;
  }
  start(): void {}
}

afterEach(() => {
  vi.useRealTimers();
});

describe('createWorkerPool', () => {
  it('a call with no answer for stallMs rejects as a stopped worker, which the pool replaces', async () => {
    vi.useFakeTimers();
    const spawned: SilentWorker[] = [];
    const pool = createWorkerPool<{ step: () => number }>(
      () => {
        const w = new SilentWorker();
        spawned.push(w);
        return w as unknown as Worker;
      },
      1,
      'photon',
      1000,
    );
    const lease = pool.acquire()!;
    const outcome = lease.call(new Promise<number>(() => undefined)).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(999);
    await vi.advanceTimersByTimeAsync(2);
    const fault = await outcome;
    expect(fault).toBeInstanceOf(WorkerFault);
    expect(fault).toMatchObject({ worker: 'photon', stopCause: { kind: 'no-answer', seconds: 1 } });
    lease.release();
    expect(spawned[0].isTerminated).toBe(true);
    expect(pool.acquire()).not.toBeNull();
    expect(spawned).toHaveLength(2);
  });

  it('an answer in time is returned and the worker is kept', async () => {
    vi.useFakeTimers();
    const spawned: SilentWorker[] = [];
    const pool = createWorkerPool<object>(
      () => {
        const w = new SilentWorker();
        spawned.push(w);
        return w as unknown as Worker;
      },
      1,
      'photon',
      1000,
    );
    const lease = pool.acquire()!;
    await expect(lease.call(Promise.resolve(42))).resolves.toBe(42);
    await vi.advanceTimersByTimeAsync(5000);
    lease.release();
    expect(pool.acquire()).not.toBeNull();
    expect(spawned).toHaveLength(1);
    expect(spawned[0].isTerminated).toBe(false);
  });

  it('an error event rejects the pending call at once', async () => {
    const spawned: SilentWorker[] = [];
    const pool = createWorkerPool<object>(
      () => {
        const w = new SilentWorker();
        spawned.push(w);
        return w as unknown as Worker;
      },
      1,
      'distill',
    );
    const lease = pool.acquire()!;
    const outcome = lease.call(new Promise<number>(() => undefined)).catch((e: unknown) => e);
    const error = new Event('error') as Event & { message: string };
    error.message = 'boom';
    spawned[0].dispatchEvent(error);
    const fault = await outcome;
    expect(fault).toBeInstanceOf(WorkerFault);
    expect(fault).toMatchObject({ worker: 'distill', stopCause: { kind: 'error', text: 'boom' } });
  });

  it(
    'settled calls let go of the worker: nothing piles up over a long session (the ' + 'soak found 35 kB per run)',
    async () => {
      const spawned: SilentWorker[] = [];
      const pool = createWorkerPool<object>(
        () => {
          const w = new SilentWorker();
          spawned.push(w);
          return w as unknown as Worker;
        },
        1,
        'photon',
        30_000,
      );
      const lease = pool.acquire()!;
      for (let i = 0; i < 1000; i++)
        await lease.call(i % 10 === 0 ? Promise.reject(new Error('no')).catch(() => i) : Promise.resolve(i));
      expect(pool.watchedCalls()).toBe(0);
      const outcome = lease.call(new Promise<number>(() => undefined)).catch((e: unknown) => e);
      expect(pool.watchedCalls()).toBe(1);
      const error = new Event('error') as Event & { message: string };
      error.message = 'boom';
      spawned[0].dispatchEvent(error);
      const fault = await outcome;
      expect(fault).toMatchObject({ worker: 'photon', stopCause: { kind: 'error', text: 'boom' } });
      expect(pool.watchedCalls()).toBe(0);
      await expect(lease.call(Promise.resolve(1))).rejects.toBe(fault);
    },
  );

  it('prewarm starts idle workers up to the count and the size, and acquire then uses them', () => {
    const spawned: SilentWorker[] = [];
    const pool = createWorkerPool<object>(
      () => {
        const w = new SilentWorker();
        spawned.push(w);
        return w as unknown as Worker;
      },
      2,
      'photon',
    );
    pool.prewarm(1);
    expect(spawned).toHaveLength(1);
    pool.prewarm(1);
    expect(spawned).toHaveLength(1);
    pool.prewarm(5);
    expect(spawned).toHaveLength(2);
    expect(pool.acquire()).not.toBeNull();
    expect(pool.acquire()).not.toBeNull();
    expect(spawned).toHaveLength(2);
  });
});
