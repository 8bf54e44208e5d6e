// Every TopologyFault code worded in every language: the data (path, ids, numbers) shows, and the German and
// Chinese sentences keep no English word apart from the file's own keys, ids and values.
import { describe, expect, it } from 'vitest';
import type { TopologyFault, TopologyFaultCode } from '../../../workers/network/topology';
import { LOCALES } from '../locale';
import { describeTopologyFault } from './network';

// Keyed by code, so a new code without a sample fails the type check.
const SAMPLES: Record<TopologyFaultCode, TopologyFault> = {
  'not-an-object': { code: 'not-an-object' },
  'nodes-not-array': { code: 'nodes-not-array' },
  'too-many-nodes': { code: 'too-many-nodes', count: 2001, max: 2000 },
  'links-not-array': { code: 'links-not-array' },
  'too-many-links': { code: 'too-many-links', count: 10001, max: 10000 },
  'demands-not-array': { code: 'demands-not-array' },
  'node-not-object': { code: 'node-not-object', where: 'nodes[1]' },
  'bad-node-id': { code: 'bad-node-id', where: 'nodes[0].id', got: '[]' },
  'duplicate-node': { code: 'duplicate-node', where: 'nodes[3]', id: 'Qx' },
  'unknown-node': { code: 'unknown-node', where: 'links[2].to', id: 'Qz' },
  'link-not-object': { code: 'link-not-object', where: 'links[1]' },
  'self-link': { code: 'self-link', where: 'links[1]', id: 'Qc' },
  'length-not-number': { code: 'length-not-number', where: 'links[1].lengthKm', got: '"5 km"' },
  'negative-length': { code: 'negative-length', where: 'links[2].lengthKm', lengthKm: -5 },
  'too-long': { code: 'too-long', where: 'links[2].lengthKm', lengthKm: 401.5, max: 400 },
  'unknown-preset': { code: 'unknown-preset', where: 'links[1].preset', got: '"warp"' },
  'demand-not-object': { code: 'demand-not-object', where: 'demands[0]' },
  'same-node': { code: 'same-node', where: 'demands[0]', id: 'Qb' },
  'not-connected': { code: 'not-connected', where: 'demands[0]', from: 'Qa', to: 'Qd' },
  'link-parameters': {
    code: 'link-parameters',
    issue: { code: 'out-of-range', param: 'fiberLossDbPerKm', value: -1, min: 0, max: 2 },
  },
  'unknown-network-preset': { code: 'unknown-network-preset', got: '"atlantis"' },
  'link-length': { code: 'link-length', lengthKm: 500, max: 400 },
};

/** What a sentence may carry unchanged in any language: the file's keys, its paths, ids, values and units. */
function withoutData(text: string, fault: TopologyFault): string {
  const data = Object.entries(fault)
    .filter(([k]) => k !== 'code' && k !== 'issue')
    .map(([, v]) => String(v));
  // A parameter issue names the parameter by its registry id beside its translated name.
  if (fault.code === 'link-parameters') data.push(fault.issue.param);
  let s = text;
  for (const d of data.sort((a, b) => b.length - a.length)) s = s.split(d).join(' ');
  return s
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/"[^"]*"/g, ' ')
    .replace(/\b(nodes|links|demands|km|dB|JSON|ID)\b/g, ' ');
}

const words = (s: string) => new Set(s.toLowerCase().match(/[a-z]{3,}/g) ?? []);

describe('topology faults in every language', () => {
  for (const [code, fault] of Object.entries(SAMPLES)) {
    it(`${code}: worded in ${LOCALES.join(', ')} with its data and no English in the others`, () => {
      const en = describeTopologyFault(fault, 'en');
      const english = words(withoutData(en, fault));
      expect(english.size).toBeGreaterThan(0);
      for (const locale of LOCALES) {
        const text = describeTopologyFault(fault, locale);
        expect(text.length).toBeGreaterThan(5);
        for (const [k, v] of Object.entries(fault))
          if (k !== 'code' && k !== 'issue') expect(text, `${locale} shows ${k}`).toContain(String(v));
        if (locale === 'en') continue;
        expect(text).not.toBe(en);
        const left = [...words(withoutData(text, fault))].filter((w) => english.has(w));
        expect(left, `${locale}: ${text}`).toEqual([]);
      }
    });
  }

  it('words a link-parameter issue with the language layer, naming the parameter', () => {
    const fault = SAMPLES['link-parameters'];
    expect(describeTopologyFault(fault, 'en')).toMatch(/^link parameters: .*-1/);
    expect(describeTopologyFault(fault, 'de')).toMatch(/^Streckenparameter: .*/);
    expect(describeTopologyFault(fault, 'zh')).toMatch(/^链路参数：/);
  });
});
