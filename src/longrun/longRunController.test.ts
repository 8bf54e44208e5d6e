// The long-run controller against the real photon API in-process (createPhotonApi, as the worker exposes it):
// both runs reach the end with their minute points and blocks, a newer start or Stop keeps stale results out,
// and a failing worker ends its run with a message.
import { describe, expect, it } from 'vitest';
import { presetParams } from '../../workers/common/presets';
import { createPhotonApi } from '../../workers/photon/photonApi';
import type { PhotonWorkerApi } from '../../workers/photon/photon.worker';
import type { WorkerLease, WorkerPool } from '../engine/workerPool';
import { WorkerFault } from '../engine/workerFault';
import { describeFaultCause } from '../i18n/text/run';
import { createLongRunController } from './longRunController';
import { longRunParams } from './longRunParams';
import { createAppStore } from '../store/appState';
import { longRunStoreOf } from '../store/longRunSlice';
import type { LongRunStore } from './longRunStore';

type Api = ReturnType<typeof createPhotonApi>;

/** A pool whose workers are in-process photon APIs; `wrap` may delay or break calls. */
function fakePool(wrap: (api: Api) => Partial<Api> = (a) => a) {
  const log = { acquired: 0, released: 0, discarded: 0 };
  const pool: WorkerPool<PhotonWorkerApi> = {
    size: 2,
    acquire() {
      log.acquired++;
      const api = { ...createPhotonApi() };
      const wrapped = { ...api, ...wrap(api) };
      return {
        api: wrapped as unknown as WorkerLease<PhotonWorkerApi>['api'],
        call: (pending) => Promise.resolve(pending),
        release: () => {
          log.released++;
        },
        discard: () => {
          log.discarded++;
        },
      };
    },
    prewarm: () => undefined,
    terminateAll: () => undefined,
  };
  return { pool, log };
}

const until = async (
  store: LongRunStore,
  done: (s: ReturnType<LongRunStore['getState']>) => boolean,
): Promise<void> => {
  for (let i = 0; i < 2000 && !done(store.getState()); i++) await new Promise((r) => setTimeout(r, 2));
};

const request = (durationS: number) => ({
  params: longRunParams(presetParams('qd-timebin-120km'), 'qd-timebin-120km'),
  seed: 1,
  durationS,
  isComparing: true,
  presetId: 'qd-timebin-120km' as const,
});

describe('createLongRunController', () => {
  it('runs both variants to the end: one point per minute, stats, a finish block, workers given back', async () => {
    const store = longRunStoreOf(createAppStore());
    const { pool, log } = fakePool();
    const c = createLongRunController(store, pool);
    c.start(request(30 * 60));
    await until(store, (s) => s.status === 'done');
    const s = store.getState();
    expect(s.status).toBe('done');
    for (const v of ['on', 'off'] as const) {
      expect(c.series[v].length).toBe(30);
      expect(c.series[v].last('tSeconds')).toBe(1800);
      expect(s.runs[v]!.simulatedSeconds).toBe(1800);
      // ~8 400 expected: 150 clicks/s × p_X² = 0.0625 × 1/2 (central slot of Bob's interferometer) × 1800 s.
      expect(s.runs[v]!.siftedX).toBeGreaterThan(7_000);
      expect(s.runs[v]!.blocks.at(-1)!.isRemainder).toBe(true);
    }
    // Same seed, same drift: Z (untouched by the interferometer phase) is identical with and without the loop.
    expect(s.runs.on!.errorsZ).toBe(s.runs.off!.errorsZ);
    expect(log).toEqual({ acquired: 2, released: 2, discarded: 0 });
  });

  it('times each block where it filled, the same with and without the loop (Z is untouched by the phase)', async () => {
    const store = longRunStoreOf(createAppStore());
    const c = createLongRunController(store, fakePool().pool);
    c.start({ ...request(40 * 60), params: { ...request(0).params, blockSizeBits: 20_000 } });
    await until(store, (s) => s.status === 'done');
    const times = (v: 'on' | 'off') =>
      store
        .getState()
        .runs[v]!.blocks.filter((b) => !b.isRemainder)
        .map((b) => b.filledAtS);
    expect(times('on').length).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < times('on').length; i++) expect(times('on')[i]).toBeGreaterThan(times('on')[i - 1]);
    times('on').forEach((t, i) => expect(Math.abs(t - times('off')[i])).toBeLessThanOrEqual(30));
  });

  it('drops a stopped session: nothing lands after Stop, in-flight workers are terminated', async () => {
    const store = longRunStoreOf(createAppStore());
    let gate: (() => void) | null = null;
    const { pool, log } = fakePool((api) => ({
      advanceDriftedRun: (h: number, s: number) =>
        new Promise((resolve) => {
          gate = () => resolve(api.advanceDriftedRun(h, s));
        }) as never,
    }));
    const c = createLongRunController(store, pool);
    c.start(request(3600));
    await until(store, () => gate !== null);
    c.stop();
    expect(store.getState().status).toBe('stopped');
    (gate as unknown as () => void)();
    await new Promise((r) => setTimeout(r, 20));
    expect(c.series.on.length).toBe(0);
    expect(store.getState().runs.on!.simulatedSeconds).toBe(0);
    expect(log.discarded).toBe(2);
  });

  it('a newer start replaces the older session', async () => {
    const store = longRunStoreOf(createAppStore());
    const { pool } = fakePool();
    const c = createLongRunController(store, pool);
    c.start(request(3600));
    c.start({ ...request(20 * 60), isComparing: false });
    await until(store, (s) => s.status === 'done');
    expect(store.getState().setup!.variants).toEqual(['on']);
    expect(c.series.on.last('tSeconds')).toBe(1200);
    expect(c.series.off.length).toBe(0);
  });

  it('shows which run failed when its worker stops', async () => {
    const store = longRunStoreOf(createAppStore());
    const stopped = new WorkerFault('long-run-photon', { kind: 'error', text: 'out of memory' });
    const { pool, log } = fakePool(() => ({ advanceDriftedRun: () => Promise.reject(stopped) as never }));
    const c = createLongRunController(store, pool);
    c.start(request(3600));
    await until(store, (s) => s.status === 'error');
    // Kept as a code, so the panel words it in its language; the worker's own text is only the technical detail.
    const fault = store.getState().runs.off!.errorFault;
    expect(fault).toEqual({
      code: 'worker-stopped',
      worker: 'long-run-photon',
      cause: { kind: 'error', text: 'out of memory' },
    });
    expect(describeFaultCause(fault!, 'de')).toEqual({
      text: 'der Worker „Photonensimulation des Langzeitlaufs“ ist ausgefallen (Skriptfehler)',
      detail: 'out of memory',
    });
    expect(log.discarded).toBe(2);
  });
});
