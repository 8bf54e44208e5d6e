// Tests of the photon worker's drifted-run methods, directly and through comlink over a Node MessageChannel:
// two runs with one seed side by side, chunked advances equal to one direct run, finish closes the handle.
import { MessageChannel } from 'node:worker_threads';
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter';
import { afterEach, describe, expect, it } from 'vitest';
import type { LinkParams } from '../common/params';
import { presetParams } from '../common/presets';
import { createDriftedRun } from './driftedRun';
import { createPhotonApi } from './photonApi';

const params: LinkParams = {
  ...presetParams('qd-timebin-120km'),
  fiberLengthKm: 60,
  blockSizeBits: 20_000,
  drift: 'on',
  phaseDriftRadPerSqrtHour: 2,
  driftPeriodicAmplitudeRad: 1.5,
  driftPeriodS: 1200,
  stabilisationIntervalS: 10,
  stabilisationGain: 0.7,
};

describe('photon API: drifted runs', () => {
  let close: () => void = () => undefined;
  afterEach(() => close());

  it('streams two runs side by side through comlink, equal to direct runs', async () => {
    const { port1, port2 } = new MessageChannel();
    close = () => {
      port1.close();
      port2.close();
    };
    Comlink.expose(createPhotonApi(), nodeEndpoint(port1));
    const remote = Comlink.wrap<ReturnType<typeof createPhotonApi>>(nodeEndpoint(port2));
    await expect(remote.openDriftedRun({ ...params, g2Zero: 7 }, 1)).rejects.toThrow(/g2Zero/);
    const on = await remote.openDriftedRun(params, 3, { stabilise: true });
    const off = await remote.openDriftedRun(params, 3, { stabilise: false });
    const onPoints = [],
      offPoints = [];
    for (let i = 0; i < 5; i++) {
      const a = await remote.advanceDriftedRun(on, 60);
      const b = await remote.advanceDriftedRun(off, 60);
      expect(a.simulatedSeconds).toBe(60 * (i + 1));
      onPoints.push(...a.points);
      offPoints.push(...b.points);
    }
    expect(onPoints).toEqual(createDriftedRun(params, 3, { stabilise: true }).advance(300).points);
    expect(offPoints).toEqual(createDriftedRun(params, 3, { stabilise: false }).advance(300).points);
    // Same seed, same drift path: only the controller differs (the cycle peaks at 5 min).
    expect(Math.max(...offPoints.map((p) => p.qberX ?? 0))).toBeGreaterThan(0.2);
    expect(Math.max(...onPoints.map((p) => p.qberX ?? 0))).toBeLessThan(0.08);
    await remote.finishDriftedRun(on);
    await expect(remote.advanceDriftedRun(on, 1)).rejects.toThrow(/no drifted run/);
    await remote.closeDriftedRun(off);
  });
});
