/** Seasonality detection (90% autocorrelation test) and classical decomposition, as R's `decompose`. */

/** Sample autocorrelations r_1..r_maxLag (R `acf`: biased covariance over the full mean). */
export function autocorrelation(y: Float64Array, maxLag: number): Float64Array {
  const n = y.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += y[i]!;
  mean /= n;
  let c0 = 0;
  for (let i = 0; i < n; i++) c0 += (y[i]! - mean) ** 2;
  const r = new Float64Array(maxLag);
  for (let k = 1; k <= maxLag; k++) {
    let ck = 0;
    for (let i = k; i < n; i++) ck += (y[i]! - mean) * (y[i - k]! - mean);
    r[k - 1] = c0 > 0 ? ck / c0 : Number.NaN;
  }
  return r;
}

/** Which published variant of the seasonality test to run. */
export type SeasonalityVariant = 'm4' | 'thetaf';

/**
 * The 90% one-sided autocorrelation test for seasonality at lag m:
 * |r_m| > 1.645·sqrt((1 + 2·Σ_{k<m} r_k²)/n).
 * `'m4'` follows the M4 benchmark code (`SeasonalityTest`): needs n ≥ 3m and, like R's default
 * `acf` lag.max = floor(10·log10 n), reports no seasonality when m exceeds that lag.
 * `'thetaf'` follows forecast::thetaf: needs n > 2m, a non-constant series, and uses qnorm(0.95).
 */
export function seasonalityTest(y: Float64Array, m: number, variant: SeasonalityVariant = 'm4'): boolean {
  const n = y.length;
  if (m <= 1) return false;
  if (variant === 'm4') {
    if (n < 3 * m) return false;
    if (m > Math.min(n - 1, Math.floor(10 * Math.log10(n)))) return false;
  } else {
    if (n <= 2 * m) return false;
    let constant = true;
    for (let i = 1; i < n && constant; i++) constant = y[i] === y[0];
    if (constant) return false;
  }
  const r = autocorrelation(y, m);
  let sum = 1;
  for (let k = 0; k < m - 1; k++) sum += 2 * r[k]! ** 2;
  const critical = variant === 'm4' ? 1.645 : 1.6448536269514722;
  const test = Math.abs(r[m - 1]!) > critical * Math.sqrt(sum / n);
  return test === true;
}

/** A classical decomposition: trend (NaN at the ends), one seasonal figure per period position. */
export interface ClassicalDecomposition {
  readonly trend: Float64Array;
  /** Seasonal index for position i (0-based) is `figure[i % m]`. */
  readonly figure: Float64Array;
  readonly type: 'additive' | 'multiplicative';
}

/**
 * Classical decomposition as R's `decompose`: centred moving average trend (2×m MA for even m),
 * seasonal figure = mean detrended value per position, normalised to mean 1 (multiplicative) or 0.
 * The series is taken to start at period position 1.
 */
export function classicalDecomposition(
  y: Float64Array,
  m: number,
  type: 'additive' | 'multiplicative',
): ClassicalDecomposition {
  const n = y.length;
  const trend = new Float64Array(n).fill(Number.NaN);
  const half = Math.floor(m / 2);
  for (let t = half; t < n - half; t++) {
    let s = 0;
    if (m % 2 === 0) {
      s = 0.5 * y[t - half]! + 0.5 * y[t + half]!;
      for (let k = -half + 1; k < half; k++) s += y[t + k]!;
    } else {
      for (let k = -half; k <= half; k++) s += y[t + k]!;
    }
    trend[t] = s / m;
  }
  const figure = new Float64Array(m);
  const count = new Float64Array(m);
  for (let t = 0; t < n; t++) {
    const tr = trend[t]!;
    if (Number.isNaN(tr)) continue;
    const detrended = type === 'multiplicative' ? y[t]! / tr : y[t]! - tr;
    if (!Number.isFinite(detrended)) continue;
    figure[t % m] = figure[t % m]! + detrended;
    count[t % m] = count[t % m]! + 1;
  }
  let mean = 0;
  for (let i = 0; i < m; i++) {
    figure[i] = count[i]! > 0 ? figure[i]! / count[i]! : type === 'multiplicative' ? 1 : 0;
    mean += figure[i]!;
  }
  mean /= m;
  for (let i = 0; i < m; i++) figure[i] = type === 'multiplicative' ? figure[i]! / mean : figure[i]! - mean;
  return { trend, figure, type };
}

/** Multiplicative seasonal indices for the in-sample (length n) and the next h steps; null when not seasonal. */
export interface SeasonalAdjustment {
  readonly adjusted: Float64Array;
  readonly insample: Float64Array;
  readonly future: Float64Array;
}

/**
 * Seasonally adjusts `y` by classical multiplicative decomposition when the seasonality test passes,
 * as the M4 benchmark code does for Naive2, SES and Theta; returns null when not seasonal.
 * Non-positive series are never adjusted (the multiplicative indices would be meaningless).
 */
export function seasonalAdjustment(
  y: Float64Array,
  m: number,
  h: number,
  variant: SeasonalityVariant = 'm4',
): SeasonalAdjustment | null {
  if (m <= 1 || !seasonalityTest(y, m, variant)) return null;
  for (let i = 0; i < y.length; i++) if (!(y[i]! > 0)) return null;
  const { figure } = classicalDecomposition(y, m, 'multiplicative');
  for (let i = 0; i < m; i++) if (!(Math.abs(figure[i]!) > 1e-4)) return null;
  const n = y.length;
  const insample = new Float64Array(n);
  const adjusted = new Float64Array(n);
  for (let t = 0; t < n; t++) {
    insample[t] = figure[t % m]!;
    adjusted[t] = y[t]! / insample[t]!;
  }
  const future = new Float64Array(h);
  for (let j = 0; j < h; j++) future[j] = figure[(n + j) % m]!;
  return { adjusted, insample, future };
}
