/** Detects the dominant season length of a series from its autocorrelation function. */

/** Options of {@link detectPeriod}. */
export interface PeriodDetectionOptions {
  /** Shortest period considered (≥ 2). */
  readonly minLag: number;
  /** Longest period considered (< n/2 is sensible). */
  readonly maxLag: number;
  /** Minimum autocorrelation at the chosen lag. */
  readonly minCorrelation: number;
}

/**
 * The lag in [minLag, maxLag] with the highest sample autocorrelation among local ACF maxima, after
 * removing a least-squares line (Box & Jenkins; Hyndman & Athanasopoulos, FPP3 §2.8), searched only after
 * the ACF first turns negative; 0 when no peak reaches `minCorrelation` or the series is constant.
 * O(n·maxLag), run once per tag.
 */
export function detectPeriod(series: Float64Array, options: PeriodDetectionOptions): number {
  const n = series.length;
  const maxLag = Math.min(options.maxLag, Math.floor(n / 2));
  if (maxLag < options.minLag + 1) return 0;
  const detrended = removeLine(series);
  let c0 = 0;
  for (let i = 0; i < n; i++) c0 += detrended[i]! * detrended[i]!;
  if (!(c0 > 0)) return 0;
  const acf = new Float64Array(maxLag + 2);
  autocovariances(detrended, Math.min(maxLag + 1, n - 1), acf);
  for (let lag = 1; lag < acf.length; lag++) acf[lag] = acf[lag]! / c0;
  // Peaks before the ACF first turns negative only reflect short-range smoothness, not a season.
  let firstNegative = 1;
  while (firstNegative <= maxLag && acf[firstNegative]! >= 0) firstNegative++;
  let best = 0;
  let bestValue = options.minCorrelation;
  for (let lag = Math.max(options.minLag, firstNegative); lag <= maxLag; lag++) {
    const value = acf[lag]!;
    if (value >= bestValue && value >= acf[lag - 1]! && value >= acf[lag + 1]!) {
      best = lag;
      bestValue = value;
    }
  }
  return best;
}

function removeLine(series: Float64Array): Float64Array {
  const n = series.length;
  let sumX = 0;
  let sumY = 0;
  for (let i = 0; i < n; i++) {
    sumX += i;
    sumY += series[i]!;
  }
  const meanX = sumX / n;
  const meanY = sumY / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (i - meanX) * (series[i]! - meanY);
    sxx += (i - meanX) * (i - meanX);
  }
  const slope = sxx > 0 ? sxy / sxx : 0;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = series[i]! - meanY - slope * (i - meanX);
  return out;
}

/**
 * out[lag] = Σ_{i+lag<n} x[i]·x[i+lag] for lag = 1..last. Four lags share one pass over x (four
 * independent sums, so the adds overlap instead of waiting on one another); each sum still adds its
 * terms in increasing i, so the results are bit-for-bit those of one loop per lag.
 */
function autocovariances(x: Float64Array, last: number, out: Float64Array): void {
  const n = x.length;
  let lag = 1;
  for (; lag + 3 <= last; lag += 4) {
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    const common = n - lag - 3;
    for (let i = 0; i < common; i++) {
      const v = x[i]!;
      s0 += v * x[i + lag]!;
      s1 += v * x[i + lag + 1]!;
      s2 += v * x[i + lag + 2]!;
      s3 += v * x[i + lag + 3]!;
    }
    for (let i = common; i + lag + 2 < n; i++) s2 += x[i]! * x[i + lag + 2]!;
    for (let i = common; i + lag + 1 < n; i++) s1 += x[i]! * x[i + lag + 1]!;
    for (let i = common; i + lag < n; i++) s0 += x[i]! * x[i + lag]!;
    out[lag] = s0;
    out[lag + 1] = s1;
    out[lag + 2] = s2;
    out[lag + 3] = s3;
  }
  for (; lag <= last; lag++) {
    let sum = 0;
    for (let i = 0; i + lag < n; i++) sum += x[i]! * x[i + lag]!;
    out[lag] = sum;
  }
}
