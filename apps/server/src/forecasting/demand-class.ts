/** Demand classification of one daily series: Syntetos–Boylan (ADI, CV²) and the XYZ variability class. */

/** Syntetos–Boylan–Croston quadrant (Syntetos, Boylan & Croston 2005, cut-offs ADI 1.32, CV² 0.49). */
export type DemandPattern = 'smooth' | 'erratic' | 'intermittent' | 'lumpy' | 'none';

/** ADI, CV² of the non-zero sizes, the pattern, and the coefficient of variation of weekly totals. */
export interface DemandClass {
  /** Average inter-demand interval in days: days / days with demand (Infinity when no demand). */
  readonly adi: number;
  /** Squared coefficient of variation of the non-zero demand sizes (NaN with fewer than 2). */
  readonly cv2: number;
  readonly pattern: DemandPattern;
  /** True when ADI > 1.32 (intermittent or lumpy): a Croston-type model fits better than ETS. */
  readonly intermittent: boolean;
  /** Coefficient of variation of the weekly totals (the XYZ measure; NaN with fewer than 2 weeks). */
  readonly weeklyCv: number;
}

/** ADI cut-off of Syntetos, Boylan & Croston (2005). */
export const ADI_CUTOFF = 1.32;
/** CV² cut-off of Syntetos, Boylan & Croston (2005). */
export const CV2_CUTOFF = 0.49;

/** Classifies a daily demand series (non-negative quantities, one per day). */
export function classifyDemand(daily: Float64Array): DemandClass {
  let count = 0;
  let sum = 0;
  let squares = 0;
  for (let t = 0; t < daily.length; t++) {
    const value = daily[t]!;
    if (value > 0) {
      count += 1;
      sum += value;
      squares += value * value;
    }
  }
  const weeklyCv = weeklyVariation(daily);
  if (count === 0) {
    return { adi: Number.POSITIVE_INFINITY, cv2: Number.NaN, pattern: 'none', intermittent: true, weeklyCv };
  }
  const adi = daily.length / count;
  const mean = sum / count;
  const variance = count > 1 ? (squares - count * mean * mean) / (count - 1) : Number.NaN;
  const cv2 = Number.isFinite(variance) ? Math.max(0, variance) / (mean * mean) : Number.NaN;
  const lumpySizes = cv2 > CV2_CUTOFF;
  const sparse = adi > ADI_CUTOFF;
  const pattern: DemandPattern = sparse
    ? lumpySizes
      ? 'lumpy'
      : 'intermittent'
    : lumpySizes
      ? 'erratic'
      : 'smooth';
  return { adi, cv2, pattern, intermittent: sparse, weeklyCv };
}

/** Sample coefficient of variation of the totals of complete 7-day blocks, counted back from the last day. */
function weeklyVariation(daily: Float64Array): number {
  const weeks = Math.floor(daily.length / 7);
  if (weeks < 2) return Number.NaN;
  const offset = daily.length - weeks * 7;
  let sum = 0;
  let squares = 0;
  for (let w = 0; w < weeks; w++) {
    let total = 0;
    for (let d = 0; d < 7; d++) total += daily[offset + w * 7 + d]!;
    sum += total;
    squares += total * total;
  }
  const mean = sum / weeks;
  if (mean === 0) return Number.NaN;
  const variance = Math.max(0, (squares - weeks * mean * mean) / (weeks - 1));
  return Math.sqrt(variance) / mean;
}

/** XYZ class by weekly CV: X ≤ 0.5 (steady), Y ≤ 1 (variable), Z above (erratic or sparse). */
export function xyzClass(weeklyCv: number): 'X' | 'Y' | 'Z' {
  if (!Number.isFinite(weeklyCv)) return 'Z';
  if (weeklyCv <= 0.5) return 'X';
  return weeklyCv <= 1 ? 'Y' : 'Z';
}

/**
 * ABC classes by cumulative share of revenue, largest first: A up to 80%, B up to 95%, C the rest
 * (the usual Pareto cut-offs). Returns one class per input, in input order.
 */
export function abcClasses(revenue: readonly number[]): ('A' | 'B' | 'C')[] {
  const order = revenue.map((value, index) => ({ value: Math.max(0, value), index }));
  order.sort((a, b) => b.value - a.value || a.index - b.index);
  const total = order.reduce((s, entry) => s + entry.value, 0);
  const out: ('A' | 'B' | 'C')[] = new Array(revenue.length).fill('C');
  let cumulative = 0;
  for (const entry of order) {
    // The share before this item decides, so the item that crosses 80% still counts as A.
    const before = total > 0 ? cumulative / total : 1;
    out[entry.index] = before < 0.8 ? 'A' : before < 0.95 ? 'B' : 'C';
    cumulative += entry.value;
  }
  return out;
}
