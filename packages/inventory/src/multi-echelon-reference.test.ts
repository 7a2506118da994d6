// Reference cases CS1, CS2 (Clark–Scarf) and G1, G2 (guaranteed service) from Snyder & Shen (2019) via the
// stockpyl test suite, copied from shared/data/inventory/reference-cases.md (not read at run time).
import { seededRandom } from '@zhizao/core';
import { describe, expect, it } from 'vitest';
import { clarkScarf } from './clark-scarf.ts';
import { poissonDistribution } from './discrete-distribution.ts';
import { type GsmNode, guaranteedService } from './guaranteed-service.ts';
import { NormalDistribution } from './normal-distribution.ts';

// CS1/CS2: 3 stages; echelon h=(3,2,2), local h=(7,4,2); L=(1,1,2); p=37.12.
const stages = [
  { echelonHolding: 3, leadTime: 1 },
  { echelonHolding: 2, leadTime: 1 },
  { echelonHolding: 2, leadTime: 2 },
];

describe('Clark–Scarf serial system', () => {
  it('CS2: Poisson(5) demand — exact integer optimum', () => {
    const result = clarkScarf(stages, poissonDistribution(5), { penalty: 37.12 });
    expect(Array.from(result.echelonLevels)).toEqual([9, 15, 26]);
    expect(Math.abs(result.cost - 72.0435433050749) / 72.0435433050749).toBeLessThan(1e-3);
  });
  it('CS1: N(5, 1) demand — discretised', () => {
    const result = clarkScarf(stages, new NormalDistribution(5, 1), { penalty: 37.12 });
    // The reference (S = 6.5997, 11.9966, 22.7906; C* = 47.7747) comes from stockpyl's coarse default grid
    // (1000 x-points, 100 demand points, nearest-point lookups). Our grid converges: 1000, 2000, 4000, 8000 and
    // 16000 intervals all give C* = 47.660–47.661, and the older stockpyl release documents 47.6687 for this
    // instance. So the cost is held to 2.5e-3 of the table (not 1e-3) and S to the flat region (2%).
    expect(Math.abs(result.cost - 47.7747) / 47.7747).toBeLessThan(2.5e-3);
    const reference = [6.5997, 11.9966, 22.7906];
    result.echelonLevels.forEach((level, j) => {
      expect(Math.abs(level - (reference[j] as number)) / (reference[j] as number)).toBeLessThan(0.02);
    });
    const finer = clarkScarf(stages, new NormalDistribution(5, 1), { penalty: 37.12, gridPoints: 8000 });
    expect(Math.abs(finer.cost - result.cost)).toBeLessThan(2e-3);
  });
  it('a single stage reduces to the newsvendor with lead-time demand', () => {
    const result = clarkScarf([{ echelonHolding: 1, leadTime: 0 }], poissonDistribution(6), { penalty: 4 });
    // With L=0 the stage faces no lead-time demand: C(y) = h y + (p + h) y⁻, minimised at 0.
    expect(result.echelonLevels[0]).toBe(0);
    const lagged = clarkScarf([{ echelonHolding: 1, leadTime: 1 }], poissonDistribution(6), { penalty: 4 });
    expect(lagged.echelonLevels[0]).toBe(8); // P1 newsvendor S* = 8
    expect(lagged.cost).toBeCloseTo(3.570106945770946, 6); // P1 g(S*)
  });
});

describe('guaranteed-service model', () => {
  it('G1: serial 3 → 2 → 1', () => {
    const result = guaranteedService(
      [
        { id: '3', holding: 2, processingTime: 1, predecessors: [], externalInboundServiceTime: 1 },
        { id: '2', holding: 4, processingTime: 0, predecessors: ['3'] },
        {
          id: '1',
          holding: 7,
          processingTime: 1,
          predecessors: ['2'],
          demandSd: 1,
          maxOutboundServiceTime: 1,
        },
      ],
      1,
    );
    expect(result.cost).toBeCloseTo(2 * Math.SQRT2, 10);
    expect(result.serviceTimes).toEqual({ '1': 1, '2': 0, '3': 0 });
  });
  it('G2: tree 1 → 3 → {2, 4}', () => {
    const result = guaranteedService(
      [
        { id: '1', holding: 1, processingTime: 2, predecessors: [], externalInboundServiceTime: 1 },
        { id: '3', holding: 2, processingTime: 1, predecessors: ['1'] },
        {
          id: '2',
          holding: 3,
          processingTime: 1,
          predecessors: ['3'],
          demandSd: 1,
          maxOutboundServiceTime: 0,
        },
        {
          id: '4',
          holding: 3,
          processingTime: 1,
          predecessors: ['3'],
          demandSd: 1,
          maxOutboundServiceTime: 1,
        },
      ],
      1,
    );
    expect(result.cost).toBeCloseTo(2 * Math.SQRT2 + Math.sqrt(6) + 3, 10);
    expect(result.serviceTimes).toEqual({ '1': 0, '2': 0, '3': 0, '4': 1 });
  });
  it('matches brute force on random trees (assembly and distribution)', () => {
    const random = seededRandom(42);
    for (let trial = 0; trial < 25; trial += 1) {
      const n = 4 + random.int(0, 1);
      const nodes: GsmNode[] = [];
      const edges: [number, number][] = [];
      for (let k = 1; k < n; k += 1) {
        const other = random.int(0, k - 1);
        edges.push(random.next() < 0.5 ? [other, k] : [k, other]);
      }
      for (let k = 0; k < n; k += 1) {
        const preds = edges.filter(([, to]) => to === k).map(([from]) => String(from));
        const hasSuccessor = edges.some(([from]) => from === k);
        nodes.push({
          id: String(k),
          holding: 1 + random.int(0, 5),
          processingTime: random.int(0, 2),
          predecessors: preds,
          ...(hasSuccessor
            ? {}
            : { demandSd: 1 + random.int(0, 2), maxOutboundServiceTime: random.int(0, 1) }),
          ...(preds.length === 0 ? { externalInboundServiceTime: random.int(0, 1) } : {}),
        });
      }
      const dp = guaranteedService(nodes, 1.645);
      const maxTime = nodes.reduce((sum, node) => sum + node.processingTime, 0) + 1;
      const s = new Array<number>(n).fill(0);
      let best = Number.POSITIVE_INFINITY;
      const recurse = (k: number): void => {
        if (k === n) {
          let cost = 0;
          for (let j = 0; j < n; j += 1) {
            const node = nodes[j] as GsmNode;
            const si =
              node.predecessors.length === 0
                ? (node.externalInboundServiceTime ?? 0)
                : Math.max(...node.predecessors.map((p) => s[Number(p)] as number));
            const net = si + node.processingTime - (s[j] as number);
            if (net < 0 || (s[j] as number) > (node.maxOutboundServiceTime ?? maxTime)) return;
            cost += node.holding * 1.645 * (dp.demandSd[node.id] as number) * Math.sqrt(net);
          }
          best = Math.min(best, cost);
          return;
        }
        for (let v = 0; v <= maxTime; v += 1) {
          s[k] = v;
          recurse(k + 1);
        }
      };
      recurse(0);
      expect(dp.cost).toBeCloseTo(best, 9);
    }
  });
});
