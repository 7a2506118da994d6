/** STL: seasonal-trend decomposition by loess (Cleveland, Cleveland, McRae & Terpenning 1990), as R's stats::stl. */
import { AppError } from '@zhizao/core';
import { loessPoint, loessSmooth } from './loess.ts';
import { partialSort } from './partial-sort.ts';

/** Options of {@link stl}, named and defaulted as R's `stl`. */
export interface StlOptions {
  /** Seasonal period (≥ 2); the series must be longer than two periods. */
  readonly period: number;
  /** Seasonal loess span (odd, ≥ 7 recommended) or 'periodic' (R: `s.window = "periodic"`). */
  readonly seasonalWindow: number | 'periodic';
  /** Seasonal loess degree, 0 or 1 (R default 0). */
  readonly seasonalDegree?: number;
  /** Trend span; default nextodd(ceil(1.5 m / (1 − 1.5 / s.window))). */
  readonly trendWindow?: number;
  /** Robust fitting with bisquare weights (R: inner 1, outer 15 instead of inner 2, outer 0). */
  readonly robust?: boolean;
}

/** An additive decomposition y = seasonal + trend + remainder. */
export interface StlDecomposition {
  readonly seasonal: Float64Array;
  readonly trend: Float64Array;
  readonly remainder: Float64Array;
  /** Final robustness weights (all 1 when not robust). */
  readonly weights: Float64Array;
}

function nextOdd(x: number): number {
  let v = Math.round(x);
  if (v % 2 === 0) v++;
  return v;
}

function movingAverage(x: Float64Array, window: { n: number; len: number }, out: Float64Array): void {
  const { n, len } = window;
  const newn = n - len + 1;
  let v = 0;
  for (let i = 0; i < len; i++) v += x[i]!;
  out[0] = v / len;
  for (let j = 1; j < newn; j++) {
    v += x[len + j - 1]! - x[j - 1]!;
    out[j] = v / len;
  }
}

interface Spans {
  np: number;
  ns: number;
  nt: number;
  nl: number;
  isdeg: number;
  itdeg: number;
  ildeg: number;
  nsjump: number;
  ntjump: number;
  nljump: number;
}

/** Cycle-subseries smoothing extended one period each side (stl.f `stlss`). */
function smoothCycleSubseries(
  y: Float64Array,
  settings: { n: number; spans: Spans; rw: Float64Array | undefined },
  season: Float64Array,
): void {
  const { n, spans, rw } = settings;
  const { np, ns, isdeg, nsjump } = spans;
  const k0 = Math.trunc((n - 1) / np) + 1;
  const sub = new Float64Array(k0);
  const subw = new Float64Array(k0);
  const out = new Float64Array(k0 + 2);
  const w = new Float64Array(k0);
  for (let j = 1; j <= np; j++) {
    const k = Math.trunc((n - j) / np) + 1;
    for (let i = 1; i <= k; i++) sub[i - 1] = y[(i - 1) * np + j - 1]!;
    if (rw !== undefined) for (let i = 1; i <= k; i++) subw[i - 1] = rw[(i - 1) * np + j - 1]!;
    const weights = rw === undefined ? undefined : subw;
    loessSmooth(sub, { n: k, len: ns, degree: isdeg, jump: nsjump, rw: weights }, { ys: out.subarray(1), w });
    const scratch = { w, rw: weights };
    const first = loessPoint(
      sub,
      { n: k, len: ns, degree: isdeg, xs: 0, nleft: 1, nright: Math.min(ns, k) },
      scratch,
    );
    out[0] = Number.isNaN(first) ? out[1]! : first;
    const lastPoint = loessPoint(
      sub,
      { n: k, len: ns, degree: isdeg, xs: k + 1, nleft: Math.max(1, k - ns + 1), nright: k },
      scratch,
    );
    out[k + 1] = Number.isNaN(lastPoint) ? out[k]! : lastPoint;
    for (let m = 1; m <= k + 2; m++) season[(m - 1) * np + j - 1] = out[m - 1]!;
  }
}

/** One inner-loop pass set (stl.f `stlstp`). */
function innerLoop(
  y: Float64Array,
  settings: { spans: Spans; inner: number; rw: Float64Array | undefined },
  out: { season: Float64Array; trend: Float64Array },
): void {
  const { spans: s, inner, rw } = settings;
  const n = y.length;
  const { np } = s;
  const work1 = new Float64Array(n + 2 * np);
  const work2 = new Float64Array(n + 2 * np);
  const work3 = new Float64Array(n + 2 * np);
  const scratch = new Float64Array(n + 2 * np);
  for (let iter = 0; iter < inner; iter++) {
    for (let i = 0; i < n; i++) work1[i] = y[i]! - out.trend[i]!;
    smoothCycleSubseries(work1, { n, spans: s, rw }, work2);
    // Low-pass filter: moving averages of lengths np, np, 3 (stl.f `stlfts`), then loess.
    movingAverage(work2, { n: n + 2 * np, len: np }, work3);
    movingAverage(work3, { n: n + np + 1, len: np }, work1);
    movingAverage(work1, { n: n + 2, len: 3 }, work3);
    loessSmooth(
      work3,
      { n, len: s.nl, degree: s.ildeg, jump: s.nljump, rw: undefined },
      { ys: work1, w: scratch },
    );
    for (let i = 0; i < n; i++) out.season[i] = work2[np + i]! - work1[i]!;
    for (let i = 0; i < n; i++) work1[i] = y[i]! - out.season[i]!;
    loessSmooth(work1, { n, len: s.nt, degree: s.itdeg, jump: s.ntjump, rw }, { ys: out.trend, w: scratch });
  }
}

/** Bisquare robustness weights from residuals, scale 6 × median |residual| (stl.f `stlrwt`). */
function robustnessWeights(y: Float64Array, fit: Float64Array, rw: Float64Array): void {
  const n = y.length;
  const r = new Float64Array(n);
  for (let i = 0; i < n; i++) r[i] = Math.abs(y[i]! - fit[i]!);
  const sorted = r.slice();
  const mid1 = Math.trunc(n / 2) + 1;
  const mid2 = n - mid1 + 1;
  partialSort(sorted, [mid1, mid2]);
  const cmad = 3 * (sorted[mid1 - 1]! + sorted[mid2 - 1]!);
  const c9 = 0.999 * cmad;
  const c1 = 0.001 * cmad;
  for (let i = 0; i < n; i++) {
    const v = r[i]!;
    if (v <= c1) rw[i] = 1;
    else if (v <= c9) rw[i] = (1 - (v / cmad) ** 2) ** 2;
    else rw[i] = 0;
  }
}

/**
 * Decomposes y (finite values, length > 2 × period) into seasonal, trend and remainder by STL with R's
 * `stl` defaults (l.window = nextodd(period), jumps = ceil(window / 10), t.degree = l.degree = 1).
 */
export function stl(y: Float64Array, options: StlOptions): StlDecomposition {
  const n = y.length;
  const period = options.period;
  if (!Number.isInteger(period) || period < 2) {
    throw new AppError('INVALID_INPUT', `options.period must be an integer ≥ 2, got ${period}`);
  }
  if (n <= 2 * period) {
    throw new AppError(
      'INVALID_INPUT',
      `y has ${n} values: STL needs more than two periods (> ${2 * period})`,
    );
  }
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(y[i]!))
      throw new AppError('INVALID_INPUT', `y[${i}] is not finite: ${y[i]}`, { index: i });
  }
  const periodic = options.seasonalWindow === 'periodic';
  const sWindow = periodic ? 10 * n + 1 : (options.seasonalWindow as number);
  const sDegree = periodic ? 0 : (options.seasonalDegree ?? 0);
  const tWindow = options.trendWindow ?? nextOdd(Math.ceil((1.5 * period) / (1 - 1.5 / sWindow)));
  const lWindow = nextOdd(period);
  const oddAtLeast3 = (v: number): number => {
    const w = Math.max(3, v);
    return w % 2 === 0 ? w + 1 : w;
  };
  const spans: Spans = {
    np: Math.max(2, period),
    ns: oddAtLeast3(sWindow),
    nt: oddAtLeast3(tWindow),
    nl: oddAtLeast3(lWindow),
    isdeg: sDegree,
    itdeg: 1,
    ildeg: 1,
    nsjump: Math.ceil(sWindow / 10),
    ntjump: Math.ceil(tWindow / 10),
    nljump: Math.ceil(lWindow / 10),
  };
  const robust = options.robust ?? false;
  const inner = robust ? 1 : 2;
  const outer = robust ? 15 : 0;
  const season = new Float64Array(n);
  const trend = new Float64Array(n);
  const rw = new Float64Array(n).fill(1);
  const fit = new Float64Array(n);
  let useWeights = false;
  for (let k = 0; ; k++) {
    innerLoop(y, { spans, inner, rw: useWeights ? rw : undefined }, { season, trend });
    if (k + 1 > outer) break;
    for (let i = 0; i < n; i++) fit[i] = trend[i]! + season[i]!;
    robustnessWeights(y, fit, rw);
    useWeights = true;
  }
  if (outer <= 0) rw.fill(1);
  if (periodic) {
    const sums = new Float64Array(period);
    const counts = new Float64Array(period);
    for (let i = 0; i < n; i++) {
      sums[i % period] = sums[i % period]! + season[i]!;
      counts[i % period] = counts[i % period]! + 1;
    }
    for (let i = 0; i < n; i++) season[i] = sums[i % period]! / counts[i % period]!;
  }
  const remainder = new Float64Array(n);
  for (let i = 0; i < n; i++) remainder[i] = y[i]! - season[i]! - trend[i]!;
  return { seasonal: season, trend, remainder, weights: rw };
}
