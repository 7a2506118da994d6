/** Guaranteed-service model (Graves & Willems 2000): optimal committed service times on serial and tree networks. */
import { AppError } from '@zhizao/core';

/** A stage of a guaranteed-service network. */
export interface GsmNode {
  readonly id: string;
  /** Per-unit holding cost of safety stock at the stage. */
  readonly holding: number;
  /** Processing time T_j (integer periods ≥ 0). */
  readonly processingTime: number;
  /** Supplying (upstream) stage ids; none means supplied externally. */
  readonly predecessors: readonly string[];
  /** Standard deviation of external demand per period at this stage (0 for none). */
  readonly demandSd?: number;
  /** External inbound service time (stages without predecessors), default 0. */
  readonly externalInboundServiceTime?: number;
  /** Maximum outbound service time promised to external customers (demand stages), default ∞. */
  readonly maxOutboundServiceTime?: number;
}

/** The optimal solution: committed outbound and inbound service times and safety-stock cost. */
export interface GsmSolution {
  readonly cost: number;
  readonly serviceTimes: Readonly<Record<string, number>>;
  readonly inboundServiceTimes: Readonly<Record<string, number>>;
  readonly netLeadTimes: Readonly<Record<string, number>>;
  /** σ_j of the demand each stage covers (√ of the summed downstream variances). */
  readonly demandSd: Readonly<Record<string, number>>;
}

interface Built {
  readonly nodes: GsmNode[];
  readonly index: Map<string, number>;
  readonly up: number[][];
  readonly down: number[][];
  readonly sigma: Float64Array;
}

function build(nodes: readonly GsmNode[]): Built {
  const index = new Map<string, number>();
  nodes.forEach((node, i) => {
    index.set(node.id, i);
  });
  const up: number[][] = nodes.map(() => []);
  const down: number[][] = nodes.map(() => []);
  nodes.forEach((node, i) => {
    for (const p of node.predecessors) {
      const k = index.get(p);
      if (k === undefined) throw new AppError('INVALID_INPUT', `node ${node.id}: unknown predecessor ${p}`);
      up[i]?.push(k);
      down[k]?.push(i);
    }
  });
  const arcs = up.reduce((sum, list) => sum + list.length, 0);
  if (arcs !== nodes.length - 1) {
    throw new AppError(
      'INVALID_INPUT',
      `nodes must form a tree (${nodes.length} nodes need ${nodes.length - 1} arcs, got ${arcs})`,
    );
  }
  // Variance each stage covers: its own demand plus everything downstream (Graves & Willems 2000).
  const variance = new Float64Array(nodes.length);
  const visit = (i: number, seen: Set<number>): number => {
    if (seen.has(i))
      throw new AppError('INVALID_INPUT', `nodes must form a tree (cycle through ${nodes[i]?.id})`);
    seen.add(i);
    let v = (nodes[i]?.demandSd ?? 0) ** 2;
    for (const d of down[i] ?? []) v += visit(d, seen);
    seen.delete(i);
    return v;
  };
  for (let i = 0; i < nodes.length; i += 1) variance[i] = visit(i, new Set());
  return { nodes: [...nodes], index, up, down, sigma: variance.map(Math.sqrt) };
}

/**
 * Minimises Σ_j h_j z σ_j √(SI_j + T_j − S_j) subject to SI_j ≥ S_i for every arc i → j, SI_j + T_j ≥ S_j ≥ 0,
 * externally fixed inbound times and S_j ≤ s_j for demand stages (Graves & Willems 2000; Snyder & Shen 2019,
 * §6.3). Solved exactly by the Graves–Willems dynamic programme over a leaf-peeling labelling of the tree:
 * each node k gets f_k(S) (its subtree given outbound S) or g_k(SI) (given inbound SI) depending on whether its
 * one higher-labelled neighbour is downstream or upstream. Service times are integers.
 */
export function guaranteedService(nodes: readonly GsmNode[], z: number): GsmSolution {
  const { up, down, sigma } = build(nodes);
  const n = nodes.length;
  const maxTime =
    nodes.reduce((sum, node) => sum + node.processingTime, 0) +
    nodes.reduce((m, node) => Math.max(m, node.externalInboundServiceTime ?? 0), 0);
  const width = maxTime + 1;
  // Leaf-peeling labelling: repeatedly remove a node with at most one remaining neighbour.
  const degree = Int32Array.from({ length: n }, (_, i) => (up[i]?.length ?? 0) + (down[i]?.length ?? 0));
  const removed = new Uint8Array(n);
  const order: number[] = [];
  for (let round = 0; round < n; round += 1) {
    let pick = -1;
    for (let i = 0; i < n && pick < 0; i += 1) if (removed[i] === 0 && (degree[i] as number) <= 1) pick = i;
    if (pick < 0) break;
    removed[pick] = 1;
    order.push(pick);
    for (const nb of [...(up[pick] ?? []), ...(down[pick] ?? [])]) degree[nb] = (degree[nb] as number) - 1;
  }
  const label = new Int32Array(n);
  order.forEach((node, position) => {
    label[node] = position;
  });
  // F[i][t]: min subtree cost of processed upstream neighbour i with S_i ≤ t; argF its S_i.
  // G[j][t]: min subtree cost of processed downstream neighbour j with SI_j ≥ t; argG its SI_j.
  const F: Float64Array[] = [];
  const argF: Int32Array[] = [];
  const G: Float64Array[] = [];
  const argG: Int32Array[] = [];
  // choice[k][t]: the other service time chosen at node k given the one fixed by its parent (t).
  const choice: Int32Array[] = [];
  const nodeCost = (k: number, si: number, s: number): number => {
    const node = nodes[k] as GsmNode;
    const net = si + node.processingTime - s;
    if (net < 0) return Number.POSITIVE_INFINITY;
    return node.holding * z * (sigma[k] as number) * Math.sqrt(net);
  };
  const neighbourCost = (k: number, si: number, s: number, exclude: number): number => {
    let total = 0;
    for (const i of up[k] ?? [])
      if (i !== exclude && (label[i] as number) < (label[k] as number)) total += F[i]?.[si] as number;
    for (const j of down[k] ?? [])
      if (j !== exclude && (label[j] as number) < (label[k] as number)) total += G[j]?.[s] as number;
    return total;
  };
  const siRange = (k: number): [number, number] => {
    const node = nodes[k] as GsmNode;
    if ((up[k]?.length ?? 0) === 0) {
      const fixed = node.externalInboundServiceTime ?? 0;
      return [fixed, fixed];
    }
    return [0, maxTime];
  };
  const sMax = (k: number): number => Math.min(maxTime, nodes[k]?.maxOutboundServiceTime ?? maxTime);
  const total = (k: number, si: number, s: number, exclude: number): number =>
    nodeCost(k, si, s) + neighbourCost(k, si, s, exclude);
  for (let position = 0; position < n - 1; position += 1) {
    const k = order[position] as number;
    const parent = [...(up[k] ?? []), ...(down[k] ?? [])].find(
      (nb) => (label[nb] as number) > position,
    ) as number;
    const [siLo, siHi] = siRange(k);
    const best = new Int32Array(width);
    const values = new Float64Array(width).fill(Number.POSITIVE_INFINITY);
    const parentIsDownstream = (down[k] ?? []).includes(parent);
    for (let t = 0; t < width; t += 1) {
      if (parentIsDownstream) {
        // f_k(S = t): minimise over SI.
        if (t > sMax(k)) continue;
        for (let si = siLo; si <= siHi; si += 1) {
          const v = total(k, si, t, parent);
          if (v < (values[t] as number)) {
            values[t] = v;
            best[t] = si;
          }
        }
      } else {
        // g_k(SI = t): minimise over S.
        if (t < siLo || t > siHi) continue;
        for (let s = 0; s <= Math.min(sMax(k), t + (nodes[k]?.processingTime ?? 0)); s += 1) {
          const v = total(k, t, s, parent);
          if (v < (values[t] as number)) {
            values[t] = v;
            best[t] = s;
          }
        }
      }
    }
    choice[k] = best;
    const envelope = new Float64Array(width);
    const arg = new Int32Array(width);
    if (parentIsDownstream) {
      for (let t = 0; t < width; t += 1) {
        const prev = t > 0 ? (envelope[t - 1] as number) : Number.POSITIVE_INFINITY;
        if ((values[t] as number) < prev) {
          envelope[t] = values[t] as number;
          arg[t] = t;
        } else {
          envelope[t] = prev;
          arg[t] = t > 0 ? (arg[t - 1] as number) : 0;
        }
      }
      F[k] = envelope;
      argF[k] = arg;
    } else {
      for (let t = width - 1; t >= 0; t -= 1) {
        const prev = t < width - 1 ? (envelope[t + 1] as number) : Number.POSITIVE_INFINITY;
        if ((values[t] as number) <= prev) {
          envelope[t] = values[t] as number;
          arg[t] = t;
        } else {
          envelope[t] = prev;
          arg[t] = t < width - 1 ? (arg[t + 1] as number) : width - 1;
        }
      }
      G[k] = envelope;
      argG[k] = arg;
    }
  }
  const root = order[n - 1] as number;
  const [rootSiLo, rootSiHi] = siRange(root);
  let bestCost = Number.POSITIVE_INFINITY;
  let rootSi = rootSiLo;
  let rootS = 0;
  for (let si = rootSiLo; si <= rootSiHi; si += 1) {
    for (let s = 0; s <= sMax(root); s += 1) {
      const v = total(root, si, s, -1);
      if (v < bestCost) {
        bestCost = v;
        rootSi = si;
        rootS = s;
      }
    }
  }
  if (!Number.isFinite(bestCost))
    throw new AppError('INVALID_INPUT', 'no feasible service times: check max outbound service times');
  const si = new Int32Array(n);
  const s = new Int32Array(n);
  si[root] = rootSi;
  s[root] = rootS;
  // Walk down the labelling from the root, fixing each neighbour from its parent's values.
  const assign = (k: number): void => {
    for (const i of up[k] ?? []) {
      if ((label[i] as number) >= (label[k] as number)) continue;
      s[i] = argF[i]?.[si[k] as number] as number;
      si[i] = choice[i]?.[s[i] as number] as number;
      assign(i);
    }
    for (const j of down[k] ?? []) {
      if ((label[j] as number) >= (label[k] as number)) continue;
      si[j] = argG[j]?.[s[k] as number] as number;
      s[j] = choice[j]?.[si[j] as number] as number;
      assign(j);
    }
  };
  assign(root);
  const serviceTimes: Record<string, number> = {};
  const inboundServiceTimes: Record<string, number> = {};
  const netLeadTimes: Record<string, number> = {};
  const demandSd: Record<string, number> = {};
  nodes.forEach((node, k) => {
    serviceTimes[node.id] = s[k] as number;
    inboundServiceTimes[node.id] = si[k] as number;
    netLeadTimes[node.id] = (si[k] as number) + node.processingTime - (s[k] as number);
    demandSd[node.id] = sigma[k] as number;
  });
  return { cost: bestCost, serviceTimes, inboundServiceTimes, netLeadTimes, demandSd };
}
