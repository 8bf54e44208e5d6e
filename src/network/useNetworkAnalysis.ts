// Keeps the network's numbers in step with the map: after each structural edit (or a change of the link
// settings) it asks the network worker, a little later and newest-wins, for the link rates, the chosen pair's
// max-flow paths and a day of key buffers. Dragging a node changes none of these and asks nothing.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { LinkParams } from '../../workers/common/params';
import type { DayAnswer } from '../../workers/network/networkApi';
import { components, type Demand, type Topology, type TopologyFault } from '../../workers/network/topology';
import { createNetworkClient, type NetworkClient } from './networkClient';
import { structureKey } from './networkEdit';

export const DAY_HOURS = 24;

export interface NetworkAnalysis {
  /** The worker's answer for the map as it is now (null while an edit is being computed). */
  answer: DayAnswer | null;
  /** The worker's refusal as a fault (worded by the view), or an unexpected error's own text. */
  error: TopologyFault | string | null;
  computing: boolean;
  /** The chosen pair is joined by some chain of links. */
  connected: boolean;
  client: NetworkClient;
}

export function useNetworkAnalysis(
  t: Topology,
  pair: Demand | null,
  params: LinkParams,
  presetId: string | null,
): NetworkAnalysis {
  const clientRef = useRef<NetworkClient | null>(null);
  const [client] = useState(() => (clientRef.current = createNetworkClient()));
  useEffect(() => () => clientRef.current?.dispose(), []);
  const [stored, setStored] = useState<{ key: string; value: DayAnswer } | null>(null);
  const [error, setError] = useState<TopologyFault | string | null>(null);
  const [computing, setComputing] = useState(false);
  const key = structureKey(t);
  const connected = useMemo(() => {
    if (!pair || pair.from === pair.to) return false;
    const c = components(t);
    return c.has(pair.from) && c.get(pair.from) === c.get(pair.to);
  }, [t, pair]);
  // The topology at the last structural change: what the worker gets (positions do not matter to it).
  const latest = useRef(t);
  latest.current = t;
  useEffect(() => {
    let live = true;
    setComputing(true);
    const timer = window.setTimeout(() => {
      const topo = latest.current;
      const sentKey = structureKey(topo);
      const sent = { ...topo, demands: connected && pair ? [pair] : [] };
      client.day(sent, params, DAY_HOURS, presetId ?? undefined).then(
        (a) => {
          if (!live || a === null) return;
          if (a.ok) {
            setStored({ key: sentKey, value: a.value });
            setError(null);
          } else {
            setStored(null);
            setError(a.error);
          }
          setComputing(false);
        },
        (e: unknown) => {
          if (live) {
            setError(String(e));
            setComputing(false);
          }
        },
      );
    }, 120);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
    // key stands for the topology's structure; pair endpoints and params by value.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, key, pair?.from, pair?.to, connected, params, presetId]);
  // Link indices of an answer only fit the map it was computed for.
  const answer = stored && stored.key === key ? stored.value : null;
  return { answer, error, computing, connected, client };
}
