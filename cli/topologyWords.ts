// The CLIs' English for a refused topology: one line per TopologyFault code, e.g.
// 'links[2].lengthKm: negative length -5 km'. The cores hold only the codes; the page words them in src/i18n.
import { showValue, type TopologyFault } from '../workers/network/topology';
import { flagIssueLine } from './paramWords';

/** A fault as the English line `npm run network` prints after its flag (exit status 2). */
export function topologyFaultWords(fault: TopologyFault): string {
  switch (fault.code) {
    case 'not-an-object':
      return 'topology: expected an object { "nodes": [...], "links": [...], "demands": [...] }';
    case 'nodes-not-array':
      return 'nodes: expected a non-empty array of { "id" }';
    case 'too-many-nodes':
      return `nodes: ${fault.count} nodes, at most ${fault.max}`;
    case 'links-not-array':
      return 'links: expected an array of { "from", "to", "lengthKm" }';
    case 'too-many-links':
      return `links: ${fault.count} links, at most ${fault.max}`;
    case 'demands-not-array':
      return 'demands: expected an array of { "from", "to" }';
    case 'node-not-object':
      return `${fault.where}: expected an object with an "id"`;
    case 'bad-node-id':
      return `${fault.where}: node id must be a string of 1 to 64 characters, got ${fault.got}`;
    case 'duplicate-node':
      return `${fault.where}: duplicate node id ${showValue(fault.id)}`;
    case 'unknown-node':
      return `${fault.where}: unknown node ${showValue(fault.id)}`;
    case 'link-not-object':
      return `${fault.where}: expected an object { "from", "to", "lengthKm" }`;
    case 'self-link':
      return `${fault.where}: a link from ${showValue(fault.id)} to itself`;
    case 'length-not-number':
      return `${fault.where}: expected a number of km, got ${fault.got}`;
    case 'negative-length':
      return `${fault.where}: negative length ${fault.lengthKm} km`;
    case 'too-long':
      return `${fault.where}: ${fault.lengthKm} km is longer than ${fault.max} km`;
    case 'unknown-preset':
      return `${fault.where}: ${fault.got} is not a preset`;
    case 'demand-not-object':
      return `${fault.where}: expected an object { "from", "to" }`;
    case 'same-node':
      return `${fault.where}: from and to are the same node ${showValue(fault.id)}`;
    case 'not-connected':
      return `${fault.where}: ${showValue(fault.from)} and ${showValue(fault.to)} are not connected by any link`;
    case 'link-parameters':
      return `link parameters: ${flagIssueLine(fault.issue)}`;
    case 'unknown-network-preset':
      return `${fault.got} is not a network preset`;
    case 'link-length':
      return `link length ${fault.lengthKm} km is outside 0 to ${fault.max} km`;
  }
}
