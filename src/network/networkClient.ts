// The page's client of the network worker, spawned on first use. Newest wins: the answer to a request that a
// later edit superseded resolves to null, so a slow 300-node computation never overwrites a newer map.
import * as Comlink from 'comlink';
import type { LinkParams } from '../../workers/common/params';
import type { DayAnswer, NetworkAnswer } from '../../workers/network/networkApi';
import type { NetworkWorkerApi } from '../../workers/network/network.worker';
import type { Topology } from '../../workers/network/topology';
import type { SweepPoint } from '../../workers/theory/sweep';

export interface NetworkClient {
  preset: (id: string) => Promise<NetworkAnswer<Topology>>;
  day: (t: Topology, params: LinkParams, hours: number, presetId?: string) => Promise<NetworkAnswer<DayAnswer> | null>;
  measureLink: (params: LinkParams, lengthKm: number, seed: number) => Promise<NetworkAnswer<SweepPoint>>;
  dispose: () => void;
}

export function createNetworkClient(): NetworkClient {
  // Two workers: a link's Monte-Carlo run takes seconds and must not hold up the map's answers.
  const workers: (Worker | null)[] = [null, null];
  const apis: (Comlink.Remote<NetworkWorkerApi> | null)[] = [null, null];
  let latest = 0;
  const remote = (i = 0) => {
    if (!apis[i]) {
      workers[i] = new Worker(new URL('../../workers/network/network.worker.ts', import.meta.url), {
        type: 'module',
        name: 'network',
      });
      apis[i] = Comlink.wrap<NetworkWorkerApi>(workers[i]!);
    }
    return apis[i]!;
  };
  return {
    async day(t, params, hours, presetId) {
      const id = ++latest;
      const answer = await remote().day(t, params, hours, presetId);
      return id === latest ? answer : null;
    },
    preset: (id) => remote().preset(id),
    measureLink: (params, lengthKm, seed) => remote(1).measureLink(params, lengthKm, seed),
    dispose() {
      workers.forEach((w) => w?.terminate());
      workers.fill(null);
      apis.fill(null);
    },
  };
}
