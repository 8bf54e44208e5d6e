// The photon worker API, directly and through comlink over a Node MessageChannel: validation, stepping
// in simulated time, streaming runs with backpressure, transfer of batches, cancellation; runLink.
import { MessageChannel } from 'node:worker_threads';
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter';
import { afterEach, describe, expect, it } from 'vitest';
import type { DetectionBatch } from '../common/detections';
import { presetParams } from '../common/presets';
import { createPhotonApi, type RunProgress } from './photonApi';
import { runLink } from './runLink';
import type { BatchStats } from './stats';

const classroom = presetParams('ideal-classroom');

describe('photon API (plain module)', () => {
  it('open() validates parameters with a RangeError naming the parameter', () => {
    const api = createPhotonApi();
    expect(() => api.open({ ...classroom, fiberLengthKm: -3 }, 1)).toThrow(/fiberLengthKm/);
    expect(() => api.open({ ...classroom, fiberLengthKm: -3 }, 1)).toThrow(RangeError);
    expect(() => api.step(0.001, 100)).toThrow(/open/);
  });

  it('step() advances in simulated time and caps detections', () => {
    const api = createPhotonApi();
    api.open(classroom, 1);
    const a = api.step(0.01, 1e6); // 10 000 pulses at 1 MHz
    expect(a.batch.firstPulse).toBe(0);
    expect(a.batch.endPulse).toBe(10_000);
    expect(a.stats.detections).toBe(a.batch.count);
    expect(a.stats.pulses).toBe(10_000);
    const b = api.step(1, 50);
    expect(b.batch.count).toBe(50);
    expect(b.batch.firstPulse).toBe(10_000);
    api.setParams({ ...classroom, fiberLengthKm: 60 });
    expect(api.step(0.01, 1e6).batch.firstPulse).toBe(b.batch.endPulse);
  });

  it('run() streams every pulse once, awaits the handler and reports progress', async () => {
    const api = createPhotonApi();
    const seen: { first: number; end: number; progress: RunProgress }[] = [];
    let detections = 0;
    const result = await api.run(
      classroom,
      { seed: 3, pulses: 200_000, batchSize: 10_000 },
      async (batch, stats, progress) => {
        seen.push({ first: batch.firstPulse, end: batch.endPulse, progress });
        detections += stats.detections;
        await new Promise((r) => setTimeout(r, 1));
      },
    );
    expect(result.cancelled).toBe(false);
    expect(result.pulses).toBe(200_000);
    expect(result.detections).toBe(detections);
    for (let i = 1; i < seen.length; i++) expect(seen[i].first).toBe(seen[i - 1].end);
    expect(seen.at(-1)?.progress).toEqual({ pulsesDone: 200_000, pulsesTotal: 200_000, simulatedSeconds: 0.2 });
  });

  it('cancel() stops a run within one batch; a newer run supersedes an older one', async () => {
    const api = createPhotonApi();
    let batches = 0;
    const result = await api.run(classroom, { seed: 1, simulatedSeconds: 100, batchSize: 1000 }, () => {
      batches++;
      if (batches === 3) api.cancel();
    });
    expect(result.cancelled).toBe(true);
    expect(batches).toBe(3);
    let oldBatches = 0;
    const older = api.run(classroom, { seed: 1, simulatedSeconds: 100, batchSize: 1000 }, () => {
      oldBatches++;
    });
    const newer = await api.run(classroom, { seed: 2, pulses: 5000, batchSize: 1000 }, () => undefined);
    expect(newer.cancelled).toBe(false);
    expect((await older).cancelled).toBe(true);
    expect(oldBatches).toBeLessThan(5);
  });

  it('runLink() yields the same batches as the API run for the same seed', async () => {
    const viaGenerator = [...runLink(classroom, { seed: 4, pulses: 50_000, batchSize: 5000 })];
    const viaApi: DetectionBatch[] = [];
    await createPhotonApi().run(classroom, { seed: 4, pulses: 50_000, batchSize: 5000 }, (b) => {
      viaApi.push(b);
    });
    expect(viaApi).toEqual(viaGenerator);
    expect(viaGenerator.at(-1)?.endPulse).toBe(50_000);
    expect(() => runLink(classroom, { seed: 1 }).next()).toThrow(/pulses or simulatedSeconds/);
  });
});

describe('photon API through comlink (MessageChannel)', () => {
  let close: () => void = () => undefined;
  afterEach(() => close());

  it(
    'step() transfers the typed arrays; run() streams through a proxied callback; ' + 'errors arrive as RangeErrors',
    async () => {
      const { port1, port2 } = new MessageChannel();
      close = () => {
        port1.close();
        port2.close();
      };
      Comlink.expose(createPhotonApi(), nodeEndpoint(port1));
      const remote = Comlink.wrap<ReturnType<typeof createPhotonApi>>(nodeEndpoint(port2));
      await expect(remote.open({ ...classroom, g2Zero: 7 }, 1)).rejects.toThrow(/g2Zero/);
      await remote.open(classroom, 1);
      const { batch, stats } = await remote.step(0.01, 1e6);
      expect(batch.count).toBe(stats.detections);
      expect(batch.pulseIndex).toBeInstanceOf(Float64Array);
      expect(batch.count).toBeGreaterThan(1000);
      const got: BatchStats[] = [];
      const result = await remote.run(
        classroom,
        { seed: 2, pulses: 30_000, batchSize: 4000 },
        Comlink.proxy((b: DetectionBatch, s: BatchStats) => {
          expect(b.count).toBe(s.detections);
          got.push(s);
        }),
      );
      expect(result.pulses).toBe(30_000);
      expect(got.reduce((n, s) => n + s.detections, 0)).toBe(result.detections);
    },
  );
});
