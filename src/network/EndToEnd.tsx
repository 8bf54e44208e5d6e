// The end-to-end key between two chosen nodes: the max-flow rate (a live readout), the paths it uses with their
// rates, and who else knows the key — every relay node on those paths, named — plus what each relayed bit costs.
import { memo } from 'react';
import { formatBitRate } from '../format/formatNumber';
import { networkText } from '../i18n/text/network';
import { useText } from '../i18n/useText';
import { Readout } from '../run/Readout';
import type { DemandResult } from '../../workers/network/analyse';
import type { Demand } from '../../workers/network/topology';
import { NodeField } from './NodeField';
import { RelayDemo } from './RelayDemo';

interface Props {
  seed: number;
  listId: string;
  known: ReadonlySet<string>;
  pair: Demand;
  demand: DemandResult | null;
  connected: boolean;
  onPair: (pair: Demand) => void;
}

/** Relay nodes of a demand's paths: every node of every path but the two ends. */
export function relayNodes(d: DemandResult | null): string[] {
  if (!d) return [];
  return [...new Set(d.paths.flatMap((p) => p.slice(1, -1)))];
}

export const EndToEnd = memo(function EndToEnd({ seed, listId, known, pair, demand, connected, onPair }: Props) {
  const text = useText(networkText);
  const relays = relayNodes(demand);
  const hops = demand?.paths[0] ? demand.paths[0].length - 1 : 0;
  const rate = !connected ? text.none : demand ? formatBitRate(demand.keyRateBps) : '…';
  return (
    <div className="network-e2e">
      <h3>{text.endToEnd}</h3>
      <div className="network-row">
        <NodeField
          label={text.demandFrom}
          value={pair.from}
          listId={listId}
          known={known}
          unknownText={text.unknownNode}
          onChange={(from) => onPair({ ...pair, from })}
        />
        <NodeField
          label={text.demandTo}
          value={pair.to}
          listId={listId}
          known={known}
          unknownText={text.unknownNode}
          onChange={(to) => onPair({ ...pair, to })}
        />
      </div>
      <Readout label={text.endToEndRate} emphasis>
        {rate}
      </Readout>
      {pair.from === pair.to ? (
        <p className="muted">{text.sameNode}</p>
      ) : !connected ? (
        <p className="muted">{text.notConnected}</p>
      ) : (
        demand &&
        demand.paths.length > 0 && (
          <>
            <p>{text.paths(demand.paths.length)}</p>
            <ol className="network-paths">
              {demand.paths.slice(0, 12).map((p, i) => (
                <li key={p.join('>')}>
                  {text.pathRate(formatBitRate(demand.pathRates[i]))}
                  {p.join(' → ')}
                </li>
              ))}
            </ol>
            <p className="network-trust">{relays.length ? text.relayWarning(relays.join(', ')) : text.noRelay}</p>
            {hops > 1 && <p className="muted">{text.hopCost(hops)}</p>}
            <RelayDemo path={demand.paths[0]} seed={seed} />
          </>
        )
      )}
    </div>
  );
});
