// Reference cases CS1, CS2 (Clark–Scarf) and G1, G2 (guaranteed service) from Snyder & Shen (2019) via the
// stockpyl test suite, copied from shared/data/inventory/reference-cases.md (not read at run time).
import { seededRandom } from '@zhizao/core';
import { describe, expect, it } from 'vitest';
import { clarkScarf } from './clark-scarf.ts';
import { poissonDistribution } from './discrete-distribution.ts';
import { type GsmNode, guaranteedService } from './guaranteed-service.ts';
import { NormalDistribution } from './normal-distribution.ts';
import { solveProblem } from './solve-problem.ts';

// CS1/CS2: 3 stages; echelon h=(3,2,2), local h=(7,4,2); L=(1,1,2); p=37.12.
const stages = [
  { echelonHolding: 3, leadTime: 1 },
  { echelonHolding: 2, leadTime: 1 },
  { echelonHolding: 2, leadTime: 2 },
];

describe('Clark–Scarf serial system', () => {
  const normal = new NormalDistribution(5, 1);
  // The grid stockpyl's own test of this instance uses (tests/test_ssm_serial.py, test_example_6_1:
  // x_num=100, d_num=10, default tails); the table's CS1 figures are that test's expected values.
  const referenceGrid = { xIntervals: 100, demandIntervals: 10 };

  it('CS1: the discretised DP on the reference grid reproduces the table', () => {
    const result = clarkScarf(stages, normal, { penalty: 37.12, method: 'discretised', grid: referenceGrid });
    expect(result.method).toBe('discretised');
    expect(Math.abs(result.cost - 47.7747) / 47.7747).toBeLessThan(1e-5); // table, 4 decimals
    expect(result.cost).toBeCloseTo(47.77466134840843, 6); // stockpyl's unrounded value
    const reference = [6.599662958019763, 11.99662958019757, 22.790562824553184];
    result.echelonLevels.forEach((level, j) => {
      expect(level).toBeCloseTo(reference[j] as number, 6);
    });
    expect(result.step).toBeCloseTo(0.5996629580197452, 9); // (u − (ℓ − u)) / 100 with ℓ, u = 20 ∓ 2·(4, 7.99)
  });
  it('CS1: the exact method converges and beats the discretised levels', () => {
    const exact = clarkScarf(stages, normal, { penalty: 37.12 });
    expect(exact.method).toBe('exact');
    const finer = clarkScarf(stages, normal, { penalty: 37.12, gridPoints: 8000 });
    expect(Math.abs(finer.cost - exact.cost)).toBeLessThan(2e-4);
    expect(exact.cost).toBeCloseTo(47.6602, 3);
    // The table's levels cost 47.688 when evaluated exactly: the DP on the coarse grid overstates its own
    // policy's cost by 0.087 and the policy is 0.028 above the optimum.
    const reference = clarkScarf(stages, normal, {
      penalty: 37.12,
      method: 'discretised',
      grid: referenceGrid,
    });
    const referenceTrue = clarkScarf(stages, normal, {
      penalty: 37.12,
      echelonLevels: reference.echelonLevels,
    });
    expect(referenceTrue.cost).toBeCloseTo(47.6884, 3);
    expect(exact.cost).toBeLessThan(referenceTrue.cost);
    expect(referenceTrue.cost).toBeLessThan(reference.cost);
    // stockpyl's default grid (1000 × 100) reports 47.641, below the optimum: a grid DP's value is no bound.
    const textbook = clarkScarf(stages, normal, { penalty: 37.12, method: 'discretised' });
    expect(Math.abs(textbook.cost - exact.cost) / exact.cost).toBeLessThan(1e-3);
    expect(textbook.cost).toBeLessThan(exact.cost);
    const textbookTrue = clarkScarf(stages, normal, {
      penalty: 37.12,
      echelonLevels: textbook.echelonLevels,
    });
    expect(exact.cost).toBeLessThan(textbookTrue.cost);
  });
  it('CS1: evaluating the discretised optimum on its own grid returns its cost', () => {
    const options = { penalty: 37.12, method: 'discretised', grid: referenceGrid } as const;
    const optimum = clarkScarf(stages, normal, options);
    const again = clarkScarf(stages, normal, { ...options, echelonLevels: optimum.echelonLevels });
    expect(again.cost).toBe(optimum.cost);
  });
  it('CS2: Poisson(5) demand — both methods on the integers', () => {
    const discretised = clarkScarf(stages, poissonDistribution(5), { penalty: 37.12, method: 'discretised' });
    expect(Array.from(discretised.echelonLevels)).toEqual([9, 15, 26]);
    expect(discretised.cost).toBeCloseTo(72.0435433050749, 9); // table: its demand tails lumped at the 1 − Φ(4) quantile
    const exact = clarkScarf(stages, poissonDistribution(5), { penalty: 37.12 });
    expect(Array.from(exact.echelonLevels)).toEqual([9, 15, 26]);
    // Untruncated demand; an independent integer DP (Python, pmf to 80, x in [−200, 120]) gives 72.04674102090.
    expect(exact.cost).toBeCloseTo(72.04674102090092, 8);
    expect(Math.abs(exact.cost - 72.0435433050749) / 72.0435433050749).toBeLessThan(1e-4);
  });
  it('a single stage reduces to the newsvendor with lead-time demand', () => {
    const result = clarkScarf([{ echelonHolding: 1, leadTime: 0 }], poissonDistribution(6), { penalty: 4 });
    // With L=0 the stage faces no lead-time demand: C(y) = h y + (p + h) y⁻, minimised at 0.
    expect(result.echelonLevels[0]).toBe(0);
    const lagged = clarkScarf([{ echelonHolding: 1, leadTime: 1 }], poissonDistribution(6), { penalty: 4 });
    expect(lagged.echelonLevels[0]).toBe(8); // P1 newsvendor S* = 8
    expect(lagged.cost).toBeCloseTo(3.570106945770946, 6); // P1 g(S*)
  });
  it('evaluates a given level of one stage against the closed form', () => {
    // C(y) = h (y − μ) + (p + h) n(y) for D ~ N(5, 1), h = 3, p = 37.12, at an off-grid y = 6.3.
    const closed = 3 * (6.3 - 5) + 40.12 * normal.loss(6.3);
    for (const method of ['exact', 'discretised'] as const) {
      const result = clarkScarf([{ echelonHolding: 3, leadTime: 1 }], normal, {
        penalty: 37.12,
        method,
        echelonLevels: Float64Array.of(6.3),
      });
      expect(result.echelonLevels[0]).toBe(6.3);
      // The discretised method reads C at the nearest grid point, so it is only close.
      expect(Math.abs(result.cost - closed)).toBeLessThan(method === 'exact' ? 5e-5 : 2e-2);
    }
  });
  it('handles a chain without lead times in both methods', () => {
    for (const method of ['exact', 'discretised'] as const) {
      const result = clarkScarf([{ echelonHolding: 2, leadTime: 0 }], normal, { penalty: 9, method });
      expect(result.echelonLevels[0]).toBeCloseTo(0, 9);
      expect(result.cost).toBeCloseTo(0, 9);
    }
  });
  it('solves the JSON form with a method and rejects grid fields of the other method', () => {
    const problem = {
      type: 'clark-scarf',
      demand: { distribution: 'normal', mean: 5, sd: 1 },
      stockout_cost: 37.12,
      stages: [
        { id: 'a', echelon_holding_cost: 3, lead_time: 1 },
        { id: 'b', echelon_holding_cost: 2, lead_time: 1 },
        { id: 'c', echelon_holding_cost: 2, lead_time: 2 },
      ],
    };
    const result = solveProblem({
      ...problem,
      method: 'discretised',
      x_intervals: 100,
      demand_intervals: 10,
    });
    expect(result.method).toBe('discretised');
    expect(result.expected_cost as number).toBeCloseTo(47.77466134840843, 6);
    expect((result.echelon_base_stock as Record<string, number>).c).toBeCloseTo(22.790562824553184, 6);
    expect(solveProblem(problem).method).toBe('exact');
    expect(() => solveProblem({ ...problem, x_intervals: 100 })).toThrow(/x_intervals applies only with/);
    expect(() => solveProblem({ ...problem, method: 'discretised', grid_step: 0.1 })).toThrow(/grid_step/);
    expect(() => solveProblem({ ...problem, method: 'grid' })).toThrow(/method must be one of/);
  });
  it('rejects bad arguments, naming them', () => {
    const bad = (options: Parameters<typeof clarkScarf>[2]) => () => clarkScarf(stages, normal, options);
    expect(bad({ penalty: 37.12, method: 'discretised', grid: { xIntervals: 2.5 } })).toThrow(
      /grid\.xIntervals must be an integer >= 1, got 2\.5/,
    );
    expect(bad({ penalty: 37.12, grid: { chainTail: { lower: 0.7, upper: 1e-4 } } })).toThrow(
      /grid\.chainTail\.lower/,
    );
    expect(bad({ penalty: 37.12, echelonLevels: Float64Array.of(1, 2) })).toThrow(/echelonLevels\.length/);
    expect(bad({ penalty: 0 })).toThrow(/penalty must be > 0, got 0/);
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
