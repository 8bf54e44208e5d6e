// What the network worker serves: the analytic map (link rates, max-flow demands), a day of key buffers, and a
// Monte-Carlo run of one link through the real photon simulator and distillation pipeline (workers/theory/sweep.ts).
// Inputs are untrusted (an edited map, a pasted file): they pass parseTopology and validateParams first; a refusal
// comes back as a TopologyFault (structured clone carries it), worded where it is shown.
import { InvalidParamsError, validateParams, type LinkParams } from '../common/params';
import { measureKeyRate, type SweepPoint } from '../theory/sweep';
import { analyseNetwork, type NetworkResult } from './analyse';
import { isNetworkPresetId, networkPreset } from './networkPresets';
import { simulateBufferDay, type BufferDay } from './bufferDay';
import { MAX_LINK_KM, parseTopology, showValue, TopologyError, type Topology, type TopologyFault } from './topology';

export type NetworkAnswer<T> = { ok: true; value: T } | { ok: false; error: TopologyFault };

function checkedParams(params: LinkParams): LinkParams {
  const v = validateParams(params as unknown as Record<string, unknown>);
  if (v.issues.length > 0) throw new TopologyError({ code: 'link-parameters', issue: v.issues[0] });
  return v.params;
}

function answer<T>(f: () => T): NetworkAnswer<T> {
  try {
    return { ok: true, value: f() };
  } catch (e) {
    if (e instanceof TopologyError) return { ok: false, error: e.fault };
    // A core's own check of the parameters (the page's are checked above): the first issue, as data.
    if (e instanceof InvalidParamsError && e.issues.length > 0)
      return { ok: false, error: { code: 'link-parameters', issue: e.issues[0] } };
    throw e;
  }
}

/** A network preset, built here: the 300-node mesh's neighbour search would cost the page a long task. */
export function preset(id: string): NetworkAnswer<Topology> {
  return answer(() => {
    if (!isNetworkPresetId(id)) throw new TopologyError({ code: 'unknown-network-preset', got: showValue(id) });
    return networkPreset(id);
  });
}

export function analyse(topology: unknown, params: LinkParams, presetId?: string): NetworkAnswer<NetworkResult> {
  return answer(() => analyseNetwork(parseTopology(topology), checkedParams(params), presetId));
}

export interface DayAnswer {
  result: NetworkResult;
  day: BufferDay;
  computeMs: number;
}

/** The map and `hours` of key buffers in one call (what the view shows after each edit). */
export function day(topology: unknown, params: LinkParams, hours: number, presetId?: string): NetworkAnswer<DayAnswer> {
  return answer(() => {
    const t0 = performance.now();
    const result = analyseNetwork(parseTopology(topology), checkedParams(params), presetId);
    const d = simulateBufferDay(
      result.links.map((l) => l.secretKeyRateBps),
      result.demands,
      { hours },
    );
    return { result, day: d, computeMs: performance.now() - t0 };
  });
}

/** One link simulated photon by photon and distilled: a few full blocks, bounded in pulses. */
export function measureLink(params: LinkParams, lengthKm: number, seed: number, blocks = 3): NetworkAnswer<SweepPoint> {
  return answer(() => {
    if (!(lengthKm >= 0 && lengthKm <= MAX_LINK_KM))
      throw new TopologyError({ code: 'link-length', lengthKm, max: MAX_LINK_KM });
    return measureKeyRate(checkedParams(params), lengthKm, {
      seed,
      blocksPerDistance: blocks,
      maxPulsesPerDistance: 2e12,
    });
  });
}
