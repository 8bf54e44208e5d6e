// The distillation worker API, directly and through comlink over a Node MessageChannel: parameter
// validation, open → push → finish → summary, reports that survive structured cloning.
import { MessageChannel } from 'node:worker_threads';
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter';
import { describe, expect, it } from 'vitest';
import { defaultParams } from '../common/params';
import { createDistillApi } from './distillApi';
import { SyntheticDetections } from './syntheticDetections';

// Synthetic batches are four-state BB84 (Alice sends both X states): a four-state time-bin link.
const params = { ...defaultParams(), encoding: 'time-bin' as const, blockSizeBits: 10000, meanPhotonNumber: 0.5 };
const link = { pZ: 0.5, qberZ: 0.02, qberX: 0.02, interceptFraction: 0, pulsesPerClick: 100 };

describe('distill API', () => {
  it('validates parameters and requires open()', () => {
    const api = createDistillApi();
    expect(() => api.push(new SyntheticDetections(link, 1).batch(10))).toThrow(/open/);
    expect(() => api.open({ ...params, blockSizeBits: 10 }, 1)).toThrow(/blockSizeBits/);
  });

  it('works through comlink over a MessageChannel', async () => {
    const { port1, port2 } = new MessageChannel();
    Comlink.expose(createDistillApi(), nodeEndpoint(port1));
    const remote = Comlink.wrap<ReturnType<typeof createDistillApi>>(nodeEndpoint(port2));
    await remote.open(params, 3);
    const src = new SyntheticDetections(link, 4);
    const reports = [...(await remote.push(src.batch(60000))), ...(await remote.finish())];
    expect(reports.length).toBeGreaterThanOrEqual(1);
    const full = reports.filter((r) => r.nKey === 10000);
    expect(full.length).toBeGreaterThan(0);
    for (const r of full) {
      expect(r.aborted).toBe(false);
      expect(r.aliceBobKeysEqual).toBe(true);
    }
    const s = await remote.summary();
    expect(s.blocks).toBe(reports.length);
    expect(s.finalKeyBits).toBe(reports.reduce((a, r) => a + r.finalKeyBits, 0));
    remote[Comlink.releaseProxy]();
    port1.close();
    port2.close();
  });
});
