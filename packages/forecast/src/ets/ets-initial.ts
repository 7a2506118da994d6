/** Initial states of an ETS model by R's heuristic (forecast:::initstate). */
import { classicalDecomposition } from '../seasonality.ts';
import type { EtsSpec } from './ets-model.ts';

/** Least-squares solution of a small dense system X b = y (normal equations, Gaussian elimination). */
function leastSquares(columns: Float64Array[], y: Float64Array): Float64Array {
  const k = columns.length;
  const a = new Float64Array(k * (k + 1));
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      let s = 0;
      for (let t = 0; t < y.length; t++) s += columns[i]![t]! * columns[j]![t]!;
      a[i * (k + 1) + j] = s;
    }
    let s = 0;
    for (let t = 0; t < y.length; t++) s += columns[i]![t]! * y[t]!;
    a[i * (k + 1) + k] = s;
  }
  for (let col = 0; col < k; col++) {
    let pivot = col;
    for (let r = col + 1; r < k; r++)
      if (Math.abs(a[r * (k + 1) + col]!) > Math.abs(a[pivot * (k + 1) + col]!)) pivot = r;
    for (let j = 0; j <= k; j++) {
      const tmp = a[col * (k + 1) + j]!;
      a[col * (k + 1) + j] = a[pivot * (k + 1) + j]!;
      a[pivot * (k + 1) + j] = tmp;
    }
    const d = a[col * (k + 1) + col]!;
    if (Math.abs(d) < 1e-300) continue;
    for (let r = 0; r < k; r++) {
      if (r === col) continue;
      const f = a[r * (k + 1) + col]! / d;
      for (let j = col; j <= k; j++) a[r * (k + 1) + j] = a[r * (k + 1) + j]! - f * a[col * (k + 1) + j]!;
    }
  }
  const b = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    const d = a[i * (k + 1) + i]!;
    b[i] = Math.abs(d) < 1e-300 ? 0 : a[i * (k + 1) + k]! / d;
  }
  return b;
}

/**
 * Initial states as forecast:::initstate: seasonal indices from a classical decomposition of the
 * first 3m points (a linear-trend + one-harmonic regression when n < 3m), then level (and growth) from
 * a regression on the first max(10, 2m) seasonally adjusted points.
 */
export function initialStates(
  y: Float64Array,
  spec: EtsSpec,
): { level: number; growth: number; season: Float64Array } {
  const m = spec.m;
  const n = y.length;
  let adjusted = y;
  const season = new Float64Array(m).fill(spec.season === 'M' ? 1 : 0);
  if (spec.season !== 'N') {
    let seasonal: Float64Array;
    let base: Float64Array;
    if (n >= 3 * m) {
      base = y.subarray(0, 3 * m);
      const { figure } = classicalDecomposition(base, m, spec.season === 'A' ? 'additive' : 'multiplicative');
      seasonal = base.map((_, t) => figure[t % m]!);
    } else {
      base = y;
      const t = new Float64Array(n).map((_, i) => i + 1);
      const columns = [new Float64Array(n).fill(1), t, t.map((v) => Math.cos((2 * Math.PI * v) / m))];
      if (m > 2) columns.push(t.map((v) => Math.sin((2 * Math.PI * v) / m)));
      const coef = leastSquares(columns, y);
      seasonal = y.map((v, i) => {
        const trend = coef[0]! + coef[1]! * (i + 1);
        return spec.season === 'A' ? v - trend : v / trend;
      });
    }
    for (let j = 1; j < m; j++) season[j] = seasonal[j] ?? season[j]!;
    if (spec.season === 'M') {
      let sum = 0;
      for (let j = 1; j < m; j++) {
        season[j] = Math.max(season[j]!, 1e-2);
        sum += season[j]!;
      }
      if (sum > m) for (let j = 1; j < m; j++) season[j] = season[j]! / (sum + 1e-2 * (m - 1));
      adjusted = base.map((v, t) => v / Math.max(seasonal[t]!, 1e-2));
    } else {
      adjusted = base.map((v, t) => v - seasonal[t]!);
    }
  }
  const maxn = Math.min(Math.max(10, 2 * m), adjusted.length);
  let level = 0;
  let growth = 0;
  if (spec.trend === 'N') {
    for (let t = 0; t < maxn; t++) level += adjusted[t]!;
    level /= maxn;
  } else {
    const tMean = (maxn + 1) / 2;
    let yMean = 0;
    for (let t = 0; t < maxn; t++) yMean += adjusted[t]!;
    yMean /= maxn;
    let sxy = 0;
    let sxx = 0;
    for (let t = 0; t < maxn; t++) {
      sxy += (t + 1 - tMean) * (adjusted[t]! - yMean);
      sxx += (t + 1 - tMean) ** 2;
    }
    growth = sxx > 0 ? sxy / sxx : 0;
    level = yMean - growth * tMean;
    if (Math.abs(level + growth) < 1e-8) {
      level *= 1 + 1e-3;
      growth *= 1 - 1e-3;
    }
  }
  return { level, growth, season };
}
