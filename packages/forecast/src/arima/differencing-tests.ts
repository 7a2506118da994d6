/** Unit-root tests choosing the differencing orders: KPSS for d (forecast::ndiffs), seasonal strength for D. */
import { seasonalStrength } from '../mstl/seasonal-strength.ts';

/** R's `is.constant` (all.equal to the first value, relative tolerance 1.5e-8), ignoring NaN. */
export function isConstant(x: Float64Array): boolean {
  let first = Number.NaN;
  let sumAbsDiff = 0;
  let sumAbs = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (Number.isNaN(v)) continue;
    if (Number.isNaN(first)) first = v;
    sumAbsDiff += Math.abs(v - first);
    sumAbs += Math.abs(v);
  }
  if (Number.isNaN(first)) return true;
  // all.equal: mean relative difference sum|target - current| / sum|target| < 1.5e-8.
  const scale = sumAbs > 0 ? sumAbs : 1;
  return sumAbsDiff / scale < 1.5e-8 || sumAbsDiff === 0;
}

/**
 * KPSS level-stationarity statistic with Bartlett window of `lags` lags (Kwiatkowski et al. 1992, eq. 13;
 * urca's `ur.kpss(type = "mu")`): η = Σ S_t² / (n² σ̂²(l)).
 */
export function kpssStatistic(x: Float64Array, lags: number): number {
  const n = x.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += x[i]!;
  mean /= n;
  let cumulative = 0;
  let numerator = 0;
  let s2 = 0;
  for (let i = 0; i < n; i++) {
    const e = x[i]! - mean;
    cumulative += e;
    numerator += cumulative * cumulative;
    s2 += e * e;
  }
  numerator /= n * n;
  s2 /= n;
  let longRun = 0;
  for (let lag = 1; lag <= lags; lag++) {
    let cov = 0;
    for (let i = lag; i < n; i++) cov += (x[i]! - mean) * (x[i - lag]! - mean);
    longRun += (1 - lag / (lags + 1)) * cov;
  }
  return numerator / (s2 + (2 / n) * longRun);
}

/** urca's KPSS (mu) critical values at 10%, 5%, 2.5%, 1%. */
const KPSS_CRITICAL = [0.347, 0.463, 0.574, 0.739] as const;
const KPSS_LEVELS = [0.1, 0.05, 0.025, 0.01] as const;

/** KPSS p-value by linear interpolation in urca's table, clamped to [0.01, 0.1] (forecast's `urca_pval`). */
export function kpssPValue(statistic: number): number {
  if (statistic <= KPSS_CRITICAL[0]) return KPSS_LEVELS[0];
  for (let i = 1; i < KPSS_CRITICAL.length; i++) {
    if (statistic <= KPSS_CRITICAL[i]!) {
      const c0 = KPSS_CRITICAL[i - 1]!;
      const c1 = KPSS_CRITICAL[i]!;
      const l0 = KPSS_LEVELS[i - 1]!;
      return l0 + ((statistic - c0) * (KPSS_LEVELS[i]! - l0)) / (c1 - c0);
    }
  }
  return KPSS_LEVELS[3];
}

function withoutMissing(x: Float64Array): Float64Array {
  return x.filter((v) => !Number.isNaN(v));
}

/**
 * Number of first differences for stationarity by repeated KPSS tests at level `alpha`, lags
 * ⌊3√n/13⌋ (forecast::ndiffs defaults: test "kpss", alpha 0.05, max.d 2).
 */
export function ndiffs(x: Float64Array, alpha = 0.05, maxD = 2): number {
  let series = withoutMissing(x);
  let d = 0;
  if (series.length === 0 || isConstant(series)) return 0;
  const reject = (s: Float64Array): boolean =>
    s.length > 1 && kpssPValue(kpssStatistic(s, Math.trunc((3 * Math.sqrt(s.length)) / 13))) < alpha;
  let dodiff = reject(series);
  while (dodiff && d < maxD) {
    d++;
    series = series.subarray(1).map((v, i) => v - series[i]!);
    if (isConstant(series)) return d;
    dodiff = reject(series);
  }
  return d;
}

/**
 * Number of seasonal differences by the seasonal-strength heuristic: difference while the STL seasonal
 * strength F_S = max(0, 1 − Var(R)/Var(S + R)) exceeds 0.64 (forecast::nsdiffs, test "seas", max.D 1;
 * Wang, Smith & Hyndman 2006).
 */
export function nsdiffs(x: Float64Array, period: number, maxD = 1): number {
  let series = withoutMissing(x);
  let D = 0;
  if (isConstant(series) || period <= 1 || period >= series.length) return 0;
  const test = (s: Float64Array): boolean => {
    if (s.length <= 2 * period) return false;
    return seasonalStrength(s, period) > 0.64;
  };
  let dodiff = test(series);
  while (dodiff && D < maxD) {
    D++;
    series = series.subarray(period).map((v, i) => v - series[i]!);
    if (isConstant(series)) return D;
    dodiff = series.length >= 2 * period && D < maxD ? test(series) : false;
  }
  return D;
}
