// Max-flow end-to-end rates against hand-computed networks: a chain is limited by its weakest link, parallel
// routes add up, and a textbook graph's cut gives the rate; the paths found carry exactly the flow.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { maxFlow, type FlowEdge } from './maxFlow';

const e = (a: number, b: number, capacity: number): FlowEdge => ({ a, b, capacity });

describe('maxFlow', () => {
  it('a chain carries its weakest link', () => {
    const r = maxFlow(4, [e(0, 1, 10), e(1, 2, 3), e(2, 3, 7)], 0, 3);
    expect(r.rate).toBeCloseTo(3, 12);
    expect(r.paths).toEqual([{ nodes: [0, 1, 2, 3], links: [0, 1, 2], rate: 3 }]);
  });

  it('matches a hand-computed mesh (max flow = min cut = 8)', () => {
    // s=0, a=1, b=2, t=3. Links: s-a 5, s-b 4, a-b 3, a-t 2, b-t 6. Cut around t: a-t 2 + b-t 6 = 8;
    // cut around s: 5 + 4 = 9; cut {s,a}|{b,t}: s-b 4 + a-b 3 + a-t 2 = 9. Max flow = min cut = 8.
    const edges = [e(0, 1, 5), e(0, 2, 4), e(1, 2, 3), e(1, 3, 2), e(2, 3, 6)];
    const r = maxFlow(4, edges, 0, 3);
    expect(r.rate).toBeCloseTo(8, 12);
    expect(r.paths.reduce((a, p) => a + p.rate, 0)).toBeCloseTo(8, 12);
    // Every path starts at s, ends at t, and no link carries more than its rate.
    for (const p of r.paths) expect([p.nodes[0], p.nodes.at(-1)]).toEqual([0, 3]);
    edges.forEach((ed, i) => expect(Math.abs(r.linkFlow[i])).toBeLessThanOrEqual(ed.capacity + 1e-9));
  });

  it('two disjoint routes add up; links are usable in both directions', () => {
    const r = maxFlow(4, [e(1, 0, 2), e(3, 1, 2), e(0, 2, 1.5), e(2, 3, 1)], 0, 3);
    expect(r.rate).toBeCloseTo(3, 12);
    expect(r.paths.map((p) => p.rate)).toEqual([2, 1]);
  });

  it('no route, or zero-rate links, give zero', () => {
    expect(maxFlow(3, [e(0, 1, 5)], 0, 2).rate).toBe(0);
    expect(maxFlow(3, [e(0, 1, 5), e(1, 2, 0)], 0, 2).paths).toEqual([]);
  });

  it('the flow never exceeds the capacity out of the source, and the paths sum to it (random graphs)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 12 }).chain((n) =>
          fc.tuple(
            fc.constant(n),
            fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.double({ min: 0, max: 100, noNaN: true })), {
              maxLength: 40,
            }),
          ),
        ),
        ([n, raw]) => {
          const edges = raw.filter(([a, b]) => a !== b).map(([a, b, c]) => e(a, b, c));
          const r = maxFlow(n, edges, 0, n - 1);
          const out = edges.filter((x) => x.a === 0 || x.b === 0).reduce((a, x) => a + x.capacity, 0);
          expect(r.rate).toBeLessThanOrEqual(out + 1e-9);
          expect(r.paths.reduce((a, p) => a + p.rate, 0)).toBeCloseTo(r.rate, 6);
        },
      ),
      { numRuns: 200, seed: 17 },
    );
  });
});
