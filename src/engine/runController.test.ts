// Tests of the run controller's orchestration with in-memory worker doubles: stepping by wall time ×
// speed, batches forwarded to distillation, pause, reset dropping stale results, errors kept visible as codes,
// and a stopped worker discarded by its kind (no message text is read).
import { describe, expect, it, vi } from 'vitest';
import { allocateBatch } from '../../workers/common/detections';
import type { BlockReport, DistillSummary } from '../../workers/common/reports';
import { createAppStore } from '../store/appState';
import { createRunController, type FrameScheduler } from './runController';
import { SINGLE_STEP } from './simClock';
import { WorkerFault } from './workerFault';
import type { WorkerLease, WorkerPool } from './workerPool';

const flush = () => new Promise((r) => setTimeout(r, 0));

function manualFrames() {
  let now = 0;
  let pending: ((t: number) => void) | null = null;
  const frames: FrameScheduler = {
    request: (cb) => {
      pending = cb;
      return 1;
    },
    cancel: () => {
      pending = null;
    },
    now: () => now,
  };
  return {
    frames,
    async tick(ms: number) {
      now += ms;
      const cb = pending;
      pending = null;
      cb?.(now);
      await flush();
      await flush();
    },
    isScheduled: () => pending !== null,
  };
}

const summary: DistillSummary = {
  blocks: 1,
  blocksAborted: 0,
  blocksDiscardedByVerification: 0,
  nDetected: 4,
  nSiftedZ: 2,
  nSiftedX: 0,
  nCorrected: 2,
  leakBits: 1,
  rounds: 1,
  finalKeyBits: 1,
  aliceBobKeysEqual: true,
};

function fakeWorkers(stepImpl?: () => Promise<unknown>) {
  let simulated = 0;
  const photon = {
    open: vi.fn(async () => undefined),
    setParams: vi.fn(async () => undefined),
    step: vi.fn(
      stepImpl ??
        (async (seconds: number) => {
          simulated += seconds;
          const batch = allocateBatch(4);
          batch.count = 2;
          batch.endPulse = Math.round(simulated * 1000);
          batch.simulatedSecondsEnd = simulated;
          return { batch, stats: { detections: 2, siftedZ: 1, siftedX: 0, errorsZ: 0, errorsX: 0 } };
        }),
    ),
  };
  const distill = {
    open: vi.fn(async () => undefined),
    push: vi.fn(async () => [
      {
        blockIndex: 0,
        aborted: false,
        finalKeyBits: 1,
        aliceKeyHex: 'ab',
        bobKeyHex: 'ab',
        aliceBobKeysEqual: true,
      } as BlockReport,
    ]),
    summary: vi.fn(async () => summary),
    takeFinalKeys: vi.fn(async () => [
      { blockIndex: 0, bits: 8, alice: Uint32Array.of(0xab), bob: Uint32Array.of(0xab), eve: Uint32Array.of(0x12) },
    ]),
  };
  const discarded = { photon: 0, distill: 0 };
  const pool = <T>(api: unknown, kind: keyof typeof discarded): WorkerPool<T> => ({
    size: 1,
    acquire: () =>
      ({
        api,
        call: (p: Promise<unknown>) => p,
        release: () => undefined,
        discard: () => {
          discarded[kind]++;
        },
      }) as unknown as WorkerLease<T>,
    prewarm: () => undefined,
    terminateAll: () => undefined,
  });
  return {
    photon,
    distill,
    discarded,
    pools: { photon: pool(photon, 'photon'), distill: pool(distill, 'distill') } as Parameters<
      typeof createRunController
    >[1],
  };
}

describe('runController', () => {
  it('opens a session, steps by wall time × speed and publishes aggregates', async () => {
    const store = createAppStore();
    store.getState().setSeed(7);
    store.getState().setSpeed('x100');
    const clock = manualFrames();
    const w = fakeWorkers();
    const controller = createRunController(store, w.pools, clock.frames);
    controller.start();
    await flush();
    expect(w.photon.open).toHaveBeenCalledWith(store.getState().params, 7, 0);
    expect(w.distill.open).toHaveBeenCalledWith(store.getState().params, 7);
    expect(store.getState().status).toBe('running');
    await clock.tick(16); // first frame only sets the wall reference
    await clock.tick(120); // capped at 0.1 s of wall time
    expect(w.photon.step).toHaveBeenCalledTimes(1);
    expect((w.photon.step.mock.calls[0] as unknown[])[0]).toBeCloseTo(10);
    expect(w.distill.push).toHaveBeenCalledTimes(1);
    expect(store.getState().totals.detections).toBe(2);
    expect(store.getState().summary).toEqual(summary);
    expect(store.getState().lastKeyBlock?.aliceKeyHex).toBe('ab');
  });

  it('pause stops stepping; start resumes the same session', async () => {
    const store = createAppStore();
    const clock = manualFrames();
    const w = fakeWorkers();
    const controller = createRunController(store, w.pools, clock.frames);
    controller.start();
    await flush();
    await clock.tick(16);
    await clock.tick(16);
    controller.pause();
    expect(store.getState().status).toBe('paused');
    expect(clock.isScheduled()).toBe(false);
    const steps = w.photon.step.mock.calls.length;
    controller.start();
    expect(store.getState().status).toBe('running');
    expect(w.photon.open).toHaveBeenCalledTimes(1);
    await clock.tick(16);
    await clock.tick(16);
    expect(w.photon.step.mock.calls.length).toBe(steps + 1);
  });

  it('reset drops the results of a step still in flight', async () => {
    const store = createAppStore();
    const clock = manualFrames();
    let release: (v: unknown) => void = () => undefined;
    const batch = allocateBatch(1);
    const w = fakeWorkers(
      () =>
        new Promise((r) => {
          release = r;
        }),
    );
    const controller = createRunController(store, w.pools, clock.frames);
    controller.start();
    await flush();
    await clock.tick(16);
    await clock.tick(16);
    controller.reset();
    release({ batch, stats: { detections: 5, siftedZ: 1, siftedX: 1, errorsZ: 0, errorsX: 0 } });
    await flush();
    expect(store.getState().status).toBe('idle');
    expect(store.getState().totals.detections).toBe(0);
    expect(w.distill.push).not.toHaveBeenCalled();
  });

  it('a worker error ends the run with its own text as a code and keeps what was shown', async () => {
    const store = createAppStore();
    const clock = manualFrames();
    let calls = 0;
    const w = fakeWorkers(async () => {
      calls++;
      if (calls > 1) throw new RangeError('Fiber length (fiberLengthKm): broken');
      const batch = allocateBatch(1);
      batch.simulatedSecondsEnd = 0.5;
      return { batch, stats: { detections: 3, siftedZ: 1, siftedX: 1, errorsZ: 0, errorsX: 0 } };
    });
    const controller = createRunController(store, w.pools, clock.frames);
    controller.start();
    await flush();
    await clock.tick(16);
    await clock.tick(16);
    await clock.tick(16);
    expect(store.getState().status).toBe('error');
    expect(store.getState().errorFault).toEqual({ code: 'error', text: 'Fiber length (fiberLengthKm): broken' });
    expect(store.getState().totals.detections).toBe(3);
    // A live worker that threw is kept for the next run.
    expect(w.discarded).toEqual({ photon: 0, distill: 0 });
  });

  describe('a stopped worker is discarded by its kind, whatever its text', () => {
    it.each([
      ['photon', 'open', { photon: 1, distill: 0 }],
      ['distill', 'open', { photon: 0, distill: 1 }],
      ['photon', 'step', { photon: 1, distill: 0 }],
      ['distill', 'push', { photon: 0, distill: 1 }],
    ] as const)('%s worker stopping in %s', async (kind, where, expected) => {
      const store = createAppStore();
      const clock = manualFrames();
      const w = fakeWorkers();
      const fault = new WorkerFault(kind, { kind: 'error', text: '' });
      // The message names the other worker: routing by text would discard the wrong one.
      fault.message = kind === 'photon' ? 'key distillation worker stopped' : 'photon worker stopped';
      const reject = async () => {
        throw fault;
      };
      if (where === 'open') (kind === 'photon' ? w.photon.open : w.distill.open).mockImplementation(reject);
      if (where === 'step') w.photon.step.mockImplementation(reject);
      if (where === 'push') w.distill.push.mockImplementation(reject);
      const controller = createRunController(store, w.pools, clock.frames);
      controller.start();
      await flush();
      await clock.tick(16);
      await clock.tick(16);
      await flush();
      expect(store.getState().status).toBe('error');
      expect(store.getState().errorFault).toEqual({ code: 'worker-stopped', worker: kind, cause: fault.stopCause });
      expect(w.discarded).toEqual(expected);
    });
  });

  it('refuses to start a link whose params clash', async () => {
    const store = createAppStore();
    store.getState().setParam('evePositionKm', 300);
    const w = fakeWorkers();
    createRunController(store, w.pools, manualFrames().frames).start();
    await flush();
    expect(store.getState().status).toBe('error');
    expect(store.getState().errorFault).toEqual({
      code: 'cannot-start-clash',
      issues: [{ code: 'eve-beyond-fiber', param: 'evePositionKm', evePositionKm: 300, fiberLengthKm: 120 }],
    });
    expect(w.photon.open).not.toHaveBeenCalled();
  });
  it('onBatch listeners see each batch before it goes to distillation, until they unsubscribe', async () => {
    const store = createAppStore();
    const clock = manualFrames();
    const w = fakeWorkers();
    const controller = createRunController(store, w.pools, clock.frames);
    const seen: number[] = [];
    const off = controller.onBatch((batch, stats) => {
      seen.push(batch.count, stats.detections);
    });
    controller.start();
    await flush();
    await clock.tick(16);
    await clock.tick(50);
    expect(seen).toEqual([2, 2]);
    off();
    await clock.tick(50);
    expect(seen).toEqual([2, 2]);
    expect(w.photon.step).toHaveBeenCalledTimes(2);
  });

  it(
    'Step from idle opens a paused session and simulates one fixed batch; Step while ' + 'paused adds one more',
    async () => {
      const store = createAppStore();
      const clock = manualFrames();
      const w = fakeWorkers();
      const controller = createRunController(store, w.pools, clock.frames);
      controller.step();
      await flush();
      await flush();
      expect(store.getState().status).toBe('paused');
      expect(w.photon.step).toHaveBeenCalledTimes(1);
      expect(w.photon.step.mock.calls[0]).toEqual([SINGLE_STEP.simulatedSeconds, SINGLE_STEP.maxDetections]);
      expect(clock.isScheduled()).toBe(false);
      controller.step();
      await flush();
      expect(w.photon.step).toHaveBeenCalledTimes(2);
      expect(store.getState().series.length).toBe(2);
      expect(store.getState().totals.detections).toBe(4);
      controller.reset();
      expect(store.getState().series.length).toBe(0);
    },
  );

  it(
    'on a 2-core machine the photon worker waits for the distillation worker; with ' +
      'more cores up to 3 batches queue',
    async () => {
      for (const [cores, expectedSteps] of [
        [2, 1],
        [8, 3],
      ] as const) {
        const store = createAppStore();
        store.getState().setSpeed('max');
        const clock = manualFrames();
        const w = fakeWorkers();
        w.distill.push.mockImplementation(() => new Promise(() => undefined)); // a block that never finishes distilling
        const controller = createRunController(store, w.pools, clock.frames, cores);
        controller.start();
        await flush();
        for (let i = 0; i < 10; i++) await clock.tick(16);
        // Small machine: one batch in distillation holds the photon worker back; otherwise a backlog of 3 does.
        expect(w.photon.step, `${cores} cores`).toHaveBeenCalledTimes(expectedSteps);
        controller.reset();
      }
    },
  );
});
