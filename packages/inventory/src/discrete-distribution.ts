/** Discrete demand on a finite set of atoms: Poisson, empirical (samples), quantile-based and lattice pmfs. */
import type { DemandDistribution } from './distribution.ts';
import { logGamma } from './special-functions.ts';

/**
 * A distribution on finitely many atoms v₀ < v₁ < … with probabilities pᵢ. Tail sums
 * T₀ₖ = Σ_{i≥k} pᵢ, T₁ₖ = Σ pᵢvᵢ, T₂ₖ = Σ pᵢvᵢ² give the loss functions in O(log n):
 * n(x) = T₁ₖ − x T₀ₖ and n⁽²⁾(x) = ½(T₂ₖ − 2x T₁ₖ + x² T₀ₖ), k = first atom above x
 * (Zipkin 2000, appendix C). `upper` may be Infinity for a truncated unbounded law (Poisson),
 * so that unreachable 100% targets are still detected.
 */
export class DiscreteDistribution implements DemandDistribution {
  readonly kind = 'discrete' as const;
  readonly name: string;
  readonly values: Float64Array;
  readonly probabilities: Float64Array;
  readonly mean: number;
  readonly variance: number;
  readonly lower: number;
  readonly upper: number;
  /** Lattice step when values are offset + i·step (enables O(1) lookups), else 0. */
  readonly step: number;
  private readonly tail0: Float64Array;
  private readonly tail1: Float64Array;
  private readonly tail2: Float64Array;

  /** Caller guarantees sorted distinct values and non-negative probabilities summing to 1. */
  constructor(
    values: Float64Array,
    probabilities: Float64Array,
    options: { name: string; unbounded?: boolean; step?: number },
  ) {
    const n = values.length;
    this.values = values;
    this.probabilities = probabilities;
    this.name = options.name;
    this.step = options.step ?? 0;
    this.tail0 = new Float64Array(n + 1);
    this.tail1 = new Float64Array(n + 1);
    this.tail2 = new Float64Array(n + 1);
    for (let i = n - 1; i >= 0; i -= 1) {
      const p = probabilities[i] as number;
      const v = values[i] as number;
      this.tail0[i] = (this.tail0[i + 1] as number) + p;
      this.tail1[i] = (this.tail1[i + 1] as number) + p * v;
      this.tail2[i] = (this.tail2[i + 1] as number) + p * v * v;
    }
    const total = this.tail0[0] as number;
    this.mean = (this.tail1[0] as number) / total;
    this.variance = Math.max(0, (this.tail2[0] as number) / total - this.mean * this.mean);
    this.lower = n > 0 ? (values[0] as number) : 0;
    this.upper =
      options.unbounded === true ? Number.POSITIVE_INFINITY : n > 0 ? (values[n - 1] as number) : 0;
  }

  /** Index of the first atom strictly greater than x. */
  private firstAbove(x: number): number {
    const values = this.values;
    const n = values.length;
    if (n === 0 || x < (values[0] as number)) return 0;
    if (this.step > 0) {
      const k = Math.floor((x - (values[0] as number)) / this.step + 1e-9) + 1;
      return Math.min(k, n);
    }
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((values[mid] as number) <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  cdf(x: number): number {
    return Math.min(1, Math.max(0, 1 - (this.tail0[this.firstAbove(x)] as number)));
  }

  density(x: number): number {
    const k = this.firstAbove(x) - 1;
    return k >= 0 && this.values[k] === x ? (this.probabilities[k] as number) : 0;
  }

  quantile(p: number): number {
    const n = this.values.length;
    let cumulative = 0;
    for (let i = 0; i < n; i += 1) {
      cumulative += this.probabilities[i] as number;
      if (cumulative >= p - 1e-12) return this.values[i] as number;
    }
    return this.values[n - 1] ?? 0;
  }

  loss(x: number): number {
    const k = this.firstAbove(x);
    return Math.max(0, (this.tail1[k] as number) - x * (this.tail0[k] as number));
  }

  secondLoss(x: number): number {
    const k = this.firstAbove(x);
    const t0 = this.tail0[k] as number;
    const t1 = this.tail1[k] as number;
    const t2 = this.tail2[k] as number;
    return Math.max(0, 0.5 * (t2 - 2 * x * t1 + x * x * t0));
  }
}

/** A distribution on the lattice offset, offset + step, … from its pmf (renormalised). */
export function latticeDistribution(
  pmf: Float64Array,
  options: { step?: number; offset?: number; name?: string; unbounded?: boolean } = {},
): DiscreteDistribution {
  const step = options.step ?? 1;
  const offset = options.offset ?? 0;
  let total = 0;
  for (let i = 0; i < pmf.length; i += 1) total += pmf[i] as number;
  const values = new Float64Array(pmf.length);
  const probabilities = new Float64Array(pmf.length);
  for (let i = 0; i < pmf.length; i += 1) {
    values[i] = offset + i * step;
    probabilities[i] = (pmf[i] as number) / total;
  }
  return new DiscreteDistribution(values, probabilities, {
    name: options.name ?? `lattice(${pmf.length} points)`,
    step,
    unbounded: options.unbounded ?? false,
  });
}

/** Poisson pmf on 0..n, truncated where the upper tail falls below 1e-16. */
export function poissonPmf(mean: number): Float64Array {
  const limit = Math.ceil(mean + 12 * Math.sqrt(mean) + 20);
  const pmf = new Float64Array(limit + 1);
  for (let k = 0; k <= limit; k += 1) {
    pmf[k] = mean === 0 ? (k === 0 ? 1 : 0) : Math.exp(k * Math.log(mean) - mean - logGamma(k + 1));
  }
  return pmf;
}

/** Poisson demand with the given mean (support 0, 1, 2, …; `upper` is Infinity). */
export function poissonDistribution(mean: number): DiscreteDistribution {
  return latticeDistribution(poissonPmf(mean), { name: `poisson(${mean})`, unbounded: mean > 0 });
}

/** Empirical distribution of samples (equal weights, or the given weights), e.g. bootstrap lead-time demand. */
export function empiricalDistribution(
  samples: ArrayLike<number>,
  weights?: ArrayLike<number>,
): DiscreteDistribution {
  const n = samples.length;
  if (weights === undefined) {
    // Fast path: typed-array numeric sort, then merge ties.
    const sorted = Float64Array.from(samples).sort();
    const values = new Float64Array(n);
    const probabilities = new Float64Array(n);
    let m = 0;
    for (let i = 0; i < n; i += 1) {
      const v = sorted[i] as number;
      if (m > 0 && values[m - 1] === v) probabilities[m - 1] = (probabilities[m - 1] as number) + 1 / n;
      else {
        values[m] = v;
        probabilities[m] = 1 / n;
        m += 1;
      }
    }
    return new DiscreteDistribution(values.slice(0, m), probabilities.slice(0, m), {
      name: `empirical(${n} samples)`,
    });
  }
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => (samples[a] as number) - (samples[b] as number),
  );
  const values: number[] = [];
  const probabilities: number[] = [];
  let total = 0;
  for (const index of order) {
    const v = samples[index] as number;
    const w = weights[index] as number;
    total += w;
    if (values.length > 0 && values[values.length - 1] === v) {
      probabilities[probabilities.length - 1] = (probabilities[probabilities.length - 1] as number) + w;
    } else {
      values.push(v);
      probabilities.push(w);
    }
  }
  return new DiscreteDistribution(
    Float64Array.from(values),
    Float64Array.from(probabilities, (w) => w / total),
    { name: `empirical(${n} samples)` },
  );
}

/**
 * Distribution from forecast quantiles: the inverse cdf is interpolated linearly between the given
 * (level, value) knots and sampled at `points` stratified probabilities (i + ½)/points. Probability
 * outside the outer knots is put on the outer knots (the tails are not extrapolated).
 */
export function distributionFromQuantiles(
  levels: ArrayLike<number>,
  values: ArrayLike<number>,
  points = 200,
): DiscreteDistribution {
  const samples = new Float64Array(points);
  const m = levels.length;
  let j = 0;
  for (let i = 0; i < points; i += 1) {
    const p = (i + 0.5) / points;
    while (j < m - 2 && (levels[j + 1] as number) < p) j += 1;
    const p0 = levels[j] as number;
    const p1 = levels[Math.min(j + 1, m - 1)] as number;
    const v0 = values[j] as number;
    const v1 = values[Math.min(j + 1, m - 1)] as number;
    if (p <= p0 || m === 1) samples[i] = v0;
    else if (p >= p1) samples[i] = v1;
    else samples[i] = v0 + ((v1 - v0) * (p - p0)) / (p1 - p0);
  }
  return empiricalDistribution(samples);
}
