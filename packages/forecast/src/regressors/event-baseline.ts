/** The demand a day would have had without events: local level from nearby event-free days × weekday index. */

/** Options of `eventFreeBaseline`. */
export interface BaselineOptions {
  /** Seasonal period of the day-of-cycle index (7 for daily data, 1 = none). */
  readonly season: number;
  /** Event-free days averaged for each day's level (the nearest ones, half before and half after). */
  readonly levelDays: number;
}

/**
 * Baseline μ0_t = L_t · W_{t mod s}: L_t = Σy / ΣW over the `levelDays` event-free days nearest to t
 * (a moving average that skips event days, as the "pre-adjustment" of promotion and holiday days in
 * Hyndman & Athanasopoulos, FPP3 §3.2/§10.1, is estimated on clean data), and W is the ratio-of-sums
 * index of y to L on event-free days (classical multiplicative decomposition, FPP3 §3.4), scaled to mean 1.
 * `normal[t]` is 1 on days without any event. With no event-free day the baseline is the mean of y.
 */
export function eventFreeBaseline(
  y: Float64Array,
  normal: Uint8Array,
  options: BaselineOptions,
): Float64Array {
  const n = y.length;
  const s = Math.max(1, options.season);
  const index: number[] = [];
  for (let t = 0; t < n; t++) if (normal[t] === 1) index.push(t);
  const baseline = new Float64Array(n);
  if (index.length === 0) {
    let sum = 0;
    for (let t = 0; t < n; t++) sum += y[t]!;
    return baseline.fill(n > 0 ? sum / n : 0);
  }
  const weekday = new Float64Array(s).fill(1);
  const level = new Float64Array(n);
  const sumY = new Float64Array(index.length + 1);
  const sumW = new Float64Array(index.length + 1);
  for (let k = 0; k < index.length; k++) sumY[k + 1] = sumY[k]! + y[index[k]!]!;
  // Two passes: the level with a flat index, then with the index estimated against that level.
  for (let pass = 0; pass < 2; pass++) {
    for (let k = 0; k < index.length; k++) sumW[k + 1] = sumW[k]! + weekday[index[k]! % s]!;
    localLevel(index, { sumY, sumW }, Math.max(1, options.levelDays), level);
    weekdayIndex(y, level, index, weekday);
  }
  for (let t = 0; t < n; t++) baseline[t] = level[t]! * weekday[t % s]!;
  return baseline;
}

/**
 * Σy / ΣW over the `width` event-free days nearest to each day (window shifted inward at the ends): a
 * ratio estimator, so a closed weekday (y = 0, W = 0) neither divides by zero nor drags the level down.
 */
function localLevel(
  index: readonly number[],
  prefix: { readonly sumY: Float64Array; readonly sumW: Float64Array },
  width: number,
  out: Float64Array,
): void {
  const m = index.length;
  const size = Math.min(width, m);
  const half = Math.floor(size / 2);
  let position = 0;
  for (let t = 0; t < out.length; t++) {
    while (position < m && index[position]! < t) position++;
    let from = position - half;
    if (from < 0) from = 0;
    if (from + size > m) from = m - size;
    const weight = prefix.sumW[from + size]! - prefix.sumW[from]!;
    out[t] = weight > 0 ? (prefix.sumY[from + size]! - prefix.sumY[from]!) / weight : 0;
  }
}

/** W_j = Σ y / Σ L over event-free days with t mod s = j, normalised to mean 1 (all 1 without demand). */
function weekdayIndex(
  y: Float64Array,
  level: Float64Array,
  index: readonly number[],
  out: Float64Array,
): void {
  const s = out.length;
  const top = new Float64Array(s);
  const bottom = new Float64Array(s);
  for (const t of index) {
    top[t % s]! += y[t]!;
    bottom[t % s]! += level[t]!;
  }
  let mean = 0;
  for (let j = 0; j < s; j++) {
    out[j] = bottom[j]! > 0 ? top[j]! / bottom[j]! : 1;
    mean += out[j]! / s;
  }
  for (let j = 0; j < s; j++) out[j] = mean > 0 ? out[j]! / mean : 1;
}
