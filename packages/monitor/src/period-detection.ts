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
  for (let lag = 1; lag <= maxLag + 1 && lag < n; lag++) {
    let sum = 0;
    for (let i = 0; i + lag < n; i++) sum += detrended[i]! * detrended[i + lag]!;
    acf[lag] = sum / c0;
  }
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
